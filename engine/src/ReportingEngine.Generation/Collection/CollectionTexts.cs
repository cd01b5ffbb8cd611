using System.Globalization;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;

namespace ReportingEngine.Generation.Collection;

/// <summary>Words printed on the collection documents, in one place.</summary>
internal static class CollectionTexts
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>收缴率 as printed: the domain's percent (half-up, 2 places) with a % sign; — when nothing was receivable.</summary>
    public static string Rate(FeeFigures figures) =>
        figures.CollectionRatePercent is { } percent ? percent.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Share(decimal part, decimal whole) =>
        whole == 0 ? "—" : Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    public static string Approval(ApprovalState? state) => state switch
    {
        ApprovalState.Drafted => "待审批",
        ApprovalState.Approved => "已审批",
        ApprovalState.Rejected => "已驳回",
        ApprovalState.Sent => "已发出",
        _ => "未报批",
    };

    public static string Stage(CollectionStage stage) => stage switch
    {
        CollectionStage.Reminder => "催缴提醒",
        CollectionStage.Phone => "电话催缴",
        CollectionStage.DoorVisit => "上门催缴",
        CollectionStage.LawyerLetter => "律师函",
        CollectionStage.BeyondLadder => "逾期超过一年（诉讼评估）",
        _ => "无欠费",
    };

    /// <summary>Why an account may get a lawyer letter (R-COL-1 step 4).</summary>
    public static string LetterReason(StageReason reason, CollectionLadderOptions ladder)
    {
        var parts = new List<string>();
        if (reason.Overdue.IsMoreThanMonths(ladder.VisitAfterMonths))
        {
            parts.Add($"逾期超过{ladder.VisitAfterMonths}个月、未满{ladder.LawyerLetterUpToMonths}个月（已逾期{reason.Overdue}）");
        }

        if (reason.RefusedVisits >= ladder.RefusedVisitsForLetter)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"上门催缴被拒{reason.RefusedVisits}次"));
        }

        return string.Join("；", parts);
    }

    /// <summary>The limitation position of an account in words (R-COL-2).</summary>
    public static string Limitation(LimitationReport report)
    {
        var parts = new List<string>();
        if (report.AmountTimeBarred > 0)
        {
            parts.Add($"已过诉讼时效 {Money(report.AmountTimeBarred)} 元（不催缴）");
        }

        var atRisk = report.Entries.Where(e => e.Status == LimitationStatus.AtRisk).ToList();
        if (atRisk.Count > 0)
        {
            parts.Add($"{Iso(atRisk.Min(e => e.ExpiresOn))}起时效届满 {Money(atRisk.Sum(e => e.Outstanding))} 元");
        }

        return parts.Count == 0 ? "时效正常" : string.Join("；", parts);
    }

    public static string Interruption(Interruption? interruption) => interruption is null
        ? "无"
        : (interruption.Kind switch
        {
            InterruptionKind.Delivery => "有效送达",
            InterruptionKind.PartPayment => "部分付款",
            _ => "书面确认欠款",
        }) + " " + Iso(interruption.On);

    public static string Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };

    public static string Window(TimeOnly start, TimeOnly end) =>
        start.ToString("HH:mm", CultureInfo.InvariantCulture) + "—" + end.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Basis(CollectionLadderOptions ladder) => string.Create(
        CultureInfo.InvariantCulture,
        $"依据：超过缴费期{ladder.VisitAfterMonths}个月以上、{ladder.LawyerLetterUpToMonths}个月以内仍未缴款，或经{ladder.RefusedVisitsForLetter}次以上上门催收仍拒绝缴款的（R-COL-1）；已过诉讼时效的账期不列入催缴金额（R-COL-2）。");

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
