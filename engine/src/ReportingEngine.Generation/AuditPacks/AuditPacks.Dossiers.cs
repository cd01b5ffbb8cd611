using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Generation.AuditPacks.Models;
using ReportingEngine.Generation.Dossiers;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>Section 1: dossier completeness by building (R-DOS-1..4, R-DOS-8), evaluated by <see cref="DossierCompleteness"/> on the as-of day.</summary>
    private async Task<AuditSectionModel> DossiersAsync(AuditPackContext context, int number, CancellationToken cancellationToken)
    {
        var perBuilding = new Dictionary<string, List<(Dossier Dossier, CompletenessReport Report)>>(StringComparer.Ordinal);
        var vipRecords = DossierTexts.LatestVipRecords(await reader.GetVipDetailsAsync(context.Scope, cancellationToken).ConfigureAwait(false));
        var recordFindings = new List<BasicRecordFinding>();
        await foreach (var dossier in reader.StreamDossiersAsync(context.Scope, cancellationToken).ConfigureAwait(false))
        {
            var report = DossierCompleteness.Evaluate(dossier, context.Catalog);
            recordFindings.AddRange(BasicRecordCheck.Check(dossier, vipRecords, context.AsOf));
            if (!perBuilding.TryGetValue(dossier.Unit.BuildingId, out var list))
            {
                list = [];
                perBuilding[dossier.Unit.BuildingId] = list;
            }

            list.Add((dossier, report));
        }

        var title = $"{AuditTexts.Ordinal(number)}、业户档案完整性（按楼栋）";
        const string rules = "R-DOS-1、R-DOS-2、R-DOS-3、R-DOS-4、R-DOS-5、R-DOS-6、R-DOS-8";
        var all = perBuilding.Values.SelectMany(v => v).ToList();
        if (all.Count == 0)
        {
            return Section(context, title, rules, ["本期无业户档案记录。"], []);
        }

        var rows = new List<AuditRow>();
        foreach (var building in context.Buildings)
        {
            if (!perBuilding.TryGetValue(building.Id, out var list))
            {
                continue;
            }

            rows.Add(CompletenessRow(building.Name, list));
        }

        rows.Add(CompletenessRow("合计", all, total: true));
        var complete = all.Count(a => a.Report.IsComplete);
        var top = all
            .SelectMany(a => a.Report.Missing.Select(m => (m.Label, a.Dossier.Unit.BuildingId)))
            .GroupBy(m => m.Label, StringComparer.Ordinal)
            .Select(g => (Label: g.Key, Count: g.Count(), Buildings: g.Select(m => m.BuildingId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Label, StringComparer.Ordinal)
            .Take(10)
            .ToList();
        var parts = new List<AuditPart>
        {
            new()
            {
                Heading = "（一）各楼栋完整情况",
                Table = new AuditTable("4,3,3,3,3,3", ["楼栋", "档案数", "完整", "不完整", "完整率", "缺失项"], ["left", "right", "right", "right", "right", "right"], rows),
            },
            new()
            {
                Heading = "（二）缺失最多的资料",
                Paragraphs = top.Count == 0 ? ["本期无缺失资料。"] : [],
                Table = top.Count == 0
                    ? null
                    : new AuditTable("1,8,3,3", ["序号", "缺失资料", "份数", "涉及楼栋"], ["center", "left", "right", "right"],
                        [.. top.Select((t, i) => new AuditRow([AuditTexts.Count(i + 1), t.Label, AuditTexts.Count(t.Count), AuditTexts.Count(t.Buildings)]))]),
            },
            RecordsPart(recordFindings),
        };

        // Sub-bookmarks per building: the incomplete dossiers with what is missing, for the follow-up (追补, R-QI-1).
        foreach (var building in context.Buildings)
        {
            if (!perBuilding.TryGetValue(building.Id, out var list))
            {
                continue;
            }

            var incomplete = list.Where(a => !a.Report.IsComplete).OrderBy(a => a.Dossier.Unit.Floor).ThenBy(a => a.Dossier.Unit.Room, StringComparer.Ordinal).ToList();
            parts.Add(new AuditPart
            {
                Heading = $"{building.Name}　不完整档案",
                Paragraphs = incomplete.Count == 0 ? [$"{building.Name}本期档案均完整。"] : [],
                Table = incomplete.Count == 0
                    ? null
                    : new AuditTable("2,3,9", ["房号", "业主", "缺失资料"], ["left", "left", "left"],
                        [.. incomplete.Select(a => new AuditRow([a.Dossier.Unit.Label, Owner(a.Dossier), string.Join("；", a.Report.Missing.Select(m => m.Note is null ? m.Label : $"{m.Label}（{m.Note}）"))]))]),
            });
        }

        var summary = $"截至{AuditTexts.Cn(context.AsOf)}，共有业户档案{all.Count}份，其中完整{complete}份、不完整{all.Count - complete}份，完整率{AuditTexts.Share(complete, all.Count)}（按{CatalogName(context.Catalog)}核对）。";
        return Section(context, title, rules, [summary], parts);
    }

    /// <summary>（三）: the gaps of the electronic basic record (R-DOS-5) and VIP records (R-DOS-6), counted by kind.</summary>
    private static AuditPart RecordsPart(List<BasicRecordFinding> findings)
    {
        var byKind = findings
            .GroupBy(f => (f.Rule, f.Item, f.Finding))
            .Select(g => (g.Key.Rule, g.Key.Item, g.Key.Finding, Count: g.Count()))
            .OrderBy(g => g.Rule, StringComparer.Ordinal)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Item, StringComparer.Ordinal)
            .ThenBy(g => g.Finding, StringComparer.Ordinal)
            .ToList();
        return new AuditPart
        {
            Heading = "（三）电子档案基本资料",
            Paragraphs = byKind.Count == 0 ? ["电子档案基本资料齐全，重点业户资料均已建立并在一个月内更新（R-DOS-5、R-DOS-6）。"] : [],
            Table = byKind.Count == 0
                ? null
                : new AuditTable("1,5,6,3,3", ["序号", "项目", "情况", "处数", "依据"], ["center", "left", "left", "right", "center"],
                    [.. byKind.Select((k, i) => new AuditRow([AuditTexts.Count(i + 1), k.Item, k.Finding, AuditTexts.Count(k.Count), k.Rule]))]),
        };
    }

    private static AuditRow CompletenessRow(string name, List<(Dossier Dossier, CompletenessReport Report)> list, bool total = false)
    {
        var complete = list.Count(a => a.Report.IsComplete);
        var missing = list.Sum(a => a.Report.Missing.Count());
        return new AuditRow([name, AuditTexts.Count(list.Count), AuditTexts.Count(complete), AuditTexts.Count(list.Count - complete), AuditTexts.Share(complete, list.Count), AuditTexts.Count(missing)], total);
    }

    private static string Owner(Dossier dossier)
    {
        var names = DossierTexts.Owners(dossier.Owners);
        return names.Length == 0 ? "无业主记录" : names;
    }

    /// <summary>The catalog as a reader knows it: the regulations' own catalog, or a company's catalog by its profile name.</summary>
    private static string CatalogName(DocumentCatalog catalog) =>
        string.Equals(catalog.Profile, DefaultDocumentCatalog.ProfileName, StringComparison.Ordinal) ? "业户档案标准目录" : $"公司业户档案目录（{catalog.Profile}）";
}
