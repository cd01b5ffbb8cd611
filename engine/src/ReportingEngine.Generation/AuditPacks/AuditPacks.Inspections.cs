using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Inspections;
using ReportingEngine.Generation.AuditPacks.Models;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 2: the dossier quality inspections done in the range (《质量检查记录》) and what the schedule asks for on the
    /// as-of day: the full inspection one year after move-in or at 80 % occupancy (R-QI-1), then a 5 % sample every half year (R-QI-2).
    /// </summary>
    private async Task<AuditSectionModel> InspectionsAsync(AuditPackContext context, int number, CancellationToken cancellationToken)
    {
        var title = $"{AuditTexts.Ordinal(number)}、档案质量检查记录";
        const string rules = "R-QI-1、R-QI-2、R-QI-3";
        var all = (await reader.GetInspectionsAsync(context.Community.Id, cancellationToken).ConfigureAwait(false))
            .OrderBy(i => i.InspectedOn)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var done = all.Where(i => i.InspectedOn <= context.AsOf).ToList();
        var decision = InspectionSchedule.Decide(context.Community.MoveInStart, [.. context.Units.Select(u => u.Unit.OccupiedOn)], done, context.AsOf);
        var inRange = all.Where(i => context.InRange(i.InspectedOn)).ToList();
        var summary = new List<string>
        {
            $"截至{AuditTexts.Cn(context.AsOf)}：{ModeText(decision.Mode)}。{decision.Reason}（入住率{AuditTexts.Number(decision.OccupancyPercent)}%，{decision.OccupiedUnits}/{decision.TotalUnits}户）。",
            inRange.Count == 0
                ? "本期无档案质量检查记录。"
                : $"本期完成检查{inRange.Count}次，共检查档案{inRange.Sum(i => i.DossiersChecked)}份，发现缺失{inRange.Sum(i => i.MissingFound)}项。",
        };
        if (decision.DueOn is { } due && due <= context.AsOf && !done.Any(i => i.InspectedOn >= due))
        {
            summary.Add($"应于{AuditTexts.Cn(due)}前完成的检查截至统计日尚未记录，请客户服务主管安排（R-QI-3）。");
        }

        var parts = new List<AuditPart>();
        if (inRange.Count > 0)
        {
            parts.Add(new AuditPart
            {
                Table = new AuditTable("3,2,3,2,2,6", ["检查日期", "类型", "检查人", "检查份数", "发现缺失", "追补情况"], ["left", "center", "left", "right", "right", "left"],
                    [.. inRange.Select(i => new AuditRow([AuditTexts.Iso(i.InspectedOn), i.Kind == InspectionKind.Full ? "全面检查" : "抽查", i.Inspector, AuditTexts.Count(i.DossiersChecked), AuditTexts.Count(i.MissingFound), i.FollowUp.Length == 0 ? "—" : i.FollowUp]))]),
            });
        }

        return Section(context, title, rules, summary, parts);
    }

    private static string ModeText(InspectionMode mode) => mode switch
    {
        InspectionMode.NotYetDue => "全面检查尚未到期",
        InspectionMode.Full => "应进行全面检查（R-QI-1）",
        _ => "应每半年抽查不少于5%的档案（R-QI-2）",
    };
}
