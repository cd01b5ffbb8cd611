using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Service;
using ReportingEngine.Generation.Surveys;

namespace ReportingEngine.Generation.Service;

public sealed partial class ServiceDocuments
{
    /// <summary>
    /// 走访情况季度汇总 — the quarter's visits per month (visits, households, visits the manager joined) with a finding for every
    /// ended month the manager joined none, visits per topic, and every visit with its visitors and notes, for the project
    /// manager (R-VIS-1). One document per community.
    /// </summary>
    /// <param name="job">Community (or all), quarter, report date, output folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors.</returns>
    public async Task<ServiceRunResult> VisitSummaryAsync(QuarterlyServiceJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var files = new List<string>();
        var problems = new List<ServiceProblem>();
        var errors = new List<string>();
        var notes = new List<string>();
        var asOf = job.EffectiveAsOf;
        if (asOf < job.Quarter.FirstDay)
        {
            errors.Add(ServiceTexts.AsOfBeforeQuarter(asOf, job.Quarter));
            return Result(files, problems, errors, notes);
        }

        var communities = await CommunitiesAsync(job.CommunityId, errors, cancellationToken).ConfigureAwait(false);
        if (communities is null)
        {
            return Result(files, problems, errors, notes);
        }

        foreach (var (community, company) in communities)
        {
            var visits = await reader.GetVisitsAsync(job.Quarter.FirstDay, job.Quarter.LastDay, UnitScope.Community(community.Id), cancellationToken).ConfigureAwait(false);
            var summary = VisitSummary.Compute(visits, job.Quarter, asOf);
            problems.AddRange(summary.Issues.Select(i => new ServiceProblem("visits", i.RecordId, i.Message)));
            var labels = await UnitLabelsAsync(community.Id, cancellationToken).ConfigureAwait(false);
            var model = BuildVisitModel(summary, labels, community.Name, company.Name, community.Id);
            await WriteAsync(VisitSummaryKind, model, model.DocumentId, community.Id, job.Output, files, errors, cancellationToken).ConfigureAwait(false);
            notes.Add($"{community.Id} {job.Quarter}: {summary.Total} visit(s) to {summary.Households} household(s), manager on {summary.ManagerVisits}, {summary.Findings.Count} month(s) without the manager (R-VIS-1)");
        }

        return Result(files, problems, errors, notes);
    }

    internal static VisitSummaryModel BuildVisitModel(VisitQuarterSummary summary, IReadOnlyDictionary<string, string> labels, string community, string company, string communityId)
    {
        var months = summary.Months.Select(m => new VisitMonthRow(m.Month.ToString(), m.Visits, m.Households, m.ManagerVisits, Verdict(m, summary.AsOf), m.Breached)).ToList();
        return new VisitSummaryModel
        {
            DocumentId = $"ZFHZ-{summary.Quarter}-{communityId}",
            Company = company,
            Community = community,
            Quarter = summary.Quarter.ToString(),
            QuarterLabel = SurveyFormat.QuarterLabel(summary.Quarter),
            AsOf = ServiceTexts.Date(summary.AsOf),
            Total = summary.Total,
            Households = summary.Households,
            ManagerVisits = summary.ManagerVisits,
            PendingMonths = summary.Months.Count(m => m.ManagerCheck == CheckStatus.Pending),
            Months = months,
            Findings = [.. months.Where(m => m.Breached)],
            Topics = ServiceTexts.Counts(summary.ByTopic, summary.Total),
            Visits = [.. summary.Visits.Select((v, i) => new VisitRow(
                i + 1,
                ServiceTexts.Date(v.VisitedOn),
                ServiceTexts.Unit(labels, v.UnitId),
                string.IsNullOrWhiteSpace(v.Visitors) ? SurveyFormat.None : v.Visitors,
                v.ManagerJoined ? "是" : "否",
                string.IsNullOrWhiteSpace(v.Topic) ? ServiceMessages.UnstatedTopic : v.Topic,
                string.IsNullOrWhiteSpace(v.Notes) ? SurveyFormat.None : v.Notes))],
        };
    }

    /// <summary>A month's R-VIS-1 verdict as printed (also in the audit pack); a month not yet begun says so.</summary>
    internal static string Verdict(VisitMonthFigures month, DateOnly asOf) => month.ManagerCheck switch
    {
        CheckStatus.Met => "符合",
        CheckStatus.Breached => "不符合",
        _ when month.Month.FirstDay > asOf => "未到，不判定",
        _ => "本月未结束，不判定",
    };
}
