namespace ReportingEngine.Scheduling.Calendar;

/// <summary>The job kinds the regulation calendar knows, with their default schedules (docs/decisions/0004-regulation-calendar.md).</summary>
public static class JobKinds
{
    /// <summary>缴费通知单 — monthly fee notices, split into one job per building.</summary>
    public static JobKind FeeNotices { get; } = new(
        "fee-notices",
        "R-FEE-2",
        "月度缴费通知单: the month's fee notices, one Quartz job per building",
        // R-FEE-2: the notice must REACH the owner on the 15th. Generating at 05:00 that morning leaves the batch
        // (minutes even for a large estate) and printing done before the service center opens, so the notices are
        // delivered the same day; bills and payments posted up to the 14th are included.
        "0 0 5 15 * ?",
        "05:00 on the 15th: notices printed before the service center opens, delivered the same day (R-FEE-2)");

    /// <summary>借阅未归还清单 — the unreturned-borrowings list for the general manager.</summary>
    public static JobKind BorrowingsReport { get; } = new(
        "borrowings-report",
        "R-ACC-5",
        "借阅未归还清单: originals and copies out and not returned, per community",
        // R-ACC-5: "before the 5th" — the 4th leaves a working day for the general manager to act on it.
        "0 0 7 4 * ?",
        "07:00 on the 4th: on the general manager's desk before the 5th (R-ACC-5)");

    /// <summary>质量检查记录 — the half-yearly dossier sample inspection record.</summary>
    public static JobKind DossierInspection { get; } = new(
        "dossier-inspection",
        "R-QI-2",
        "质量检查记录: the half-yearly dossier inspection record (full or sample), per community",
        // R-QI-2: a sample inspection every half year; the record opens each half year so the inspection happens in it.
        "0 0 7 2 1,7 ?",
        "07:00 on 2 January and 2 July: one inspection per half year (R-QI-2)");

    /// <summary>满意度调查抽样计划 — the quarterly satisfaction survey plan.</summary>
    public static JobKind SurveyPlan { get; } = new(
        "survey-plan",
        "R-SAT-1",
        "业户评议抽样计划: the quarter's satisfaction survey plan and visit list, per community",
        // R-SAT-1: owners get the survey each quarter; the plan comes on the quarter's first day so visits fill the quarter.
        "0 0 7 1 1,4,7,10 ?",
        "07:00 on the first day of each quarter: the visits fill the quarter (R-SAT-1)");

    /// <summary>维修月度统计 — the repair statistics of the month just closed.</summary>
    public static JobKind RepairStatistics { get; } = new(
        "repair-statistics",
        "R-REP-1",
        "维修月度统计: the previous month's repairs (unfinished and repeated first), per community",
        // R-REP-1: "monthly statistics by the 1st" — the month is complete at midnight; at 00:30 the statistics are there
        // before the 1st's working day starts.
        "0 30 0 1 * ?",
        "00:30 on the 1st, for the month just closed: there by the 1st (R-REP-1)");

    /// <summary>投诉月度汇总 — the complaint summary of the month just closed.</summary>
    public static JobKind ComplaintSummary { get; } = new(
        "complaint-summary",
        "R-CMP-1",
        "投诉月度汇总: the previous month's complaints and their response times, per community",
        // R-CMP-1: a monthly summary; made with the repair statistics, after the month has closed.
        "0 45 0 1 * ?",
        "00:45 on the 1st, for the month just closed (R-CMP-1)");

    /// <summary>走访情况季度汇总 — the visit summary of the quarter just closed, for the project manager.</summary>
    public static JobKind VisitSummary { get; } = new(
        "visit-summary",
        "R-VIS-1",
        "走访情况季度汇总: the previous quarter's visits and the months the manager joined none, per community",
        // R-VIS-1: a quarterly summary to the project manager. The quarter is complete at midnight; at 01:00 on its first
        // day the summary is there when the new quarter's first working day starts, after the monthly documents of 00:30
        // and 00:45 so the night runs do not overlap, and before the survey plan opens the new quarter at 07:00.
        "0 0 1 1 1,4,7,10 ?",
        "01:00 on the first day of each quarter, for the quarter just closed (R-VIS-1)");

    /// <summary>档案封存清单 — the dossiers to be sealed before January.</summary>
    public static JobKind SealingList { get; } = new(
        "sealing-list",
        "R-DOS-10",
        "档案封存清单: the papers of the year's transfers to be sealed before January, per community",
        // R-DOS-10 (004 J): sealing is "finished before January" each year. A list made in January would be late by
        // definition; on 1 December it leaves the whole month to seal and still covers almost the whole year's transfers.
        "0 0 7 1 12 ?",
        "07:00 on 1 December: the whole of December to seal before January (R-DOS-10)");

    /// <summary>Every kind the calendar schedules by default, in the order <c>reporting jobs</c> lists them.</summary>
    public static IReadOnlyList<JobKind> All { get; } = [FeeNotices, BorrowingsReport, DossierInspection, SurveyPlan, RepairStatistics, ComplaintSummary, VisitSummary, SealingList];

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static JobKind? Find(string name) => All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));
}
