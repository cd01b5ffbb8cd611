using System.Globalization;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Dossiers;

/// <summary>
/// The dossier documents of issue 4: archive checklists (R-DOS-8), catalog cards, the quality-inspection record (R-QI-1..3),
/// the unreturned-borrowings list (R-ACC-4/5) and controlled rosters (R-ACC-3), read from the estate data and written as PDF and DOCX.
/// </summary>
/// <remarks>
/// A bad record (a unit without owner, a document of unknown kind, a borrowing returned before it was borrowed) is reported
/// with its key in <see cref="DossierRunResult.Problems"/> and the run goes on; only failures that stop a document are errors.
/// </remarks>
public sealed partial class DossierDocuments
{
    /// <summary>Template folder of the archive checklist.</summary>
    public const string ChecklistKind = "dossier-checklist";

    /// <summary>Template folder of the catalog cards.</summary>
    public const string CatalogCardsKind = "catalog-cards";

    /// <summary>Template folder of the quality-inspection record.</summary>
    public const string InspectionRecordKind = "inspection-record";

    /// <summary>Template folder of the unreturned-borrowings list.</summary>
    public const string BorrowingsKind = "borrowings-report";

    /// <summary>Template folder of the roster.</summary>
    public const string RosterKind = "roster";

    private readonly IEstateReader reader;
    private readonly DocumentRenderer renderer;
    private readonly TimeProvider time;
    private readonly OutputRegister? register;

    /// <summary>Creates the generator.</summary>
    /// <param name="reader">Estate data.</param>
    /// <param name="renderer">Templates and writers.</param>
    /// <param name="time">Clock for the register's generated-at stamp only; document dates come from the job.</param>
    /// <param name="register">Output register; required for rosters (controlled copies), optional otherwise.</param>
    public DossierDocuments(IEstateReader reader, DocumentRenderer renderer, TimeProvider time, OutputRegister? register = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(time);
        this.reader = reader;
        this.renderer = renderer;
        this.time = time;
        this.register = register;
    }

    private async Task<DossierContext?> LoadContextAsync(DossierJob job, List<string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var communities = await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false);
        var community = communities.FirstOrDefault(c => string.Equals(c.Id, job.CommunityId, StringComparison.Ordinal));
        if (community is null)
        {
            errors.Add(ScopeMessages.UnknownCommunity(job.CommunityId, communities.Select(c => c.Id)));
            return null;
        }

        var company = (await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(p => string.Equals(p.Id, community.CompanyId, StringComparison.Ordinal));
        if (company is null)
        {
            errors.Add($"communities[{community.Id}]: error: company '{community.CompanyId}' is not in company_profiles");
            return null;
        }

        var buildings = await reader.GetBuildingsAsync(UnitScope.Community(community.Id), cancellationToken).ConfigureAwait(false);
        if (job.BuildingId is { } only)
        {
            buildings = [.. buildings.Where(b => string.Equals(b.Id, only, StringComparison.Ordinal))];
            if (buildings.Count == 0)
            {
                errors.Add(ScopeMessages.UnknownBuilding(only, community.Id));
                return null;
            }
        }

        var catalog = await reader.GetDocumentCatalogAsync(company.CatalogProfile, cancellationToken).ConfigureAwait(false);
        var scope = job.BuildingId is null ? UnitScope.Community(community.Id) : UnitScope.Building(job.BuildingId);
        return new DossierContext(company, community, buildings, catalog, scope);
    }

    /// <summary>Renders one document and writes its files; returns the outcome (null Document on failure, reported in <paramref name="errors"/>).</summary>
    private async Task<RenderOutcome> WriteAsync(
        string kind,
        object model,
        string documentId,
        string folder,
        DossierJob job,
        RegisterFacts facts,
        List<string> files,
        List<string> errors,
        CancellationToken cancellationToken)
    {
        var outcome = Render(kind, model, documentId, job, errors, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var entries = Entries(kind, model, documentId, job, facts, outcome);
        await WriteFilesAsync(kind, documentId, folder, outcome, files, cancellationToken).ConfigureAwait(false);
        if (register is not null)
        {
            await register.RecordAsync(entries, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    private RenderOutcome Render(string kind, object model, string documentId, DossierJob job, List<string> errors, CancellationToken cancellationToken)
    {
        var outcome = renderer.Render(kind, model, job.Formats, cancellationToken);
        if (!outcome.Succeeded)
        {
            errors.AddRange(outcome.Problems.Select(p => $"{documentId}: {p}"));
        }

        return outcome;
    }

    /// <summary>The register entries of a rendered document's files, one per format (none without a register).</summary>
    private List<RegisterEntry> Entries(string kind, object model, string documentId, DossierJob job, RegisterFacts facts, RenderOutcome outcome)
    {
        if (register is null)
        {
            return [];
        }

        var name = FileNames.ForDocument(kind, documentId);
        var dataHash = ContentHash.OfModel(model);
        return
        [
            .. outcome.Files.Select(file => new RegisterEntry
            {
                ArchiveNumber = documentId,
                Format = file.Format,
                Kind = kind,
                Subject = facts.Subject,
                Period = facts.Period,
                TemplateVersion = outcome.TemplateVersion ?? "",
                DataHash = dataHash,
                FileSha256 = ContentHash.Sha256(file.Content),
                FileName = $"{name}.{file.Format}",
                ByteCount = file.Content.Length,
                GeneratedAt = time.GetUtcNow(),
                GeneratedBy = job.GeneratedBy,
                ControlNumber = facts.ControlNumber,
                Recipient = facts.Recipient,
            }),
        ];
    }

    /// <summary>Writes a rendered document's files atomically as <c>{folder}/{kind}-{documentId}.{format}</c>.</summary>
    private static async Task WriteFilesAsync(string kind, string documentId, string folder, RenderOutcome outcome, List<string> files, CancellationToken cancellationToken)
    {
        var name = FileNames.ForDocument(kind, documentId);
        foreach (var file in outcome.Files)
        {
            var path = Path.Combine(folder, $"{name}.{file.Format}");
            await AtomicFile.WriteAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
            files.Add(path);
        }
    }

    private static string Folder(DossierJob job, string kind) => Path.Combine(job.OutputFolder, FileNames.Sanitize(job.CommunityId), kind);

    private static string Period(DateOnly asOf) => asOf.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static DossierRunResult Result(List<string> files, List<DossierProblem> problems, List<string> errors, List<string>? notes = null) =>
        new() { Files = files, Problems = problems, Errors = errors, Notes = notes ?? [] };
}
