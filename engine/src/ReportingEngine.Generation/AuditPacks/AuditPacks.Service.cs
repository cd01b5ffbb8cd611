using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Service;
using ReportingEngine.Generation.AuditPacks.Models;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 6: complaint (R-CMP-1) and repair (R-REP-1) service levels, computed from the records' timestamps by
    /// <see cref="ComplaintSummary"/> and <see cref="RepairStatistics"/> month by month over the range, with the breaches;
    /// and the household visits with the manager's monthly visit (R-VIS-1, <see cref="VisitSummary"/>).
    /// </summary>
    private async Task<AuditSectionModel> ServiceAsync(AuditPackContext context, int number, List<string> notes, CancellationToken cancellationToken)
    {
        var title = $"{AuditTexts.Ordinal(number)}、投诉、报修与走访达标情况";
        const string rules = "R-CMP-1、R-REP-1、R-VIS-1";
        var since = context.From.ToDateTime(TimeOnly.MinValue);
        var until = context.To.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var complaints = new List<Complaint>();
        await foreach (var complaint in reader.StreamComplaintsAsync(since, until, context.Community.Id, cancellationToken).ConfigureAwait(false))
        {
            if (complaint.ReceivedAt >= since && complaint.ReceivedAt < until)
            {
                complaints.Add(complaint);
            }
        }

        var repairs = new List<Repair>();
        await foreach (var repair in reader.StreamRepairsAsync(since, until, context.Scope, cancellationToken).ConfigureAwait(false))
        {
            if (repair.CalledAt >= since && repair.CalledAt < until)
            {
                repairs.Add(repair);
            }
        }

        var asOf = context.EndOfAsOf;
        var months = new List<BillingPeriod>();
        for (var month = BillingPeriod.Of(context.From); month <= BillingPeriod.Of(context.To); month = month.AddMonths(1))
        {
            months.Add(month);
        }

        var complaintMonths = months.Select(m => ComplaintSummary.Compute(complaints, m, asOf)).ToList();
        var repairMonths = months.Select(m => RepairStatistics.Compute(repairs, m, asOf)).ToList();
        notes.AddRange(complaintMonths.SelectMany(m => m.Issues).Concat(repairMonths.SelectMany(m => m.Issues)).Select(i => $"service[{i.RecordId}]: warning: {i.Message}"));

        var complaintOnTime = Sum(complaintMonths.Select(m => m.OnTime));
        var dispatch = Sum(repairMonths.Select(m => m.Dispatch.Rate));
        var arrival = Sum(repairMonths.Select(m => m.Arrival.Rate));
        var followUp = Sum(repairMonths.Select(m => m.FollowUp.Rate));
        var summary = new List<string>
        {
            complaints.Count == 0
                ? "本期无投诉记录。"
                : $"本期受理投诉{complaints.Count}件，按时处理率{AuditTexts.Percent(complaintOnTime.Percent)}（按时{complaintOnTime.Met}件／应判定{complaintOnTime.Judged}件），未结{complaintMonths.Sum(m => m.Open.Count)}件，超时{complaintMonths.Sum(m => m.Breaches.Count)}项。",
            repairs.Count == 0
                ? "本期无报修记录。"
                : $"本期报修{repairs.Count}件，3分钟内派工率{AuditTexts.Percent(dispatch.Percent)}，按时到场率{AuditTexts.Percent(arrival.Percent)}，回访率{AuditTexts.Percent(followUp.Percent)}，未完成{repairMonths.Sum(m => m.Unfinished.Count)}件，重复报修{repairMonths.Sum(m => m.Repeated.Count)}件。",
        };
        var visitMonths = await VisitMonthsAsync(context, months, notes, cancellationToken).ConfigureAwait(false);
        summary.Add(VisitSummaryLine(visitMonths));
        var parts = new List<AuditPart>();
        if (complaints.Count > 0)
        {
            var rows = complaintMonths
                .Select(m => new AuditRow([m.Month.ToString(), AuditTexts.Count(m.Total), AuditTexts.Percent(m.OnTime.Percent), AuditTexts.Count(m.Open.Count), AuditTexts.Count(m.Breaches.Count)]))
                .Append(new AuditRow(["合计", AuditTexts.Count(complaints.Count), AuditTexts.Percent(complaintOnTime.Percent), AuditTexts.Count(complaintMonths.Sum(m => m.Open.Count)), AuditTexts.Count(complaintMonths.Sum(m => m.Breaches.Count))], true))
                .ToList();
            parts.Add(new AuditPart
            {
                Heading = PartHeading(parts, "投诉处理（R-CMP-1）"),
                Table = new AuditTable("3,2,3,2,2", ["月份", "投诉数", "按时率", "未结", "超时项"], ["left", "right", "right", "right", "right"], rows),
                Notes = ["注：一般投诉20分钟内整改并告知前台、30分钟内回复；重要投诉12小时内整改；重大投诉报项目经理，30分钟内回复；所有投诉12小时内处理或答复。"],
            });
        }

        if (repairs.Count > 0)
        {
            var rows = repairMonths
                .Select(m => new AuditRow([m.Month.ToString(), AuditTexts.Count(m.Total), AuditTexts.Percent(m.Dispatch.Rate.Percent), AuditTexts.Percent(m.Arrival.Rate.Percent), AuditTexts.Percent(m.FollowUp.Rate.Percent), AuditTexts.Count(m.Unfinished.Count), AuditTexts.Count(m.Repeated.Count)]))
                .Append(new AuditRow(["合计", AuditTexts.Count(repairs.Count), AuditTexts.Percent(dispatch.Percent), AuditTexts.Percent(arrival.Percent), AuditTexts.Percent(followUp.Percent), AuditTexts.Count(repairMonths.Sum(m => m.Unfinished.Count)), AuditTexts.Count(repairMonths.Sum(m => m.Repeated.Count))], true))
                .ToList();
            parts.Add(new AuditPart
            {
                Heading = PartHeading(parts, "报修服务（R-REP-1）"),
                Table = new AuditTable("3,2,3,3,3,2,2", ["月份", "报修数", "派工及时率", "到场及时率", "回访率", "未完成", "重复"], ["left", "right", "right", "right", "right", "right", "right"], rows),
                Notes = ["注：接报3分钟内派工，15分钟内到场（紧急10分钟），维修完成后100%回访。"],
            });
        }

        if (complaints.Count > 0 || repairs.Count > 0)
        {
            var breaches = complaintMonths.SelectMany(m => m.Breaches).Concat(repairMonths.SelectMany(m => m.Breaches)).ToList();
            parts.Add(new AuditPart
            {
                Heading = PartHeading(parts, "超时明细"),
                Paragraphs = breaches.Count == 0 ? ["本期无超时记录。"] : [],
                Table = breaches.Count == 0
                    ? null
                    : new AuditTable("3,5,3,3", ["记录", "时限", "超出", "依据"], ["left", "left", "right", "left"],
                        [.. breaches.Select(b => new AuditRow([b.RecordId, ServiceMessages.Label(b.Check), ServiceMessages.Duration(b.Overrun), ServiceMessages.RuleId(b.Check)]))]),
            });
        }

        if (visitMonths.Any(m => m.Visits > 0))
        {
            parts.Add(VisitsPart(PartHeading(parts, "业户走访（R-VIS-1）"), visitMonths, context.AsOf));
        }

        return Section(context, title, rules, summary, parts);
    }

    /// <summary>
    /// The range's months as <see cref="VisitSummary"/> judges them. Whole months are read (up to the as-of day), so a range
    /// starting mid-month does not miss the manager's visit earlier in that month; the figures say so (按整月统计). A month
    /// not ended on the as-of day is not judged. Visits with missing facts go to the pack's notes with their key.
    /// </summary>
    private async Task<IReadOnlyList<VisitMonthFigures>> VisitMonthsAsync(AuditPackContext context, List<BillingPeriod> months, List<string> notes, CancellationToken cancellationToken)
    {
        var visits = await reader.GetVisitsAsync(months[0].FirstDay, months[^1].AddMonths(1).FirstDay.AddDays(-1), context.Scope, cancellationToken).ConfigureAwait(false);
        var result = new List<VisitMonthFigures>();
        for (var quarter = SurveyQuarter.Of(months[0].FirstDay); quarter <= SurveyQuarter.Of(months[^1].FirstDay); quarter = SurveyQuarter.Of(quarter.LastDay.AddDays(1)))
        {
            var summary = VisitSummary.Compute(visits, quarter, context.AsOf);
            result.AddRange(summary.Months.Where(m => months.Contains(m.Month)));
            notes.AddRange(summary.Issues.Select(i => $"visits[{i.RecordId}]: warning: {i.Message}"));
        }

        return result;
    }

    private static string VisitSummaryLine(IReadOnlyList<VisitMonthFigures> months)
    {
        var missed = months.Count(m => m.Breached);
        var pending = months.Count(m => m.ManagerCheck == CheckStatus.Pending);
        var judged = months.Count - pending;
        var rule = judged == 0 ? "各月均未结束，不判定"
            : missed == 0 ? "已结束的月份均有经理参与走访"
            : $"{missed}个月经理未参与走访，不符合R-VIS-1";
        if (judged > 0 && pending > 0)
        {
            rule += $"；另有{pending}个月未结束，不判定";
        }

        var visits = months.Sum(m => m.Visits);
        return visits == 0
            ? $"本期各月无走访记录（{rule}）。"
            : $"本期各月（按整月统计）走访业户{AuditTexts.Count(visits)}户次，服务中心经理参与{AuditTexts.Count(months.Sum(m => m.ManagerVisits))}次；{rule}。";
    }

    /// <summary>（一）, （二）… in the order the parts are present: a range without complaints starts at 报修服务.</summary>
    private static string PartHeading(List<AuditPart> parts, string title) => $"（{AuditTexts.Ordinal(parts.Count + 1)}）{title}";

    private static AuditPart VisitsPart(string heading, IReadOnlyList<VisitMonthFigures> months, DateOnly asOf) => new()
    {
        Heading = heading,
        Table = new AuditTable(
            "3,2,2,3,4",
            ["月份", "走访户次", "走访户数", "经理参与", "是否符合"],
            ["left", "right", "right", "right", "center"],
            [.. months.Select(m => new AuditRow([m.Month.ToString(), AuditTexts.Count(m.Visits), AuditTexts.Count(m.Households), AuditTexts.Count(m.ManagerVisits), Service.ServiceDocuments.Verdict(m, asOf)]))]),
        Notes = ["注：按整月统计（至统计日）。服务中心经理（管理处主任）每月至少参与一次对业主（住户）的走访；走访情况每季度汇总报项目经理。"],
    };

    private static ServiceRate Sum(IEnumerable<ServiceRate> rates)
    {
        var met = 0;
        var judged = 0;
        foreach (var rate in rates)
        {
            met += rate.Met;
            judged += rate.Judged;
        }

        return new ServiceRate(met, judged);
    }
}
