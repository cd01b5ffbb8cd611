using ReportingEngine.Domain.Arrears;
using ReportingEngine.Generation.AuditPacks.Models;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 5: where each account in arrears stands on the collection ladder (R-COL-1, <see cref="CollectionLadder"/>) and the
    /// limitation risks of the unpaid periods (R-COL-2, <see cref="LimitationClock"/>): at risk within the warning window and time-barred.
    /// </summary>
    private static AuditSectionModel Collection(AuditPackContext context, int number, IReadOnlyList<AuditLedgerUnit> ledger)
    {
        var title = $"{AuditTexts.Ordinal(number)}、催缴阶段与诉讼时效风险";
        const string rules = "R-COL-1、R-COL-2";
        var inArrears = ledger.Where(u => u.Stage.Stage != CollectionStage.None).ToList();
        var atRisk = ledger.SelectMany(u => u.Limitation.Entries.Where(e => e.Status == LimitationStatus.AtRisk).Select(e => (Unit: u, Entry: e)))
            .OrderBy(x => x.Entry.DaysLeft).ThenBy(x => x.Unit.Stage.UnitLabel, StringComparer.Ordinal).ToList();
        var barred = ledger.SelectMany(u => u.Limitation.Entries.Where(e => e.Status == LimitationStatus.TimeBarred).Select(e => (Unit: u, Entry: e)))
            .OrderBy(x => x.Entry.ExpiresOn).ThenBy(x => x.Unit.Stage.UnitLabel, StringComparer.Ordinal).ToList();
        var totals = LimitationTotals.Of(ledger.Select(u => u.Limitation));
        var summary = new List<string>
        {
            inArrears.Count == 0
                ? $"截至{AuditTexts.Cn(context.AsOf)}，本小区无处于催缴阶段的欠费户。"
                : $"截至{AuditTexts.Cn(context.AsOf)}，处于催缴阶段的欠费户{inArrears.Count}户，欠费合计{AuditTexts.Money(inArrears.Sum(u => u.Statement.TotalOutstanding))}元。",
            atRisk.Count == 0 && barred.Count == 0
                ? "本期无诉讼时效风险。"
                : $"诉讼时效将于90天内届满的欠费{totals.PeriodsAtRisk}期、{AuditTexts.Money(totals.AmountAtRisk)}元；已过诉讼时效的欠费{totals.PeriodsTimeBarred}期、{AuditTexts.Money(totals.AmountTimeBarred)}元。",
        };
        var stages = Enum.GetValues<CollectionStage>().Where(s => s != CollectionStage.None).ToList();
        var stageRows = stages
            .Select(s => (Stage: s, Units: inArrears.Where(u => u.Stage.Stage == s).ToList()))
            .Select(x => new AuditRow([StageName(x.Stage), AuditTexts.Count(x.Units.Count), AuditTexts.Money(x.Units.Sum(u => u.Statement.TotalOutstanding))]))
            .Append(new AuditRow(["合计", AuditTexts.Count(inArrears.Count), AuditTexts.Money(inArrears.Sum(u => u.Statement.TotalOutstanding))], true))
            .ToList();
        var parts = new List<AuditPart>
        {
            new() { Heading = "（一）催缴阶段", Table = new AuditTable("6,3,4", ["阶段", "户数", "欠费（元）"], ["left", "right", "right"], stageRows) },
            new()
            {
                Heading = "（二）90天内届满的诉讼时效",
                Paragraphs = atRisk.Count == 0 ? ["本期无90天内届满的诉讼时效。"] : [],
                Table = atRisk.Count == 0 ? null : LimitationTable(atRisk),
                Notes = atRisk.Count == 0 ? [] : ["注：任一有效送达（签收、邮寄、公告）即中断诉讼时效并重新计算（R-COL-2）；请在届满前完成送达。"],
            },
            new()
            {
                Heading = "（三）已过诉讼时效",
                Paragraphs = barred.Count == 0 ? ["本期无已过诉讼时效的欠费。"] : [],
                Table = barred.Count == 0 ? null : LimitationTable(barred),
            },
        };
        return Section(context, title, rules, summary, parts);
    }

    private static AuditTable LimitationTable(List<(AuditLedgerUnit Unit, LimitationEntry Entry)> rows) =>
        new("4,2,3,3,2,4", ["房号", "账期", "欠费（元）", "时效届满日", "剩余天数", "最近中断"], ["left", "left", "right", "left", "right", "left"],
            [.. rows.Select(x => new AuditRow([
                x.Unit.Stage.UnitLabel,
                x.Entry.Period.ToString(),
                AuditTexts.Money(x.Entry.Outstanding),
                AuditTexts.Iso(x.Entry.ExpiresOn),
                AuditTexts.Count(Math.Max(0, x.Entry.DaysLeft)),
                x.Entry.LastInterruption is { } i ? AuditTexts.Iso(i.On) : "无",
            ]))]);

    private static string StageName(CollectionStage stage) => stage switch
    {
        CollectionStage.Reminder => "正常催收（通知已发、未到期）",
        CollectionStage.Phone => "电话催收（已逾期）",
        CollectionStage.DoorVisit => "上门催收（逾期两个月以上）",
        CollectionStage.LawyerLetter => "律师函（逾期两个月以上一年以内或两次拒访）",
        _ => "超出催缴程序（逾期一年以上，诉讼候选）",
    };
}
