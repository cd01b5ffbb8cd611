using System.Globalization;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Generation.Collection.Models;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Collection;

public sealed partial class CollectionDocuments
{
    /// <summary>Archive-number prefix of fee reports.</summary>
    public const string ReportPrefix = "FR";

    /// <summary>
    /// Writes the fee report (收费情况报表, R-FEE-3/4): receivable, received, arrears and collection rate per community,
    /// building and month of the range; aging of overdue arrears; limitation risks (R-COL-2).
    /// </summary>
    /// <param name="request">Community or all, range, as-of day, formats.</param>
    /// <param name="outputFolder">Folder the files go to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<CollectionRun> GenerateFeeReportAsync(FeeReportRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, problems, notes) = await BuildFeeReportAsync(request, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return new CollectionRun { Problems = problems, Notes = notes };
        }

        await EnsureRegisterAsync(cancellationToken).ConfigureAwait(false);
        var allProblems = new List<string>(problems);
        var files = await RenderAndWriteAsync(ReportKind, model.DocumentId, model, request.CommunityId ?? "all", $"{model.FromPeriod}..{model.ToPeriod}", request.Formats, outputFolder, allProblems, cancellationToken).ConfigureAwait(false);
        return new CollectionRun { Files = files, Problems = allProblems, Notes = notes, Documents = files.Count > 0 ? 1 : 0 };
    }

    /// <summary>The report's model and the unit accounts it was computed from (statements cut to the range).</summary>
    internal async Task<(FeeReportModel? Model, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)> BuildFeeReportAsync(FeeReportRequest request, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        if (request.From > request.To)
        {
            return (null, [CollectionMessages.RangeReversed(request.From.ToString(), request.To.ToString())], notes);
        }

        var (chosen, problems) = await CommunitiesAsync(request.CommunityId, cancellationToken).ConfigureAwait(false);
        if (chosen.Count == 0 || problems.Count > 0)
        {
            return (null, problems, notes);
        }

        var asOf = request.EffectiveAsOf;
        var ranged = new List<UnitAccount>();
        var whole = new List<AccountStatement>();
        var atRisk = new List<LimitationRow>();
        var barred = new List<LimitationRow>();
        var communityNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var buildingNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (company, community) in chosen)
        {
            // Payments are applied oldest first over the whole ledger; the range only selects which bills are reported.
            var ledger = await LoadLedgerAsync(company, community, asOf, request.To, withLines: false, notes, cancellationToken).ConfigureAwait(false);
            communityNames[community.Id] = community.Name;
            foreach (var building in ledger.Buildings)
            {
                buildingNames[building.Id] = building.Name;
            }

            foreach (var unit in ledger.Units)
            {
                var statement = unit.Statement;
                whole.Add(statement);
                var inRange = statement.Periods.Where(p => p.Period >= request.From && p.Period <= request.To).ToList();
                ranged.Add(new UnitAccount(community.Id, unit.Listing.Building.Id, statement with { Periods = inRange }));
                foreach (var entry in unit.Limitation.Entries)
                {
                    if (entry.Status == LimitationStatus.Running)
                    {
                        continue;
                    }

                    var row = new LimitationRow
                    {
                        Community = community.Name,
                        Place = unit.Place,
                        Owner = unit.OwnerNames,
                        Period = entry.Period.ToString(),
                        Outstanding = entry.Outstanding,
                        ExpiresOn = CollectionTexts.Iso(entry.ExpiresOn),
                        DaysLeft = entry.DaysLeft,
                        LastInterruption = CollectionTexts.Interruption(entry.LastInterruption),
                    };
                    (entry.Status == LimitationStatus.AtRisk ? atRisk : barred).Add(row);
                }
            }
        }

        FigureRow Figures(FeeReportRow row) => Line(
            communityNames[row.CommunityId],
            row.BuildingId is { } b ? buildingNames.GetValueOrDefault(b, b) : string.Empty,
            row.Period?.ToString() ?? string.Empty,
            row.Figures);

        // R-FEE-3: receivable, received and arrears are kept and reported.
        var total = FeeReports.Total(ranged);
        var aging = ArrearsAging.Of(whole);
        var buckets = Enum.GetValues<AgingBucket>()
            .Select(b => new AgingRow(AgingReport.Label(b), aging.Amounts[b], CollectionTexts.Share(aging.Amounts[b], aging.Overdue), aging.Amounts[b].ToString("0.00", CultureInfo.InvariantCulture)))
            .ToList();
        var first = chosen[0];
        var scopeId = request.CommunityId ?? "all";
        var model = new FeeReportModel
        {
            DocumentId = ArchiveNumbers.For(ReportPrefix, request.From + "-" + request.To, scopeId),
            ReportDate = CollectionTexts.Iso(asOf),
            Company = string.Join("、", chosen.Select(c => c.Company.Name).Distinct(StringComparer.Ordinal)),
            Scope = request.CommunityId is null ? "全部小区" : first.Community.Name,
            FromPeriod = request.From.ToString(),
            ToPeriod = request.To.ToString(),
            Total = Line(request.CommunityId is null ? "合计" : first.Community.Name, string.Empty, string.Empty, total),
            Communities = [.. FeeReports.Collection(ranged, FeeReportLevel.Community).Select(Figures)],
            Buildings = [.. FeeReports.Collection(ranged, FeeReportLevel.Building).Select(Figures)],
            Months = [.. FeeReports.Collection(ranged, FeeReportLevel.CommunityMonth).Select(Figures)],
            Prepaid = FeeReports.Prepaid(ranged),
            Aging = buckets,
            AgingOverdue = aging.Overdue,
            NotYetDue = aging.NotYetDue,
            ChartMax = AxisMax(buckets.Count == 0 ? 0m : buckets.Max(b => b.Amount)),
            AtRisk = [.. atRisk.OrderBy(r => r.DaysLeft).ThenBy(r => r.Place, StringComparer.Ordinal)],
            AtRiskTotal = atRisk.Sum(r => r.Outstanding),
            TimeBarred = barred,
            TimeBarredTotal = barred.Sum(r => r.Outstanding),
            RiskDays = options.Limitation.AtRiskDays,
        };
        return (model, [], notes);
    }

    private static FigureRow Line(string community, string building, string period, FeeFigures figures) => new()
    {
        Community = community,
        Building = building,
        Period = period,
        Receivable = figures.Receivable,
        Received = figures.Received,
        Arrears = figures.Arrears,
        Rate = CollectionTexts.Rate(figures),
    };

    /// <summary>A round axis bound above <paramref name="max"/>: 1, 2 or 5 times a power of ten.</summary>
    private static string AxisMax(decimal max)
    {
        var bound = 1m;
        while (bound < max)
        {
            bound = bound.ToString(CultureInfo.InvariantCulture)[0] switch
            {
                '1' => bound * 2,
                '2' => bound * 5 / 2,
                _ => bound * 2,
            };
        }

        return bound.ToString("0", CultureInfo.InvariantCulture);
    }
}
