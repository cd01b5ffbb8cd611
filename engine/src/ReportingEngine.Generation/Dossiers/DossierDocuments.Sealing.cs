using System.Globalization;

namespace ReportingEngine.Generation.Dossiers;

public sealed partial class DossierDocuments
{
    /// <summary>Template folder of the sealing list.</summary>
    public const string SealingListKind = "sealing-list";

    /// <summary>
    /// 档案封存清单 — the papers to be sealed before January (R-DOS-10): the former owners' papers of every transfer of
    /// <paramref name="year"/>, kept apart and kept permanently (R-DOS-4). See <see cref="SealingListBuilder"/> for the rule.
    /// </summary>
    /// <param name="job">Community (optionally one building), the list's date (<see cref="DossierJob.AsOf"/>), output folder.</param>
    /// <param name="year">The year whose transfers are sealed; the sealing is due by 31 December of that year.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors.</returns>
    public async Task<DossierRunResult> SealingListAsync(DossierJob job, int year, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var problems = new List<DossierProblem>();
        var errors = new List<string>();
        if (year < 2000 || year > 2999)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"--year {year}: error: the year must be between 2000 and 2999"));
            return Result(files, problems, errors);
        }

        var context = await LoadContextAsync(job, errors, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return Result(files, problems, errors);
        }

        var buildingNames = context.Buildings.ToDictionary(b => b.Id, b => b.Name, StringComparer.Ordinal);
        var rows = new List<SealingRow>();
        await foreach (var dossier in reader.StreamDossiersAsync(context.Scope, cancellationToken).ConfigureAwait(false))
        {
            if (dossier.Transfers.Count == 0)
            {
                continue;
            }

            var building = buildingNames.TryGetValue(dossier.Unit.BuildingId, out var name) ? name : dossier.Unit.BuildingId;
            rows.AddRange(SealingListBuilder.Rows(dossier, $"{building} {dossier.Unit.Label}", year, context.Catalog, problems));
        }

        rows = [.. rows.Select((r, i) => r with { No = i + 1 })];
        var id = SealingListBuilder.DocumentId(job.BuildingId ?? context.Community.Id, year);
        var model = new SealingListModel
        {
            DocumentId = id,
            Company = context.Company.Name,
            Community = context.Community.Name,
            Year = year,
            SealBy = DossierTexts.Iso(new DateOnly(year, 12, 31)),
            ListDate = DossierTexts.Iso(job.AsOf),
            Rows = rows,
            DocumentCount = rows.Sum(r => r.Count),
            Originals = rows.Sum(r => r.Originals),
        };
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{context.Community.Id} {year}: {rows.Count} transfers, {model.DocumentCount} papers to seal by {model.SealBy}"),
        };
        await WriteAsync(SealingListKind, model, id, Folder(job, "sealing"), job, new RegisterFacts(context.Community.Id, year.ToString(CultureInfo.InvariantCulture)), files, errors, cancellationToken).ConfigureAwait(false);
        return Result(files, problems, errors, notes);
    }
}
