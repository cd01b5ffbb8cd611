using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Generation.AuditPacks.Models;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>
/// 审计资料包 — the on-demand audit pack for management: for one community and a date range, a cover, a table of contents and
/// eight sections computed from the estate data by the domain rules, written as one PDF (bookmarks, page numbers across the
/// pack), one DOCX and a deterministic zip with both, every section's PDF and a manifest of archive numbers and SHA-256 values.
/// </summary>
/// <remarks>
/// The pack is dated by the request (<c>--as-of</c> or the end of the range), never the clock: the same data gives byte-identical
/// files. Bad input (unknown community, inverted range) is reported before anything is written.
/// </remarks>
public sealed partial class AuditPacks
{
    /// <summary>Template of the cover.</summary>
    public const string CoverKind = "audit-pack-cover";

    /// <summary>Template of the table of contents.</summary>
    public const string TocKind = "audit-pack-toc";

    /// <summary>Template of every section.</summary>
    public const string SectionKind = "audit-section";

    /// <summary>Register kind of the pack files (PDF, DOCX, zip).</summary>
    public const string PackKind = "audit-pack";

    /// <summary>Archive number prefix of a pack.</summary>
    public const string ArchivePrefix = "AUD";

    private readonly IEstateReader reader;
    private readonly DocumentRenderer renderer;
    private readonly TimeProvider time;
    private readonly OutputRegister? register;

    /// <summary>Creates the generator.</summary>
    /// <param name="reader">Estate data.</param>
    /// <param name="renderer">Templates and writers.</param>
    /// <param name="time">Clock for the register's generated-at stamp only; the pack's dates come from the request.</param>
    /// <param name="register">Output register; every section and pack file is recorded when given.</param>
    public AuditPacks(IEstateReader reader, DocumentRenderer renderer, TimeProvider time, OutputRegister? register)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(time);
        this.reader = reader;
        this.renderer = renderer;
        this.time = time;
        this.register = register;
    }

    /// <summary>The archive number of the pack of a community and range: <c>AUD-20260101-20260630-C01</c>.</summary>
    public static string ArchiveNumber(string communityId, DateOnly from, DateOnly to) =>
        ArchiveNumbers.For(ArchivePrefix, $"{AuditTexts.Compact(from)}-{AuditTexts.Compact(to)}", communityId);

    /// <summary>Builds and writes the pack described by <paramref name="request"/>.</summary>
    /// <param name="request">Community, range, as-of day, output folder.</param>
    /// <param name="cancellationToken">Stops the run; nothing half-written is left (files are written atomically).</param>
    /// <returns>Files written, sections, errors and notes.</returns>
    public async Task<AuditPackResult> GenerateAsync(AuditPackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<string>(request.Validate());
        if (errors.Count > 0)
        {
            return new AuditPackResult { Errors = errors };
        }

        var context = await LoadContextAsync(request, errors, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return new AuditPackResult { Errors = errors };
        }

        var notes = new List<string>();
        var sections = await BuildSectionsAsync(context, notes, cancellationToken).ConfigureAwait(false);
        var pack = Assemble(context, sections, errors, cancellationToken);
        if (pack is null)
        {
            return new AuditPackResult { ArchiveNumber = context.ArchiveNumber, Errors = errors, Notes = notes };
        }

        return await WriteAsync(context, request, pack, notes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The eight section models in pack order (internal for tests).</summary>
    internal async Task<IReadOnlyList<AuditSectionModel>> BuildSectionsAsync(AuditPackContext context, List<string> notes, CancellationToken cancellationToken)
    {
        var ledger = await LedgerAsync(context, notes, cancellationToken).ConfigureAwait(false);
        AuditSectionModel[] sections =
        [
            await DossiersAsync(context, 1, cancellationToken).ConfigureAwait(false),
            await InspectionsAsync(context, 2, cancellationToken).ConfigureAwait(false),
            await BorrowingsAsync(context, 3, notes, cancellationToken).ConfigureAwait(false),
            Fees(context, 4, ledger),
            Collection(context, 5, ledger),
            await ServiceAsync(context, 6, notes, cancellationToken).ConfigureAwait(false),
            await SatisfactionAsync(context, 7, notes, cancellationToken).ConfigureAwait(false),
            await EventsAsync(context, 8, cancellationToken).ConfigureAwait(false),
        ];
        return [.. sections.Select((section, i) => section with { DocumentId = SectionNumber(context, i + 1) })];
    }

    /// <summary>Community, company, buildings, units and catalog of the request; null (with the reason in <paramref name="errors"/>) when unknown.</summary>
    internal async Task<AuditPackContext?> LoadContextAsync(AuditPackRequest request, List<string> errors, CancellationToken cancellationToken)
    {
        var communities = await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false);
        var community = communities.FirstOrDefault(c => string.Equals(c.Id, request.CommunityId, StringComparison.Ordinal));
        if (community is null)
        {
            errors.Add(ScopeMessages.UnknownCommunity(request.CommunityId, communities.Select(c => c.Id)));
            return null;
        }

        var company = (await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(p => string.Equals(p.Id, community.CompanyId, StringComparison.Ordinal));
        if (company is null)
        {
            errors.Add(AuditPackMessages.UnknownCompany(community.Id, community.CompanyId));
            return null;
        }

        var scope = UnitScope.Community(community.Id);
        var buildings = await reader.GetBuildingsAsync(scope, cancellationToken).ConfigureAwait(false);
        var units = new List<UnitListing>();
        await foreach (var listing in reader.StreamUnitsAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            units.Add(listing);
        }

        var catalog = await reader.GetDocumentCatalogAsync(company.CatalogProfile, cancellationToken).ConfigureAwait(false);
        return new AuditPackContext(company, community, buildings, units, catalog, request.From, request.To, request.EffectiveAsOf, ArchiveNumber(community.Id, request.From, request.To));
    }

    /// <summary>The archive number of section <paramref name="number"/>: the pack's number and <c>-S01</c> … <c>-S08</c>.</summary>
    internal static string SectionNumber(AuditPackContext context, int number) =>
        $"{context.ArchiveNumber}-S{number.ToString("00", System.Globalization.CultureInfo.InvariantCulture)}";

    private static AuditSectionModel Section(AuditPackContext context, string title, string rules, IReadOnlyList<string> summary, IReadOnlyList<AuditPart> parts) => new()
    {
        DocumentId = "",
        Title = title,
        Company = context.Company.Name,
        Community = context.Community.Name,
        Range = AuditTexts.Range(context.From, context.To),
        AsOf = AuditTexts.Iso(context.AsOf),
        Marking = AuditTexts.Marking,
        Rules = rules,
        Summary = summary,
        Parts = parts,
    };
}
