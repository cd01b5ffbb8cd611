using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Generation.AuditPacks.Models;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 8: major events (重要事件, R-DOS-7) that occurred in the range, with category, record and evidence, and whether the
    /// service-center manager has reviewed them (an event is archived only after that review). Events of earlier periods
    /// still waiting for that review are listed too: an audit must not lose sight of them because they are old.
    /// </summary>
    private async Task<AuditSectionModel> EventsAsync(AuditPackContext context, int number, CancellationToken cancellationToken)
    {
        var title = $"{AuditTexts.Ordinal(number)}、重要事件";
        const string rules = "R-DOS-7";
        var all = (await reader.GetMajorEventsAsync(context.Community.Id, cancellationToken).ConfigureAwait(false))
            .OrderBy(e => e.OccurredOn)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var events = all.Where(e => context.InRange(e.OccurredOn)).ToList();
        var earlier = all.Where(e => e.OccurredOn < context.From && !Reviewed(e, context.AsOf)).ToList();
        if (events.Count == 0 && earlier.Count == 0)
        {
            return Section(context, title, rules, ["本期无重要事件记录，以前期间亦无待审核的重要事件。"], []);
        }

        var summary = new List<string>();
        var parts = new List<AuditPart>();
        var labels = context.Units.ToDictionary(u => u.Unit.Id, u => $"{u.Building.Name} {u.Unit.Label}", StringComparer.Ordinal);
        if (events.Count == 0)
        {
            summary.Add("本期无重要事件记录。");
        }
        else
        {
            var pending = events.Count(e => !Reviewed(e, context.AsOf));
            var byCategory = string.Join("、", Enum.GetValues<MajorEventCategory>()
                .Select(c => (Category: c, Count: events.Count(e => e.Category == c)))
                .Where(c => c.Count > 0)
                .Select(c => $"{CategoryName(c.Category)}{c.Count}件"));
            summary.Add($"本期记录重要事件{events.Count}件（{byCategory}），经服务中心经理审核{events.Count - pending}件，待审核{pending}件。");
            parts.Add(new AuditPart { Heading = earlier.Count > 0 ? "（一）本期重要事件" : "", Table = EventTable(events, labels, context.AsOf) });
        }

        if (earlier.Count > 0)
        {
            summary.Add($"以前期间发生、截至{AuditTexts.Cn(context.AsOf)}仍未经服务中心经理审核的重要事件{earlier.Count}件，列于{(events.Count > 0 ? "（二）" : "下表")}。");
            parts.Add(new AuditPart { Heading = events.Count > 0 ? "（二）以前期间待审核的重要事件" : "以前期间待审核的重要事件", Table = EventTable(earlier, labels, context.AsOf) });
        }

        if (events.Any(e => !Reviewed(e, context.AsOf)) || earlier.Count > 0)
        {
            summary.Add("待审核事件须经服务中心经理审核后方可归档（R-DOS-7）。");
        }

        return Section(context, title, rules, summary, parts);
    }

    private static AuditTable EventTable(IEnumerable<MajorEvent> events, Dictionary<string, string> labels, DateOnly asOf) =>
        new("4,3,3,7,5,4", ["日期", "类别", "房号", "事件及记录", "证据", "经理审核"], ["left", "left", "left", "left", "left", "left"],
            [.. events.Select(e => new AuditRow([
                AuditTexts.Iso(e.OccurredOn),
                CategoryName(e.Category),
                e.UnitId is { } unit ? labels.GetValueOrDefault(unit, unit) : "公共区域",
                e.Description.Length == 0 ? e.Title : $"{e.Title}：{e.Description}",
                e.Evidence.Length == 0 ? "无（须补充）" : e.Evidence,
                Reviewed(e, asOf) ? $"{e.ReviewedBy} {AuditTexts.Iso(e.ReviewedOn!.Value)}" : "待审核",
            ]))]);

    private static bool Reviewed(MajorEvent e, DateOnly asOf) =>
        !string.IsNullOrWhiteSpace(e.ReviewedBy) && e.ReviewedOn is { } on && on <= asOf;

    private static string CategoryName(MajorEventCategory category) => category switch
    {
        MajorEventCategory.MajorComplaint => "重大投诉",
        MajorEventCategory.LiabilityAccident => "重大责任事故",
        MajorEventCategory.LegalLiability => "可能承担法律责任的事件",
        MajorEventCategory.BuildingQuality => "重大房屋质量问题及维修",
        _ => "重要合同及承诺",
    };
}
