using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Service;
using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Service;

/// <summary>
/// The service documents: the monthly complaint summary (投诉月度汇总, R-CMP-1) and repair statistics (维修月度统计, R-REP-1),
/// measured from the records' timestamps, and the quarterly visit summary (走访情况季度汇总, R-VIS-1); written as PDF and DOCX.
/// </summary>
/// <remarks>
/// Every figure comes from <see cref="Domain.Service.ComplaintSummary"/>, <see cref="Domain.Service.RepairStatistics"/> and
/// <see cref="Domain.Service.VisitSummary"/>;
/// this class only reads, formats, renders and records. A record with contradicting timestamps is reported with its key
/// in <see cref="ServiceRunResult.Problems"/> and counted as it stands; only failures that stop a document are errors.
/// </remarks>
public sealed partial class ServiceDocuments
{
    /// <summary>Template folder of the complaint summary.</summary>
    public const string ComplaintSummaryKind = "complaint-summary";

    /// <summary>Template folder of the repair statistics.</summary>
    public const string RepairStatisticsKind = "repair-statistics";

    /// <summary>Template folder of the quarterly visit summary.</summary>
    public const string VisitSummaryKind = "visit-summary";

    private readonly IEstateReader reader;
    private readonly DocumentRenderer renderer;
    private readonly TimeProvider time;
    private readonly OutputRegister? register;
    private readonly string generatedBy;

    /// <summary>Creates the generator.</summary>
    /// <param name="reader">Estate data.</param>
    /// <param name="renderer">Templates and writers.</param>
    /// <param name="time">Clock for the register's generated-at stamp only; document dates come from the job.</param>
    /// <param name="register">Output register; files are recorded when given.</param>
    /// <param name="generatedBy">Who runs it, for the output register.</param>
    public ServiceDocuments(IEstateReader reader, DocumentRenderer renderer, TimeProvider time, OutputRegister? register = null, string generatedBy = "reporting")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(generatedBy);
        this.reader = reader;
        this.renderer = renderer;
        this.time = time;
        this.register = register;
        this.generatedBy = generatedBy;
    }

    /// <summary>The communities a job covers (one, or every one when null) with their company, or null (reported in <paramref name="errors"/>).</summary>
    private async Task<IReadOnlyList<(Community Community, CompanyProfile Company)>?> CommunitiesAsync(string? communityId, List<string> errors, CancellationToken cancellationToken)
    {
        var communities = await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false);
        var selected = communities.AsEnumerable();
        if (communityId is { } only)
        {
            selected = communities.Where(c => string.Equals(c.Id, only, StringComparison.Ordinal));
            if (!selected.Any())
            {
                errors.Add(ScopeMessages.UnknownCommunity(only, communities.Select(c => c.Id)));
                return null;
            }
        }

        var companies = await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<(Community, CompanyProfile)>();
        foreach (var community in selected)
        {
            var company = companies.FirstOrDefault(p => string.Equals(p.Id, community.CompanyId, StringComparison.Ordinal));
            if (company is null)
            {
                errors.Add($"communities[{community.Id}]: error: company '{community.CompanyId}' is not in company_profiles");
                continue;
            }

            result.Add((community, company));
        }

        return result;
    }

    /// <summary>The job's limits when valid, else null (reported in <paramref name="errors"/>).</summary>
    private static ServiceLevelOptions? Limits(ServiceJob job, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(job);
        var limits = job.Limits ?? ServiceLevelOptions.Default;
        var problems = limits.Validate();
        errors.AddRange(problems.Select(p => $"service limits: error: {p}"));
        return problems.Count == 0 ? limits : null;
    }

    /// <summary>Unit id → "1栋 12-02" for one community.</summary>
    internal async Task<Dictionary<string, string>> UnitLabelsAsync(string communityId, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var listing in reader.StreamUnitsAsync(UnitScope.Community(communityId), cancellationToken).ConfigureAwait(false))
        {
            labels[listing.Unit.Id] = $"{listing.Building.Name} {listing.Unit.Label}";
        }

        return labels;
    }

    /// <summary>Renders one document, writes its files atomically and records them in the output register.</summary>
    private async Task WriteAsync(string kind, object model, string documentId, string communityId, ServiceOutput output, List<string> files, List<string> errors, CancellationToken cancellationToken)
    {
        var outcome = renderer.Render(kind, model, output.Formats, cancellationToken);
        if (!outcome.Succeeded)
        {
            errors.AddRange(outcome.Problems.Select(p => $"{documentId}: {p}"));
            return;
        }

        var folder = Path.Combine(output.Folder, FileNames.Sanitize(communityId), kind);
        var name = FileNames.ForDocument(kind, documentId);
        var entries = new List<RegisterEntry>();
        var dataHash = register is null ? "" : ContentHash.OfModel(model);
        foreach (var file in outcome.Files)
        {
            var path = Path.Combine(folder, $"{name}.{file.Format}");
            await AtomicFile.WriteAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
            files.Add(path);
            if (register is not null)
            {
                entries.Add(new RegisterEntry
                {
                    ArchiveNumber = documentId,
                    Format = file.Format,
                    Kind = kind,
                    Subject = communityId,
                    Period = output.Period,
                    TemplateVersion = outcome.TemplateVersion ?? "",
                    DataHash = dataHash,
                    FileSha256 = ContentHash.Sha256(file.Content),
                    FileName = Path.GetFileName(path),
                    ByteCount = file.Content.Length,
                    GeneratedAt = time.GetUtcNow(),
                    GeneratedBy = generatedBy,
                });
            }
        }

        if (register is not null)
        {
            await register.RecordAsync(entries, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ServiceRunResult Result(List<string> files, List<ServiceProblem> problems, List<string> errors, List<string> notes) =>
        new() { Files = files, Problems = problems, Errors = errors, Notes = notes };
}
