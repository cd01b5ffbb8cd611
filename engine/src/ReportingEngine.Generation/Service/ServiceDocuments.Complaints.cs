using ReportingEngine.Domain.Service;

namespace ReportingEngine.Generation.Service;

public sealed partial class ServiceDocuments
{
    /// <summary>
    /// 投诉月度汇总 — the month's complaints per level and category, each R-CMP-1 limit's on-time rate, every breach with the
    /// complaint id and by how much, and the complaints still open (R-CMP-1: monthly summary). One document per community.
    /// </summary>
    /// <param name="job">Community (or all), month, output folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors.</returns>
    public async Task<ServiceRunResult> ComplaintSummaryAsync(ServiceJob job, CancellationToken cancellationToken)
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
            var complaints = new List<Complaint>();
            await foreach (var complaint in reader.StreamComplaintsAsync(from, until, community.Id, cancellationToken).ConfigureAwait(false))
            {
                complaints.Add(complaint);
            }

            var summary = ComplaintSummary.Compute(complaints, job.Month, asOf, limits);
            problems.AddRange(summary.Issues.Select(i => new ServiceProblem("complaints", i.RecordId, i.Message)));
            var labels = await UnitLabelsAsync(community.Id, cancellationToken).ConfigureAwait(false);
            var model = BuildComplaintModel(summary, labels, limits, community.Name, company.Name, community.Id);
            await WriteAsync(ComplaintSummaryKind, model, model.DocumentId, community.Id, job.Output, files, errors, cancellationToken).ConfigureAwait(false);
            notes.Add($"{community.Id} {job.Month}: {summary.Total} complaint(s), on time {model.OnTimeRate}, {summary.Breaches.Count} breach(es), {summary.Open.Count} open");
        }

        return Result(files, problems, errors, notes);
    }

    internal static ComplaintSummaryModel BuildComplaintModel(ComplaintMonthSummary summary, IReadOnlyDictionary<string, string> labels, ServiceLevelOptions limits, string community, string company, string communityId)
    {
        var byId = summary.Complaints.ToDictionary(a => a.Complaint.Id, a => a.Complaint, StringComparer.Ordinal);
        return new ComplaintSummaryModel
        {
            DocumentId = $"TSHZ-{ServiceTexts.Compact(summary.Month)}-{communityId}",
            Company = company,
            Community = community,
            Month = summary.Month.ToString(),
            AsOf = ServiceTexts.Minutes(summary.AsOf),
            ReportDate = ServiceTexts.Date(summary.AsOf),
            Total = summary.Total,
            Judged = summary.OnTime.Judged,
            OnTime = summary.OnTime.Met,
            OnTimeRate = ServiceTexts.Percent(summary.OnTime),
            OpenCount = summary.Open.Count,
            Levels = [.. summary.ByLevel.Select(l => new ComplaintLevelRow(
                ServiceMessages.Label(l.Level), l.Count, l.OnTime.Met, l.OnTime.Judged, ServiceTexts.Percent(l.OnTime), l.Open))],
            Categories = ServiceTexts.Counts(summary.ByCategory, summary.Total),
            Checks = [.. summary.Rates.Select(r => ServiceTexts.RateRow(r, Applies(r.Check), Limit(r.Check, limits)))],
            Breaches = [.. summary.Breaches.Select((b, i) =>
            {
                var complaint = byId[b.RecordId];
                return ServiceTexts.BreachRow(i + 1, b, ServiceTexts.Unit(labels, b.UnitId), $"{ServiceMessages.Label(complaint.Level)}·{complaint.Category}", Limit(b.Check, limits));
            })],
            Open = [.. summary.Open.Select((a, i) => new OpenComplaintRow(
                i + 1,
                a.Complaint.Id,
                ServiceTexts.Unit(labels, a.Complaint.UnitId),
                ServiceMessages.Label(a.Complaint.Level),
                a.Complaint.Category,
                a.Complaint.Content,
                ServiceTexts.Minutes(a.Complaint.ReceivedAt),
                a.Complaint.RepliedAt is { } replied && replied <= summary.AsOf ? ServiceTexts.Minutes(replied) : "未回复",
                a.Complaint.Handler,
                ServiceMessages.Duration(summary.AsOf - a.Complaint.ReceivedAt)))],
        };
    }

    private static string Applies(ServiceCheck check) => check switch
    {
        ServiceCheck.GeneralFix or ServiceCheck.GeneralReply => "一般投诉",
        ServiceCheck.ImportantFix => "重要投诉",
        ServiceCheck.MajorReply => "重大投诉",
        _ => "全部投诉",
    };

    private static TimeSpan? Limit(ServiceCheck check, ServiceLevelOptions limits) => check switch
    {
        ServiceCheck.GeneralFix => limits.GeneralFix,
        ServiceCheck.GeneralReply => limits.GeneralReply,
        ServiceCheck.ImportantFix => limits.ImportantFix,
        ServiceCheck.MajorReply => limits.MajorReply,
        ServiceCheck.HandledOrAnswered => limits.HandledOrAnswered,
        ServiceCheck.RepairDispatch => limits.RepairDispatch,
        ServiceCheck.RepairArrival => limits.RepairArrival,
        _ => null,
    };
}
