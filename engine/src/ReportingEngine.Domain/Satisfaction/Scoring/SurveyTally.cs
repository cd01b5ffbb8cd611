using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>Running counts over validated responses: answers, points and 不适用 per item, responders per category.</summary>
internal sealed class SurveyTally
{
    private const int Levels = 6;

    public int Responses { get; private set; }

    public int[] Answers { get; } = new int[SurveyItems.Count];

    public long[] Points { get; } = new long[SurveyItems.Count];

    public int[] NotApplicable { get; } = new int[SurveyItems.Count];

    public int[][] LevelCounts { get; } = Enumerable.Range(0, SurveyItems.Count).Select(_ => new int[Levels]).ToArray();

    public int[] CategoryResponders { get; } = new int[SurveyCategories.All.Count];

    /// <summary>Adds one response; <paramref name="levels"/> holds 0–5 per item, or -1 where the stored value was invalid.</summary>
    public void Add(IReadOnlyList<int> levels)
    {
        Responses++;
        var answeredCategory = new bool[CategoryResponders.Length];
        for (var i = 0; i < SurveyItems.Count; i++)
        {
            var level = levels[i];
            if (level < 0)
            {
                continue;
            }

            LevelCounts[i][level]++;
            if (SatisfactionScale.Points((SatisfactionLevel)level) is { } points)
            {
                Answers[i]++;
                Points[i] += points;
                answeredCategory[(int)SurveyItems.All[i].Category] = true;
            }
            else
            {
                NotApplicable[i]++;
            }
        }

        for (var c = 0; c < answeredCategory.Length; c++)
        {
            if (answeredCategory[c])
            {
                CategoryResponders[c]++;
            }
        }
    }

    public void Add(SurveyTally other)
    {
        Responses += other.Responses;
        for (var i = 0; i < SurveyItems.Count; i++)
        {
            Answers[i] += other.Answers[i];
            Points[i] += other.Points[i];
            NotApplicable[i] += other.NotApplicable[i];
            for (var l = 0; l < Levels; l++)
            {
                LevelCounts[i][l] += other.LevelCounts[i][l];
            }
        }

        for (var c = 0; c < CategoryResponders.Length; c++)
        {
            CategoryResponders[c] += other.CategoryResponders[c];
        }
    }
}
