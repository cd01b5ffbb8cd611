using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;
using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Collection;

/// <summary>
/// The documents after the fee-notice batch (R-COL-1..3, R-FEE-3/4): lawyer letters for approved accounts, the draft
/// list for approval, the collection work lists per ladder stage, and the fee report — read from the estate data,
/// computed by the domain rules (<see cref="CollectionLadder"/>, <see cref="LimitationClock"/>, <see cref="LawyerLetters"/>,
/// <see cref="FeeReports"/>, <see cref="ArrearsAging"/>), rendered, written atomically and recorded in the output register.
/// </summary>
/// <remarks>
/// Every document is dated by the as-of day given, never the clock; the same data gives the same files, and a re-run
/// replaces each file (and its register entry) with identical bytes.
/// </remarks>
public sealed partial class CollectionDocuments
{
    /// <summary>Template kind of the lawyer letter (律师函).</summary>
    public const string LetterKind = "lawyer-letter";

    /// <summary>Template kind of the draft list for approval (律师函审批名单).</summary>
    public const string LetterListKind = "lawyer-letter-list";

    /// <summary>Template kind of the collection work lists (催缴工作清单).</summary>
    public const string ListsKind = "collection-lists";

    /// <summary>Template kind of the fee report (收费情况报表).</summary>
    public const string ReportKind = "fee-report";

    private readonly IEstateReader reader;
    private readonly DocumentRenderer renderer;
    private readonly TimeProvider time;
    private readonly OutputRegister? register;
    private readonly CollectionOptions options;

    /// <summary>Creates the generator; every file written is recorded in <paramref name="register"/> when given.</summary>
    /// <param name="reader">The estate data.</param>
    /// <param name="renderer">The document pipeline.</param>
    /// <param name="time">Clock for the register's generated-at stamp only; document dates come from the request.</param>
    /// <param name="register">Output register, or null.</param>
    /// <param name="options">Company settings; null = <see cref="CollectionOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public CollectionDocuments(IEstateReader reader, DocumentRenderer renderer, TimeProvider time, OutputRegister? register, CollectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(time);
        options ??= CollectionOptions.Default;
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        this.reader = reader;
        this.renderer = renderer;
        this.time = time;
        this.register = register;
        this.options = options;
    }

    /// <summary>The communities asked for (one id, or all when null) with their companies; problems when an id is unknown.</summary>
    internal async Task<(IReadOnlyList<(CompanyProfile Company, Community Community)> Chosen, IReadOnlyList<string> Problems)> CommunitiesAsync(string? communityId, CancellationToken cancellationToken)
    {
        var communities = await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false);
        if (communities.Count == 0)
        {
            return ([], [CollectionMessages.NoCommunities]);
        }

        var chosen = communityId is null
            ? communities
            : [.. communities.Where(c => string.Equals(c.Id, communityId, StringComparison.Ordinal))];
        if (chosen.Count == 0)
        {
            return ([], [ScopeMessages.UnknownCommunity(communityId!, communities.Select(c => c.Id))]);
        }

        var companies = await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<(CompanyProfile, Community)>();
        var problems = new List<string>();
        foreach (var community in chosen.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var company = companies.FirstOrDefault(c => string.Equals(c.Id, community.CompanyId, StringComparison.Ordinal));
            if (company is null)
            {
                problems.Add(CollectionMessages.UnknownCompany(community.Id, community.CompanyId));
                continue;
            }

            result.Add((company, community));
        }

        return (result, problems);
    }

    /// <summary>
    /// Reads a community's ledger up to <paramref name="lastPeriod"/> and evaluates every unit as of <paramref name="asOf"/>:
    /// statement (payments oldest first), limitation clock (R-COL-2) and ladder stage (R-COL-1).
    /// </summary>
    internal async Task<CommunityLedger> LoadLedgerAsync(
        CompanyProfile company,
        Community community,
        DateOnly asOf,
        BillingPeriod lastPeriod,
        bool withLines,
        List<string> notes,
        CancellationToken cancellationToken)
    {
        var scope = UnitScope.Community(community.Id);
        var buildings = await reader.GetBuildingsAsync(scope, cancellationToken).ConfigureAwait(false);
        var accounts = await ScopeLedger.LoadAsync(reader, scope, lastPeriod, cancellationToken).ConfigureAwait(false);
        var lines = new Dictionary<string, List<BillLine>>(StringComparer.Ordinal);
        IReadOnlyList<FeeItem> feeItems = [];
        if (withLines)
        {
            await foreach (var statement in reader.StreamBillStatementsAsync(ScopeLedger.FirstPeriod, lastPeriod, scope, cancellationToken).ConfigureAwait(false))
            {
                if (!lines.TryGetValue(statement.Bill.UnitId, out var list))
                {
                    list = [];
                    lines[statement.Bill.UnitId] = list;
                }

                list.AddRange(statement.Lines);
            }

            feeItems = await reader.GetFeeItemsAsync(community.Id, cancellationToken).ConfigureAwait(false);
        }

        var units = new List<UnitLedger>();
        await foreach (var listing in reader.StreamUnitsAsync(scope, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var account = accounts.Evaluate(listing, asOf, options.Limitation, options.Ladder, notes);
            units.Add(new UnitLedger(listing, account.Statement, account.Limitation, account.Stage, lines.GetValueOrDefault(listing.Unit.Id) ?? [], account.Actions));
        }

        return new CommunityLedger(company, community, buildings, units, feeItems);
    }

    /// <summary>Renders a model and writes its files into <paramref name="folder"/>; problems go to <paramref name="problems"/>.</summary>
    private async Task<IReadOnlyList<string>> RenderAndWriteAsync(
        string kind,
        string documentId,
        object model,
        string subject,
        string period,
        IReadOnlyList<string> formats,
        string folder,
        List<string> problems,
        CancellationToken cancellationToken)
    {
        var outcome = renderer.Render(kind, model, formats, cancellationToken);
        if (!outcome.Succeeded)
        {
            problems.AddRange(outcome.Problems.Select(p => CollectionMessages.RenderFailed(documentId, p)));
            return [];
        }

        var written = new List<string>(outcome.Files.Count);
        var entries = new List<RegisterEntry>(outcome.Files.Count);
        var name = FileNames.ForDocument(kind, documentId);
        var dataHash = register is null ? string.Empty : ContentHash.OfModel(model);
        foreach (var file in outcome.Files)
        {
            var path = Path.Combine(folder, $"{name}.{file.Format}");
            await AtomicFile.WriteAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
            written.Add(path);
            entries.Add(new RegisterEntry
            {
                ArchiveNumber = documentId,
                Format = file.Format,
                Kind = kind,
                Subject = subject,
                Period = period,
                TemplateVersion = outcome.TemplateVersion ?? string.Empty,
                DataHash = dataHash,
                FileSha256 = ContentHash.Sha256(file.Content),
                FileName = Path.GetFileName(path),
                ByteCount = file.Content.Length,
                GeneratedAt = time.GetUtcNow(),
                GeneratedBy = options.GeneratedBy,
            });
        }

        if (register is not null)
        {
            await register.RecordAsync(entries, cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private async Task EnsureRegisterAsync(CancellationToken cancellationToken)
    {
        if (register is not null)
        {
            await register.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
