using System.Globalization;
using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Surveys;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>业户评议抽样计划 (R-SAT-1, R-SAT-3): the sampling plan and visit list of the fire date's quarter, per community.</summary>
[DisallowConcurrentExecution]
public sealed class SurveyPlanJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.SurveyPlan.Name;

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new SurveyDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database), Environment.GeneratedBy);
        var quarter = SurveyQuarter.Of(run.AsOf);
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await documents.GeneratePlansAsync(
                new SurveyRequest { Quarter = quarter, CommunityId = community.Id, Formats = Environment.Formats },
                Path.Combine(Environment.OutputFolder, "surveys", quarter.ToString()),
                cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Problems);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, string.Create(CultureInfo.InvariantCulture, $"{quarter}: {count} survey plan(s) for {run.Communities.Count} community(ies)"));
    }
}
