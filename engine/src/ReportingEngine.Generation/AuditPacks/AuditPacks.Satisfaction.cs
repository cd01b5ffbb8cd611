using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.AuditPacks.Models;
using ReportingEngine.Generation.Surveys;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 7: the satisfaction results (R-SAT-1, R-SAT-4) of every quarter the range touches, scored by the same model builder
    /// as the quarterly report (<see cref="SurveyDocuments"/>): overall and the six category scores, responses and sample rate, the
    /// lowest-scoring items, what owners praised and the problems they raised, and the follow-ups.
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
            "4,2," + string.Join(",", categories.Select(_ => "2")) + ",2,2",
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
        parts.Add(new AuditPart
        {
            Heading = "得分最低的项目",
            Table = new AuditTable("4,2,6,4,2", ["季度", "名次", "项目", "类别", "得分"], ["left", "right", "left", "left", "right"],
                [.. withData.SelectMany(r => r.Model.LowestItems.Select(i => new AuditRow([r.Model.QuarterLabel, AuditTexts.Count(i.Rank), $"{i.Number}. {i.Name}", i.Category, i.Score])))]),
        });
        var feedback = withData.SelectMany(r =>
                r.Model.Praise.Select(f => (r.Model.QuarterLabel, Kind: "表扬", Section: f))
                    .Concat(r.Model.Problems.Select(f => (r.Model.QuarterLabel, Kind: "问题", Section: f))))
            .ToList();
        if (feedback.Count > 0)
        {
            parts.Add(new AuditPart
            {
                Heading = "业户表扬及反映的问题",
                Table = new AuditTable("4,2,3,2,9", ["季度", "类型", "类别", "户次", "主要意见（户数）"], ["left", "left", "left", "right", "left"],
                    [.. feedback.Select(x => new AuditRow([x.QuarterLabel, x.Kind, x.Section.Name, AuditTexts.Count(x.Section.Mentions), MainRemarks(x.Section)]))]),
                Notes = ["注：完整意见见各季度《业户满意度调查报告》（R-SAT-4）。"],
            });
        }

        if (followUps.Count > 0)
        {
            parts.Add(new AuditPart
            {
                Heading = "待跟进项目及整改建议",
                Table = new AuditTable("4,3,2,6,6", ["季度", "类别", "得分", "得分最低的项目", "跟进措施"], ["left", "left", "right", "left", "left"],
                    [.. followUps.Select(x => new AuditRow([x.QuarterLabel, x.f.Category, x.f.Score, x.f.WeakestItems, x.f.Action]))]),
            });
        }

        return Section(context, title, rules, [summary], parts);
    }

    /// <summary>The three remarks most households wrote, with their counts.</summary>
    private static string MainRemarks(Surveys.Models.FeedbackSection section) =>
        string.Join("；", section.Lines.Take(3).Select(l => $"{l.Text}（{AuditTexts.Count(l.Count)}）"));

    private static SurveyQuarter Next(SurveyQuarter quarter) =>
        quarter.Quarter == 4 ? new SurveyQuarter(quarter.Year + 1, 1) : new SurveyQuarter(quarter.Year, quarter.Quarter + 1);
}
