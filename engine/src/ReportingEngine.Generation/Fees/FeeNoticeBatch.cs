using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Reading;
using ReportingEngine.Data.Reading.Fees;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Fees;

/// <summary>
/// 月度缴费通知单批处理 — the monthly fee-notice batch (R-FEE-2, R-COL-2, R-COL-3): one PDF and one DOCX per billed unit
/// in delivery order, a merged print PDF per building with one bookmark per unit, and a delivery receipt sheet per
/// building. Every file is written atomically and recorded in the output register.
/// </summary>
/// <remarks>
/// <para>
/// Work is split by building (one chunk = one building), chunks run in parallel. A chunk holds only its own
/// building's models and documents, so memory stays flat however large the estate.
/// </para>
/// <para>
/// Idempotent: a file whose register entry has the same template version and data hash, and whose bytes on disk
/// still match the registered SHA-256, is left alone. A re-run of a finished batch writes nothing; a run killed
/// midway resumes — names are derived from the data, so a notice written but not yet registered is rebuilt
/// identically and registered, and no notice ever exists twice.
/// </para>
/// </remarks>
public sealed partial class FeeNoticeBatch
{
    /// <summary>Kind of the unit notices (template folder).</summary>
    public const string NoticeKind = "fee-notice";

    /// <summary>Kind of the building's merged print file (made from fee-notice documents).</summary>
    public const string PrintKind = "fee-notice-print";

    /// <summary>Kind of the building's delivery receipt sheet (template folder).</summary>
    public const string ReceiptsKind = "delivery-receipts";

    private static readonly string[] NoticeFormats = ["pdf", "docx"];

    private readonly EstateDatabase database;
    private readonly IEstateReader reader;
    private readonly BuildingLedgerReader ledger;
    private readonly DocumentRenderer renderer;
    private readonly OutputRegister register;
    private readonly TimeProvider time;
    private readonly FeeNoticeOptions options;

