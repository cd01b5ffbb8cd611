using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.Dossiers;

/// <summary>Builds the checklist model of one dossier (R-DOS-8) from its completeness (R-DOS-2..4, R-DOS-9).</summary>
internal static class ChecklistBuilder
{
    public static string DocumentId(string unitId, DateOnly asOf) => $"DQD-{DossierTexts.Compact(asOf)}-{unitId}";

    /// <summary>The model, or null when the dossier cannot have one (no owner); problems name the records.</summary>
    public static ChecklistModel? Build(Dossier dossier, string company, string community, Building building, DocumentCatalog catalog, IReadOnlyDictionary<string, VipDetails> vipRecords, DateOnly asOf, ICollection<DossierProblem> problems)
    {
        var owner = DossierTexts.Owners(dossier.Owners);
        if (owner.Length == 0)
        {
            problems.Add(new DossierProblem("units", dossier.Unit.Id, "the unit has no current owner: no checklist or catalog card was produced for it (R-DOS-8 needs the owner's name)"));
            return null;
        }

        var report = DossierCompleteness.Evaluate(dossier, catalog);
        var held = new List<ChecklistLine>();
        var ordered = dossier.Documents
            .Select(d => (Document: d, Item: catalog.Find(d.KindCode)))
            .OrderBy(x => x.Item?.Phase ?? DossierPhase.Other)
            .ThenBy(x => x.Item?.SortOrder ?? int.MaxValue)
            .ThenBy(x => x.Document.ReceivedOn)
            .ThenBy(x => x.Document.Id, StringComparer.Ordinal);
        foreach (var (document, item) in ordered)
        {
            var remark = "";
            if (item is null)
            {
                remark = "目录外资料";
                problems.Add(new DossierProblem(
                    "dossier_documents",
                    document.Id,
                    $"document kind '{document.KindCode}' is not in catalog '{catalog.Profile}' (R-DOS-9): listed under 其他 on the checklist of {dossier.Unit.Id}, not counted toward completeness"));
            }

            held.Add(new ChecklistLine(
                held.Count + 1,
                item is null ? DossierTexts.Phase(DossierPhase.Other) : DossierTexts.Phase(item.Phase),
                document.Title.Length > 0 ? document.Title : item?.Name ?? document.KindCode,
                DossierTexts.Form(document.Form),
                DossierTexts.Iso(document.ReceivedOn),
                document.Location,
                remark));
        }

        var missing = new List<MissingLine>();
        foreach (var line in report.Missing)
        {
            var forms = line.Items.Select(i => i.Form).Distinct().ToList();
            missing.Add(new MissingLine(
                missing.Count + 1,
                DossierTexts.Phase(line.Phase),
                line.Label,
                forms.Count == 1 ? DossierTexts.Required(forms[0]) : DossierTexts.Required(RequiredForm.Any),
                line.Note ?? ""));
        }

        var findings = BasicRecordCheck.Check(dossier, vipRecords, asOf)
            .Select((f, i) => new RecordFindingLine(i + 1, f.Subject, f.Item, DossierTexts.Finding(f), f.Rule, f.Action))
            .ToList();
        var vipUpdated = dossier.Owners
            .Where(o => o.IsCurrent && o.IsVip)
            .Select(o => vipRecords.GetValueOrDefault(o.Id)?.UpdatedOn)
            .OfType<DateOnly>()
            .Order()
            .Select(DossierTexts.Iso)
            .FirstOrDefault() ?? "";

        var phases = new[] { DossierPhase.MoveIn, DossierPhase.Renovation, DossierPhase.Transfer }
            .Where(p => DossierCompleteness.PhaseApplies(dossier, p))
            .Select(DossierTexts.Phase)
            .ToList();
        return new ChecklistModel
        {
            DocumentId = DocumentId(dossier.Unit.Id, asOf),
            DossierNumber = dossier.Unit.Id,
            Company = company,
            Community = community,
            Building = building.Name,
            UnitLabel = dossier.Unit.Label,
            Owner = owner,
            AsOf = DossierTexts.Iso(asOf),
            Held = held,
            Missing = missing,
            RecordFindings = findings,
            VipUpdated = vipUpdated,
            Phases = phases.Count == 0 ? "未入伙" : string.Join("、", phases),
        };
    }
}
