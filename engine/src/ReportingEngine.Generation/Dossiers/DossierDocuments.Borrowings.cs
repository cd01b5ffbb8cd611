namespace ReportingEngine.Generation.Dossiers;

public sealed partial class DossierDocuments
{
    /// <summary>
    /// The list of originals and copies out and not returned on <see cref="DossierJob.AsOf"/> with where they went, for the
    /// general manager before the 5th (R-ACC-5); originals taken out of the company are flagged (R-ACC-4).
    /// </summary>
    /// <param name="job">Community, date, output folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors.</returns>
    public async Task<DossierRunResult> BorrowingsAsync(DossierJob job, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var problems = new List<DossierProblem>();
        var errors = new List<string>();
        var context = await LoadContextAsync(job, errors, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return Result(files, problems, errors);
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var listing in reader.StreamUnitsAsync(context.Scope, cancellationToken).ConfigureAwait(false))
        {
            labels[listing.Unit.Id] = $"{listing.Building.Name} {listing.Unit.Label}";
        }

        var borrowings = await reader.GetBorrowingsAsync(context.Scope, false, cancellationToken).ConfigureAwait(false);
        var rows = BorrowingsBuilder.Rows(borrowings, labels, job.AsOf, problems);
        var id = BorrowingsBuilder.DocumentId(job.BuildingId ?? context.Community.Id, job.AsOf);
        var model = new BorrowingsReportModel
        {
            DocumentId = id,
            Company = context.Company.Name,
            Community = context.Community.Name,
            AsOf = DossierTexts.Iso(job.AsOf),
            Rows = rows,
            Originals = rows.Count(r => r.Form == "原件"),
            Copies = rows.Count(r => r.Form != "原件"),
            Violations = rows.Count(r => r.Violation.Length > 0),
            Overdue = rows.Count(r => r.DaysOverdue > 0),
        };
        await WriteAsync(BorrowingsKind, model, id, Folder(job, "borrowings"), job, new RegisterFacts(context.Community.Id, Period(job.AsOf)), files, errors, cancellationToken).ConfigureAwait(false);
        return Result(files, problems, errors);
    }
}
