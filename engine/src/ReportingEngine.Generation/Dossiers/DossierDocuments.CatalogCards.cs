namespace ReportingEngine.Generation.Dossiers;

public sealed partial class DossierDocuments
{
    /// <summary>Catalog cards (目录卡片, R-DOS-8): number, building, room, owner; one sheet document per building, two cards a row with cut lines.</summary>
    /// <param name="job">Community, date, output folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors.</returns>
    public async Task<DossierRunResult> CatalogCardsAsync(DossierJob job, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var problems = new List<DossierProblem>();
        var errors = new List<string>();
        var context = await LoadContextAsync(job, errors, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return Result(files, problems, errors);
        }

        var folder = Folder(job, "catalog-cards");
        foreach (var building in context.Buildings)
        {
            var cards = new List<CatalogCard>();
            await foreach (var listing in reader.StreamUnitsAsync(Data.Reading.UnitScope.Building(building.Id), cancellationToken).ConfigureAwait(false))
            {
                var owner = DossierTexts.Owners(listing.Owners);
                if (owner.Length == 0)
                {
                    problems.Add(new DossierProblem("units", listing.Unit.Id, "the unit has no current owner: no catalog card was produced for it (R-DOS-8 needs the owner's name)"));
                    continue;
                }

                cards.Add(new CatalogCard(listing.Unit.Id, context.Community.Name, building.Name, listing.Unit.Label, owner));
            }

            if (cards.Count == 0)
            {
                continue;
            }

            var rows = new List<CatalogCardRow>();
            for (var i = 0; i < cards.Count; i += 2)
            {
                rows.Add(new CatalogCardRow(cards[i], i + 1 < cards.Count ? cards[i + 1] : null));
            }

            var id = $"MLKP-{DossierTexts.Compact(job.AsOf)}-{building.Id}";
            var model = new CatalogCardsModel
            {
                DocumentId = id,
                Company = context.Company.Name,
                Community = context.Community.Name,
                Building = building.Name,
                AsOf = DossierTexts.Iso(job.AsOf),
                Rows = rows,
                CardCount = cards.Count,
            };
            await WriteAsync(CatalogCardsKind, model, id, folder, job, new RegisterFacts(building.Id, Period(job.AsOf)), files, errors, cancellationToken).ConfigureAwait(false);
        }

        return Result(files, problems, errors);
    }
}
