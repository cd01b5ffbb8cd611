using System.Globalization;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction;
using ReportingEngine.Domain.Satisfaction.Feedback;
using ReportingEngine.Domain.Satisfaction.Scoring;
using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Surveys;

internal static partial class SurveyModels
{
    /// <summary>Series name of the quarter being reported.</summary>
    public const string CurrentSeries = "本季度";

    /// <summary>Series name of the previous quarter.</summary>
    public const string PreviousSeries = "上季度";

    /// <summary>Series name of the follow-up threshold in the trend chart (R-SAT-1).</summary>
    public const string ThresholdSeries = "跟进线";

    /// <summary>Series name of the overall score in the trend chart.</summary>
    public const string OverallSeries = "综合得分";

    /// <summary>The report of one subject (company or community) for a quarter (R-SAT-4).</summary>
    /// <param name="company">The company.</param>
    /// <param name="result">The scored quarter.</param>
    /// <param name="sheet">The subject's sheet: <see cref="SatisfactionResult.Company"/> or one of its communities.</param>
    /// <param name="trend">The subject's sheets of earlier quarters (any order; quarters without responses are left out).</param>
    /// <param name="responseIds">Ids of the subject's responses of the quarter, to count those the scorer skipped.</param>
    public static SatisfactionReportModel Report(CompanyProfile company, SatisfactionResult result, ScoreSheet sheet, IReadOnlyList<(SurveyQuarter Quarter, ScoreSheet Sheet)> trend, IEnumerable<string> responseIds)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(responseIds);
        var skippedKeys = result.Diagnostics.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var isCompany = ReferenceEquals(sheet, result.Company);
        var quarterLabel = SurveyFormat.QuarterLabel(result.Quarter);
        var threshold = result.Options.FollowUpThreshold;
        var model = new SatisfactionReportModel
        {
            DocumentId = $"SAT-{sheet.SubjectId}-{result.Quarter}",
            ReportDate = SurveyFormat.LastDay(result.Quarter),
            Title = $"{sheet.SubjectName}{quarterLabel}业户满意度调查报告",
            CompanyName = company.Name,
            SubjectId = sheet.SubjectId,
            SubjectName = sheet.SubjectName,
            IsCompany = isCompany,
            Quarter = result.Quarter.ToString(),
            QuarterLabel = quarterLabel,
            PreviousQuarterLabel = SurveyFormat.QuarterLabel(result.PreviousQuarter),
            HasResponses = sheet.HasResponses,
            Overall = new ScoreRow(
                "综合得分",
                SurveyFormat.Score(sheet.Overall),
                SurveyFormat.Score(sheet.PreviousOverall),
                SurveyFormat.Delta(sheet.OverallDelta),
                sheet.Responses,
                sheet.Households,
                SurveyFormat.Percent(sheet.SampleRate),
                sheet.Overall is { } o && o.Display < threshold),
            Categories = [.. sheet.Categories.Select(c => CategoryRow(c, sheet.Households))],
            Threshold = threshold.ToString("0.##", CultureInfo.InvariantCulture),
            Method = Method(result.Options),
            SkippedResponses = responseIds.Distinct(StringComparer.Ordinal).Count(id => skippedKeys.Contains($"survey_responses({id})")),
        };

        if (!sheet.HasResponses)
        {
            return model with { Communities = isCompany ? CommunityRows(result) : [] };
        }

