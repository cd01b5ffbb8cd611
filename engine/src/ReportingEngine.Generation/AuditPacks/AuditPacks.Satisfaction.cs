using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.AuditPacks.Models;
using ReportingEngine.Generation.Surveys;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 7: the satisfaction results (R-SAT-1, R-SAT-4) of every quarter the range touches, scored by the same model builder
    /// as the quarterly report (<see cref="SurveyDocuments"/>): overall and the six category scores, responses and sample rate.
    /// </summary>
    private async Task<AuditSectionModel> SatisfactionAsync(AuditPackContext context, int number, List<string> notes, CancellationToken cancellationToken)
    {
        var title = $"{AuditTexts.Ordinal(number)}、业户满意度";
        const string rules = "R-SAT-1、R-SAT-2、R-SAT-4";
        var surveys = new SurveyDocuments(reader, renderer);
        var rows = new List<(SurveyQuarter Quarter, Surveys.Models.SatisfactionReportModel Model)>();
        for (var quarter = SurveyQuarter.Of(context.From); quarter <= SurveyQuarter.Of(context.To); quarter = Next(quarter))
        {
            var (models, problems, runNotes) = await surveys.BuildReportModelsAsync(new SurveyRequest { Quarter = quarter, CommunityId = context.Community.Id }, cancellationToken).ConfigureAwait(false);
            notes.AddRange(problems);
            notes.AddRange(runNotes);
            var model = models.FirstOrDefault(m => !m.IsCompany && string.Equals(m.SubjectId, context.Community.Id, StringComparison.Ordinal));
            if (model is not null)
            {
                rows.Add((quarter, model));
            }
        }

        var withData = rows.Where(r => r.Model.HasResponses).ToList();
        if (withData.Count == 0)
        {
            return Section(context, title, rules, [$"本期（{string.Join("、", rows.Select(r => r.Model.QuarterLabel))}）无满意度调查数据。"], []);
        }

        var categories = withData[0].Model.Categories.Select(c => c.Name).ToList();
        var table = new AuditTable(
            "3,2," + string.Join(",", categories.Select(_ => "2")) + ",2,2",
            ["季度", "综合得分", .. categories, "有效问卷", "抽样率"],
            ["left", "right", .. categories.Select(_ => "right"), "right", "right"],
            [.. rows.Select(r => r.Model.HasResponses
                ? new AuditRow([r.Model.QuarterLabel, r.Model.Overall.Score, .. r.Model.Categories.Select(c => c.Score), AuditTexts.Count(r.Model.Overall.Responses), r.Model.Overall.SampleRate])
                : new AuditRow([r.Model.QuarterLabel, "无数据", .. categories.Select(_ => "—"), "0", "—"]))]);
        var chart = new AuditChart(
            "各季度综合得分",
            [.. withData.Select(r => r.Model.QuarterLabel)],
            [new AuditSeries("综合得分", [.. withData.Select(r => r.Model.Overall.Score)])],
            "100");
        var summary = string.Join("；", withData.Select(r => $"{r.Model.QuarterLabel}综合得分{r.Model.Overall.Score}分（有效问卷{r.Model.Overall.Responses}份）")) + "。";
        var followUps = withData.SelectMany(r => r.Model.FollowUps.Select(f => (r.Model.QuarterLabel, f))).ToList();
        var parts = new List<AuditPart>
        {
            new() { Chart = chart, Table = table, Notes = [$"注：得分0–100分；低于{withData[^1].Model.Threshold}分的项目须跟进整改（R-SAT-1）。"] },
        };
        if (followUps.Count > 0)
        {
            parts.Add(new AuditPart
            {
                Heading = "待跟进项目",
                Table = new AuditTable("3,3,2,6,6", ["季度", "类别", "得分", "得分最低的项目", "跟进措施"], ["left", "left", "right", "left", "left"],
                    [.. followUps.Select(x => new AuditRow([x.QuarterLabel, x.f.Category, x.f.Score, x.f.WeakestItems, x.f.Action]))]),
            });
        }

        return Section(context, title, rules, [summary], parts);
    }

    private static SurveyQuarter Next(SurveyQuarter quarter) =>
        quarter.Quarter == 4 ? new SurveyQuarter(quarter.Year + 1, 1) : new SurveyQuarter(quarter.Year, quarter.Quarter + 1);
}
