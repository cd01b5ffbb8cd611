using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Surveys;

public sealed partial class SurveyDocuments
{
    /// <summary>Writes the sampling plan (visit list) of each community asked for (R-SAT-3).</summary>
    /// <param name="request">Quarter, community or all, seed, formats.</param>
    /// <param name="outputFolder">Folder the files go to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Files written and problems.</returns>
    public async Task<SurveyRun> GeneratePlansAsync(SurveyRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (models, problems, notes) = await BuildPlanModelsAsync(request, cancellationToken).ConfigureAwait(false);
        if (register is not null)
        {
            await register.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }

        var files = new List<string>();
        var allProblems = new List<string>(problems);
        foreach (var model in models)
        {
            var outcome = renderer.Render(PlanKind, model, request.Formats, cancellationToken);
            if (!outcome.Succeeded)
            {
                allProblems.AddRange(outcome.Problems.Select(p => SurveyMessages.RenderFailed(model.DocumentId, p)));
                continue;
            }

            files.AddRange(await WriteAsync(outcome, model, model.CommunityId, model.Quarter, outputFolder, cancellationToken).ConfigureAwait(false));
        }

        return new SurveyRun { Files = files, Problems = allProblems, Notes = notes };
    }

    /// <summary>The plan models of the communities asked for.</summary>
    internal async Task<(IReadOnlyList<SurveyPlanModel> Models, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)> BuildPlanModelsAsync(SurveyRequest request, CancellationToken cancellationToken)
    {
        var (estates, problems) = await LoadAsync(request.CommunityId, cancellationToken).ConfigureAwait(false);
        var models = new List<SurveyPlanModel>(estates.Count);
        var notes = new List<string>();
        foreach (var estate in estates)
        {
            var plan = Plan(estate, request, cancellationToken);
            notes.AddRange(plan.Diagnostics.Select(d => d.ToString()));
            models.Add(SurveyModels.Plan(estate.Company, estate.Community, plan, estate.Contacts, sampling.MinimumRate));
        }

        return (models, problems, notes);
    }
}