        var (trendChart, trendRows) = Trend(result.Quarter, sheet, trend, threshold);
        var (levelChart, levelRows) = Levels(sheet);
        return model with
        {
            CategoryChart = CategoryChart(sheet),
            LevelChart = levelChart,
            Levels = levelRows,
            TrendChart = trendChart,
            Trend = trendRows,
            CommunityChart = isCompany ? CommunityChart(result) : null,
            Communities = isCompany ? CommunityRows(result) : [],
            LowestItems =
            [
                .. sheet.LowestItems.Select((i, index) => new ItemRow(
                    index + 1,
                    i.Item.Number,
                    i.Item.Name,
                    SurveyCategories.Name(i.Item.Category),
                    SurveyFormat.Score(i.Score),
                    i.Answers,
                    i.NotApplicable,
                    SurveyFormat.Percent(i.SampleRate))),
            ],
            Praise = Feedback(sheet.Praise),
            Problems = Feedback(sheet.Problems),
            FollowUps = FollowUps(sheet, threshold),
        };
    }

    private static ScoreRow CategoryRow(CategoryScore c, int households) => new(
        c.Name,
        c.Score is null ? "无数据" : SurveyFormat.Score(c.Score),
        SurveyFormat.Score(c.Previous),
        SurveyFormat.Delta(c.Delta),
        c.Responses,
        households,
        SurveyFormat.Percent(c.SampleRate),
        c.NeedsFollowUp);

    /// <summary>Bars of the scored categories; the previous quarter beside them when it scored every one of them.</summary>
    private static ChartData? CategoryChart(ScoreSheet sheet)
    {
        var scored = sheet.Categories.Where(c => c.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var series = new List<ChartSeriesData>();
        if (scored.All(c => c.Previous is not null))
        {
            series.Add(new ChartSeriesData(PreviousSeries, [.. scored.Select(c => c.Previous!.Value.Display)]));
        }

        series.Add(new ChartSeriesData(CurrentSeries, [.. scored.Select(c => c.Score!.Value.Display)]));
        return new ChartData("各类别满意度得分", [.. scored.Select(c => c.Name)], series, 0m, 100m);
    }

    private static (ChartData? Chart, IReadOnlyList<LevelRow> Rows) Levels(ScoreSheet sheet)
    {
        var counts = new int[6];
        foreach (var item in sheet.Items)
        {
            for (var level = 0; level < counts.Length && level < item.LevelCounts.Count; level++)
            {
                counts[level] += item.LevelCounts[level];
            }
        }

        var total = counts.Sum();
        if (total == 0)
        {
            return (null, []);
        }

        var rows = SatisfactionScale.Options
            .Select(o => new LevelRow(o.Label, counts[(int)o.Level], SurveyFormat.Percent((decimal)counts[(int)o.Level] / total)))
            .ToList();
        var shown = SatisfactionScale.Options.Where(o => counts[(int)o.Level] > 0).ToList();
        var chart = new ChartData(
            "各等级答题占比",
            [.. shown.Select(o => o.Label)],
            [new ChartSeriesData("答题数", [.. shown.Select(o => (decimal)counts[(int)o.Level])])],
            0m,
            total);
        return (chart, rows);
    }

    /// <summary>R-SAT-4 trend: the overall score over the recent quarters with responses, oldest first.</summary>
    private static (ChartData? Chart, IReadOnlyList<ScoreRow> Rows) Trend(SurveyQuarter quarter, ScoreSheet current, IReadOnlyList<(SurveyQuarter Quarter, ScoreSheet Sheet)> earlier, decimal threshold)
    {
        var points = earlier
            .Where(e => e.Quarter < quarter && e.Sheet.HasResponses && e.Sheet.Overall is not null)
            .OrderBy(e => e.Quarter)
            .Append((Quarter: quarter, Sheet: current))
            .ToList();
        var rows = points
            .Select(p => new ScoreRow(p.Quarter.ToString(), SurveyFormat.Score(p.Sheet.Overall), SurveyFormat.None, SurveyFormat.None, p.Sheet.Responses, p.Sheet.Households, SurveyFormat.Percent(p.Sheet.SampleRate), false))
            .ToList();
        if (points.Count < 2)
        {
            return (null, rows);
        }

        // The overall line against the follow-up line (R-SAT-1): the category bars already set each category beside
        // its previous quarter, and seven crossing lines over a few quarters cannot be read.
        var series = new List<ChartSeriesData>
        {
            new(OverallSeries, [.. points.Select(p => p.Sheet.Overall!.Value.Display)]),
            new(ThresholdSeries, [.. points.Select(_ => threshold)]),
        };
        var lowest = series.SelectMany(s => s.Values).Min();
        var axisMin = Math.Max(0m, Math.Floor((lowest - 5m) / 10m) * 10m);
        return (new ChartData("满意度趋势", [.. points.Select(p => p.Quarter.ToString())], series, axisMin, 100m), rows);
    }

    private static ChartData? CommunityChart(SatisfactionResult result)
    {
        var scored = result.Communities.Where(c => c.Overall is not null).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var series = new List<ChartSeriesData>();
        if (scored.All(c => c.PreviousOverall is not null))
        {
            series.Add(new ChartSeriesData(PreviousSeries, [.. scored.Select(c => c.PreviousOverall!.Value.Display)]));
        }

        series.Add(new ChartSeriesData(CurrentSeries, [.. scored.Select(c => c.Overall!.Value.Display)]));
        return new ChartData("各小区综合得分", [.. scored.Select(c => c.SubjectName)], series, 0m, 100m);
    }

    private static List<ScoreRow> CommunityRows(SatisfactionResult result) =>
    [
        .. result.Communities.Select(c => new ScoreRow(
            c.SubjectName,
            c.Overall is null ? "无数据" : SurveyFormat.Score(c.Overall),
            SurveyFormat.Score(c.PreviousOverall),
            SurveyFormat.Delta(c.OverallDelta),
            c.Responses,
            c.Households,
            SurveyFormat.Percent(c.SampleRate),
            c.FollowUps.Count > 0)),
    ];

    private static List<FeedbackSection> Feedback(IReadOnlyList<FeedbackGroup> groups) =>
    [
        .. groups
            .Where(g => g.Entries.Count > 0)
            .Select(g => new FeedbackSection(
                g.Name,
                g.Entries.Count,
                [
                    .. g.Entries
                        .Select((e, i) => (e.Text, Index: i))
                        .GroupBy(e => e.Text, StringComparer.Ordinal)
                        .OrderByDescending(t => t.Count())
                        .ThenBy(t => t.First().Index)
                        .Select(t => new FeedbackLine(t.Key, t.Count())),
                ])),
    ];

    /// <summary>R-SAT-1: every category below the threshold, with its weakest items and the problems owners raised about it.</summary>
    private static List<FollowUpRow> FollowUps(ScoreSheet sheet, decimal threshold) =>
    [
        .. sheet.FollowUps.Select(c =>
        {
            var weakest = sheet.Items
                .Where(i => i.Item.Category == c.Category && i.Score is not null)
                .OrderBy(i => i.Score!.Value.Exact)
                .ThenBy(i => i.Item.Number)
                .Take(3)
                .ToList();
            var problems = sheet.Problems.Where(g => g.Category == c.Category).Sum(g => g.Entries.Count);
            var weakestText = string.Join("、", weakest.Select(i => $"{i.Item.Name} {SurveyFormat.Score(i.Score)}"));
            var action = $"下季度重点整改{string.Join("、", weakest.Select(i => i.Item.Name))}"
                + (problems > 0 ? string.Create(CultureInfo.InvariantCulture, $"；逐户回访反映本类问题的{problems}户") : string.Empty)
                + "；整改结果在下次评议中复核。";
            return new FollowUpRow(
                c.Name,
                SurveyFormat.Score(c.Score),
                SurveyFormat.Number(threshold - c.Score!.Value.Display),
                weakestText,
                problems,
                action);
        }),
    ];

    private static string Method(SatisfactionScoringOptions options)
    {
        var weighting = options.OverallWeighting == OverallWeighting.ByItemCount
            ? "综合得分为各类别得分按其已评项目数加权的平均值（即所有已评项目的平均分）"
            : "综合得分为六个类别得分的算术平均值（各类别权重相同）";
        var company = options.CompanyAggregation == CompanyAggregation.MeanOfCommunities
            ? "公司得分为各小区得分的平均值（每个小区权重相同）"
            : "公司得分将各小区全部评议表合并计算（每户权重相同）";
        return "每项按很满意100分、满意80分、一般60分、不满意40分、很不满意20分计分，选“不适用”的不计入；"
            + "项目得分为已作答评议表的平均分，类别得分为其已评项目的平均分；"
            + weighting + "；" + company + "。得分四舍五入保留一位小数，抽样率为回收份数除以户数。";
    }
}
