using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Satisfaction.Scoring;
using ReportingEngine.Domain.Surveys;
using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Surveys;

public sealed partial class SurveyDocuments
{
    /// <summary>Quarters before the reported one that the trend chart looks back over.</summary>
    internal const int TrendQuarters = 3;

    /// <summary>
    /// Writes the quarterly satisfaction report (R-SAT-4): one per community asked for and, for <c>--all</c>, one per
    /// company over all its communities. A quarter without responses gives a report that says so.
    /// </summary>
    /// <param name="request">Quarter, community or all, formats.</param>
    /// <param name="outputFolder">Folder the files go to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Files written and problems.</returns>
    public async Task<SurveyRun> GenerateReportsAsync(SurveyRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (models, problems, notes) = await BuildReportModelsAsync(request, cancellationToken).ConfigureAwait(false);
        if (register is not null)
        {
            await register.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }

        var files = new List<string>();
        var allProblems = new List<string>(problems);
        foreach (var model in models)
        {
            var outcome = renderer.Render(ReportKind, model, request.Formats, cancellationToken);
            if (!outcome.Succeeded)
            {
                allProblems.AddRange(outcome.Problems.Select(p => SurveyMessages.RenderFailed(model.DocumentId, p)));
                continue;
            }

            files.AddRange(await WriteAsync(outcome, model, model.SubjectId, model.Quarter, outputFolder, cancellationToken).ConfigureAwait(false));
        }

        return new SurveyRun { Files = files, Problems = allProblems, Notes = notes };
    }

    /// <summary>The report models: company reports first (only when all communities are asked for), then communities in order.</summary>
    internal async Task<(IReadOnlyList<SatisfactionReportModel> Models, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)> BuildReportModelsAsync(SurveyRequest request, CancellationToken cancellationToken)
    {
        var (estates, problems) = await LoadAsync(request.CommunityId, cancellationToken).ConfigureAwait(false);
        var models = new List<SatisfactionReportModel>();
        var notes = new List<string>();
        foreach (var company in estates.GroupBy(e => e.Company.Id, StringComparer.Ordinal))
        {
            var members = company.ToList();
            var profile = members[0].Company;
            var responses = new Dictionary<(string, SurveyQuarter), IReadOnlyList<SurveyResponse>>();
            async Task<IReadOnlyList<SurveyResponse>> Responses(CommunityEstate estate, SurveyQuarter quarter)
            {
                if (!responses.TryGetValue((estate.Community.Id, quarter), out var list))
                {
                    list = await ResponsesAsync(estate.Community, quarter, cancellationToken).ConfigureAwait(false);
                    responses[(estate.Community.Id, quarter)] = list;
                }

                return list;
            }

            async Task<SatisfactionResult> ScoreAsync(SurveyQuarter quarter, bool withPrevious)
            {
                var inputs = new List<CommunitySurveyInput>(members.Count);
                var lastDay = SurveyFormat.LastDay(quarter);
                foreach (var estate in members)
                {
                    inputs.Add(new CommunitySurveyInput(
                        estate.Community,
                        estate.HouseholdsOn(lastDay),
                        await Responses(estate, quarter).ConfigureAwait(false),
                        withPrevious ? await Responses(estate, SurveyFormat.Previous(quarter)).ConfigureAwait(false) : []));
                }

                return SatisfactionScorer.Score(profile, quarter, inputs, SatisfactionScoringOptions.Default, cancellationToken);
            }

            var result = await ScoreAsync(request.Quarter, withPrevious: true).ConfigureAwait(false);
            notes.AddRange(result.Diagnostics.Select(d => d.ToString()));
            var earlier = new List<(SurveyQuarter Quarter, SatisfactionResult Result)>();
            var quarter = request.Quarter;
            for (var i = 0; i < TrendQuarters; i++)
            {
                quarter = SurveyFormat.Previous(quarter);
                earlier.Add((quarter, await ScoreAsync(quarter, withPrevious: false).ConfigureAwait(false)));
            }

            IEnumerable<string> Ids(CommunityEstate estate) => responses[(estate.Community.Id, request.Quarter)].Select(r => r.Id);
            if (request.CommunityId is null)
            {
                models.Add(SurveyModels.Report(profile, result, result.Company, [.. earlier.Select(e => (e.Quarter, e.Result.Company))], members.SelectMany(Ids)));
            }

            for (var c = 0; c < result.Communities.Count; c++)
            {
                var index = c;
                models.Add(SurveyModels.Report(profile, result, result.Communities[c], [.. earlier.Select(e => (e.Quarter, e.Result.Communities[index]))], Ids(members[c])));
            }
        }

        return (models, problems, notes);
    }
}