    /// <summary>A batch over <paramref name="database"/> rendering with <paramref name="renderer"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public FeeNoticeBatch(EstateDatabase database, DocumentRenderer renderer, TimeProvider time, FeeNoticeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(time);
        options ??= FeeNoticeOptions.Default;
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        this.database = database;
        this.renderer = renderer;
        this.time = time;
        this.options = options;
        reader = EstateReaders.Create(database);
        ledger = new BuildingLedgerReader(database);
        register = new OutputRegister(database);
    }

    /// <summary>The output register the batch records into.</summary>
    public OutputRegister Register => register;

    /// <summary>Runs the batch for a period and scope.</summary>
    public async Task<FeeBatchResult> RunAsync(FeeBatchRequest request, IProgress<FeeBatchProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = request.BuildingId is not null ? UnitScope.Building(request.BuildingId)
            : request.CommunityId is not null ? UnitScope.Community(request.CommunityId)
            : UnitScope.All;
        var scopeText = request.BuildingId ?? request.CommunityId ?? "all";
        var buildings = await reader.GetBuildingsAsync(scope, cancellationToken).ConfigureAwait(false);
        if (request.CommunityId is not null)
        {
            buildings = [.. buildings.Where(b => string.Equals(b.CommunityId, request.CommunityId, StringComparison.Ordinal))];
        }

        var communities = (await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        if (buildings.Count == 0)
        {
            return Empty(
                request.CommunityId is { } id && !communities.ContainsKey(id) ? ScopeMessages.UnknownCommunity(id, communities.Keys.Order(StringComparer.Ordinal))
                : request.BuildingId is { } only ? ScopeMessages.UnknownBuilding(only, request.CommunityId)
                : FeeMessages.NoBuildings(scopeText));
        }

        var companies = (await reader.GetCompanyProfilesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        await register.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var period = request.Period.ToString();
        var periodFolder = Path.Combine(request.OutputFolder, period);
        RemoveAbandonedTemporaries(periodFolder);
        var run = new BatchRun(request, buildings.Count, progress, new RegisterGroupCommit(register));
        await Parallel.ForEachAsync(
            buildings,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            async (building, ct) =>
            {
                var community = communities[building.CommunityId];
                companies.TryGetValue(community.CompanyId, out var company);
                await ProcessBuildingAsync(run, company, community, building, ct).ConfigureAwait(false);
                run.BuildingDone();
            }).ConfigureAwait(false);

        var problems = run.Problems.OrderBy(p => p, StringComparer.Ordinal).ToList();
        if (run.UnitsBilled == 0 && problems.Count == 0)
        {
            problems.Add(FeeMessages.NoBills(period, scopeText));
        }

        return new FeeBatchResult
        {
            Buildings = buildings.Count,
            UnitsBilled = run.UnitsBilled,
            UnitsWithoutBill = run.UnitsWithoutBill,
            NoticesWritten = run.NoticesWritten,
            NoticesUpToDate = run.NoticesUpToDate,
            BuildingFilesWritten = run.BuildingFilesWritten,
            FilesWritten = run.FilesWritten,
            Problems = problems,
            Phases = run.Timings.Snapshot(),
        };
    }

    private static FeeBatchResult Empty(string problem) => new()
    {
        Buildings = 0,
        UnitsBilled = 0,
        UnitsWithoutBill = 0,
        NoticesWritten = 0,
        NoticesUpToDate = 0,
        BuildingFilesWritten = 0,
        FilesWritten = 0,
        Problems = [problem],
    };

    /// <summary>Temp files of writers that were killed (AtomicFile names them <c>.{name}.{pid}.tmp</c>).</summary>
    private static void RemoveAbandonedTemporaries(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var dot = name.LastIndexOf('.');
            if (dot > 0 && int.TryParse(name.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                File.Delete(path);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Shared state of one run, updated by parallel chunks.</summary>
    private sealed class BatchRun(FeeBatchRequest request, int buildingsTotal, IProgress<FeeBatchProgress>? progress, RegisterGroupCommit commits)
    {
        private readonly OutputBufferPool buffers = new();
        private int buildingsDone;
        private int unitsBilled;
        private int unitsWithoutBill;
        private int noticesWritten;
        private int noticesUpToDate;
        private int buildingFilesWritten;
        private int filesWritten;

        public FeeBatchRequest Request => request;

        public RegisterGroupCommit Commits => commits;

        public OutputBuffers RentBuffers() => buffers.Rent();

        public void ReturnBuffers(OutputBuffers rented) => buffers.Return(rented);

        public FeeBatchTimings Timings { get; } = new();

        public ConcurrentBag<string> Problems { get; } = [];

        public int UnitsBilled => unitsBilled;

        public int UnitsWithoutBill => unitsWithoutBill;

        public int NoticesWritten => noticesWritten;

        public int NoticesUpToDate => noticesUpToDate;

        public int BuildingFilesWritten => buildingFilesWritten;

        public int FilesWritten => filesWritten;

        public void Counted(int billed, int withoutBill)
        {
            Interlocked.Add(ref unitsBilled, billed);
            Interlocked.Add(ref unitsWithoutBill, withoutBill);
        }

        public void NoticeWritten(int files)
        {
            Interlocked.Increment(ref noticesWritten);
            Interlocked.Add(ref filesWritten, files);
            Report();
        }

        public void NoticeUpToDate()
        {
            Interlocked.Increment(ref noticesUpToDate);
            Report();
        }

        public void BuildingFileWritten(int files)
        {
            Interlocked.Increment(ref buildingFilesWritten);
            Interlocked.Add(ref filesWritten, files);
        }

        public void BuildingDone()
        {
            Interlocked.Increment(ref buildingsDone);
            Report();
        }

        private void Report() =>
            progress?.Report(new FeeBatchProgress(Volatile.Read(ref buildingsDone), buildingsTotal, Volatile.Read(ref noticesWritten), Volatile.Read(ref noticesUpToDate)));
    }
}
