using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Service;

namespace ReportingEngine.Generation.Service;

public sealed partial class ServiceDocuments
{
    /// <summary>
    /// 维修月度统计 — the month's repairs: dispatch and arrival on-time rates, the 100 % follow-up check, and the unfinished and
    /// repeated repairs the statistics focus on (R-REP-1, due by the 1st). One document per community.
    /// </summary>
    /// <param name="job">Community (or all), month, output folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors.</returns>
    public async Task<ServiceRunResult> RepairStatisticsAsync(ServiceJob job, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var problems = new List<ServiceProblem>();
        var errors = new List<string>();
        var notes = new List<string>();
        var limits = Limits(job, errors);
        var communities = limits is null ? null : await CommunitiesAsync(job.CommunityId, errors, cancellationToken).ConfigureAwait(false);
        if (communities is null || limits is null)
        {
            return Result(files, problems, errors, notes);
        }

        var asOf = job.EffectiveAsOf;
        var (from, until) = ServicePeriod.Bounds(job.Month);
        foreach (var (community, company) in communities)
        {
            var repairs = new List<Repair>();
            await foreach (var repair in reader.StreamRepairsAsync(from, until, UnitScope.Community(community.Id), cancellationToken).ConfigureAwait(false))
            {
                repairs.Add(repair);
            }

            var summary = RepairStatistics.Compute(repairs, job.Month, asOf, limits);
            problems.AddRange(summary.Issues.Select(i => new ServiceProblem("repairs", i.RecordId, i.Message)));
            var labels = await UnitLabelsAsync(community.Id, cancellationToken).ConfigureAwait(false);
            var model = BuildRepairModel(summary, labels, limits, community.Name, company.Name, community.Id);
            await WriteAsync(RepairStatisticsKind, model, model.DocumentId, community.Id, job.Output, files, errors, cancellationToken).ConfigureAwait(false);
            notes.Add($"{community.Id} {job.Month}: {summary.Total} repair(s), {summary.Unfinished.Count} unfinished, {summary.Repeated.Count} repeated, follow-up {model.FollowUpRate}, {summary.Breaches.Count} breach(es)");
        }

        return Result(files, problems, errors, notes);
    }

    internal static RepairStatisticsModel BuildRepairModel(RepairMonthSummary summary, IReadOnlyDictionary<string, string> labels, ServiceLevelOptions limits, string community, string company, string communityId)
    {
        var byId = summary.Repairs.ToDictionary(a => a.Repair.Id, StringComparer.Ordinal);
        RepairRow Row(int no, RepairAssessment a)
        {
            var r = a.Repair;
            var followUp = a.Result(ServiceCheck.RepairFollowUp);
            var verdict = followUp switch
            {
                null => "",
                { Status: CheckStatus.Met } => string.IsNullOrWhiteSpace(r.FollowUpResult) ? "已回访" : r.FollowUpResult!,
                { Status: CheckStatus.Pending } => "待回访",
                _ => "未回访",
            };
            return new RepairRow(
                no,
                r.Id,
                ServiceTexts.Unit(labels, r.UnitId),
                r.Category,
                r.Description,
                r.Urgent ? "急修" : "",
                ServiceTexts.Minutes(r.CalledAt),
                a.Unfinished ? "未完成" : ServiceTexts.Minutes(r.FinishedAt!.Value),
                r.Worker,
                r.RepeatOf ?? "",
                verdict,
                a.Unfinished ? ServiceMessages.Duration(summary.AsOf - r.CalledAt) : "");
        }

        return new RepairStatisticsModel
        {
            DocumentId = $"WXTJ-{ServiceTexts.Compact(summary.Month)}-{communityId}",
            Company = company,
            Community = community,
            Month = summary.Month.ToString(),
            AsOf = ServiceTexts.Minutes(summary.AsOf),
            ReportDate = ServiceTexts.Date(summary.AsOf),
            Total = summary.Total,
            Urgent = summary.Urgent,
            Finished = summary.Finished,
            FollowUpComplete = summary.FollowUpComplete,
            FollowUpMissing = summary.FollowUp.Rate.Missed,
            FollowUpRate = ServiceTexts.Percent(summary.FollowUp.Rate),
            Checks =
            [
                ServiceTexts.RateRow(summary.Dispatch, "全部报修", limits.RepairDispatch),
                ServiceTexts.RateRow(summary.Arrival, "全部报修", null) with { Limit = "派工后" + ServiceTexts.Limit(limits.RepairArrival) + "（急修" + ServiceTexts.Limit(limits.UrgentRepairArrival) + "）" },
                ServiceTexts.RateRow(summary.UrgentArrival, "急修", limits.UrgentRepairArrival) with { Limit = "派工后" + ServiceTexts.Limit(limits.UrgentRepairArrival) },
                ServiceTexts.RateRow(summary.FollowUp, "已完工", null),
            ],
            Categories = ServiceTexts.Counts(summary.ByCategory, summary.Total),
            Verdicts = ServiceTexts.Counts(summary.FollowUpResults, summary.FollowUpResults.Sum(v => v.Count)),
            Unfinished = [.. summary.Unfinished.Select((a, i) => Row(i + 1, a))],
            Repeated = [.. summary.Repeated.Select((a, i) => Row(i + 1, a))],
            Breaches = [.. summary.Breaches.Select((b, i) =>
            {
                var repair = byId[b.RecordId].Repair;
                var subject = (repair.Urgent ? "急修·" : "") + repair.Category;
                TimeSpan? limit = b.Check switch
                {
                    ServiceCheck.RepairDispatch => limits.RepairDispatch,
                    ServiceCheck.RepairArrival => repair.Urgent ? limits.UrgentRepairArrival : limits.RepairArrival,
                    _ => null,
                };
                return ServiceTexts.BreachRow(i + 1, b, ServiceTexts.Unit(labels, b.UnitId), subject, limit);
            })],
        };
    }
}
