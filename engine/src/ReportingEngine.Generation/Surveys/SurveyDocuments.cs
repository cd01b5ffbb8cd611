using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction.Sampling;
using ReportingEngine.Domain.Surveys;
using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Surveys;

/// <summary>
/// The satisfaction survey's documents (R-SAT-1..4): the sampling plan as a visit list, the pre-filled 业户评议表 of
/// every sampled household, and the quarterly report per company and per community — read from the estate data,
/// computed by the domain rules, rendered through <see cref="DocumentRenderer"/>, written atomically.
/// </summary>
public sealed partial class SurveyDocuments
{
    /// <summary>Template kind of the report.</summary>
    public const string ReportKind = "satisfaction-report";

    /// <summary>Template kind of the form.</summary>
    public const string FormKind = "survey-form";

    /// <summary>Template kind of the plan.</summary>
    public const string PlanKind = "survey-plan";

    private readonly IEstateReader reader;
    private readonly DocumentRenderer renderer;
    private readonly SamplingOptions sampling = SamplingOptions.Default;
    private readonly TimeProvider time;
    private readonly OutputRegister? register;
    private readonly string generatedBy;

    /// <summary>Creates the generator over an estate database and a renderer, without recording files.</summary>
    /// <param name="reader">The estate data.</param>
    /// <param name="renderer">The document pipeline.</param>
    public SurveyDocuments(IEstateReader reader, DocumentRenderer renderer)
        : this(reader, renderer, TimeProvider.System, null, "reporting")
    {
    }

    /// <summary>Creates the generator; every file written is recorded in <paramref name="register"/> when given.</summary>
    /// <param name="reader">The estate data.</param>
    /// <param name="renderer">The document pipeline.</param>
    /// <param name="time">Clock for the register's generated-at stamp only; document dates come from the data.</param>
    /// <param name="register">Output register, or null.</param>
    /// <param name="generatedBy">Who or what generated the files (the register's generated-by).</param>
    public SurveyDocuments(IEstateReader reader, DocumentRenderer renderer, TimeProvider time, OutputRegister? register, string generatedBy)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrEmpty(generatedBy);
        this.reader = reader;
        this.renderer = renderer;
        this.time = time;
        this.register = register;
        this.generatedBy = generatedBy;
    }

    /// <summary>The communities asked for, each with its company, buildings and units; problems when an id is unknown.</summary>
    internal async Task<(IReadOnlyList<CommunityEstate> Estates, IReadOnlyList<string> Problems)> LoadAsync(string? communityId, CancellationToken cancellationToken)
    {
        var communities = await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false);
        var companies = await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false);
        if (communities.Count == 0)
        {
            return ([], [SurveyMessages.NoCommunities]);
        }

        var chosen = communityId is null
            ? communities
            : communities.Where(c => string.Equals(c.Id, communityId, StringComparison.Ordinal)).ToList();
        if (chosen.Count == 0)
        {
            return ([], [ScopeMessages.UnknownCommunity(communityId!, communities.Select(c => c.Id))]);
        }

        var problems = new List<string>();
        var estates = new List<CommunityEstate>(chosen.Count);
        foreach (var community in chosen)
        {
            var company = companies.FirstOrDefault(c => string.Equals(c.Id, community.CompanyId, StringComparison.Ordinal));
            if (company is null)
            {
                problems.Add(SurveyMessages.UnknownCompany(community.Id, community.CompanyId));
                continue;
            }

            var scope = UnitScope.Community(community.Id);
            var buildings = await reader.GetBuildingsAsync(scope, cancellationToken).ConfigureAwait(false);
            var units = new List<Unit>();
            var contacts = new Dictionary<string, string>(StringComparer.Ordinal);
            await foreach (var listing in reader.StreamUnitsAsync(scope, cancellationToken).ConfigureAwait(false))
            {
                units.Add(listing.Unit);
                var contact = SurveyModels.Contact(listing.Owners);
                if (contact.Length > 0)
                {
                    contacts[listing.Unit.Id] = contact;
                }
            }

            estates.Add(new CommunityEstate(company, community, buildings, units, contacts));
        }

        return (estates, problems);
    }

    /// <summary>The community's sampling plan for the quarter: the recorded seed, or the stable default seed.</summary>
    internal SamplingPlan Plan(CommunityEstate estate, SurveyRequest request, CancellationToken cancellationToken) =>
        SurveySampler.Plan(
            estate.Community,
            estate.Buildings,
            estate.Units,
            request.Quarter,
            request.Seed ?? SurveySampler.DefaultSeed(estate.Community.Id, request.Quarter),
            sampling,
            cancellationToken);

    private async Task<IReadOnlyList<SurveyResponse>> ResponsesAsync(Community community, SurveyQuarter quarter, CancellationToken cancellationToken)
    {
        var responses = new List<SurveyResponse>();
        await foreach (var response in reader.StreamSurveyResponsesAsync(quarter, UnitScope.Community(community.Id), cancellationToken).ConfigureAwait(false))
        {
            responses.Add(response);
        }

        return responses;
    }

    /// <summary>Writes every rendered file of a document to <paramref name="folder"/> as <c>{kind}-{id}.{format}</c> and records them.</summary>
    private async Task<List<string>> WriteAsync(RenderOutcome outcome, object model, string subject, string period, string folder, CancellationToken cancellationToken) =>
        await WriteAndRecordAsync(
            outcome.Kind,
            outcome.Document!.Info.DocumentId,
            subject,
            period,
            outcome.TemplateVersion ?? string.Empty,
            model,
            [.. outcome.Files.Select(f => (f.Format, f.Content))],
            folder,
            cancellationToken).ConfigureAwait(false);

    /// <summary>Writes files atomically; records each in the output register (archive number = document id) when there is one.</summary>
    private async Task<List<string>> WriteAndRecordAsync(
        string kind,
        string documentId,
        string subject,
        string period,
        string templateVersion,
        object model,
        List<(string Format, byte[] Content)> files,
        string folder,
        CancellationToken cancellationToken)
    {
        var written = new List<string>(files.Count);
        var entries = new List<RegisterEntry>(files.Count);
        var name = FileNames.ForDocument(kind, documentId);
        var dataHash = register is null ? string.Empty : ContentHash.OfModel(model);
        foreach (var (format, content) in files)
        {
            var path = Path.Combine(folder, $"{name}.{format}");
            await AtomicFile.WriteAsync(path, content, cancellationToken).ConfigureAwait(false);
            written.Add(path);
            if (register is not null)
            {
                entries.Add(new RegisterEntry
                {
                    ArchiveNumber = documentId,
                    Format = format,
                    Kind = kind,
                    Subject = subject,
                    Period = period,
                    TemplateVersion = templateVersion,
                    DataHash = dataHash,
                    FileSha256 = ContentHash.Sha256(content),
                    FileName = Path.GetFileName(path),
                    ByteCount = content.Length,
                    GeneratedAt = time.GetUtcNow(),
                    GeneratedBy = generatedBy,
                });
            }
        }

        if (register is not null)
        {
            await register.RecordAsync(entries, cancellationToken).ConfigureAwait(false);
        }

        return written;
    }
}
