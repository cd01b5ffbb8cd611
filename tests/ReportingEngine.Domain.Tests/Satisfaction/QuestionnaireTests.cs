using ReportingEngine.Domain.Satisfaction;
using ReportingEngine.Domain.Satisfaction.Forms;
using ReportingEngine.Domain.Satisfaction.Sampling;
using ReportingEngine.Domain.Surveys;
using Xunit;

namespace ReportingEngine.Domain.Tests.Satisfaction;

/// <summary>R-SAT-1 / R-SAT-2: the questionnaire as data.</summary>
public sealed class QuestionnaireTests
{
    [Fact]
    public void The_survey_has_six_categories_and_twenty_five_items_in_order()
    {
        // R-SAT-2: 7 + 6 + 6 + 2 + 3 + 1
        Assert.Equal(25, SurveyItems.All.Count);
        Assert.Equal(Enumerable.Range(1, 25), SurveyItems.All.Select(i => i.Number));
        Assert.Equal(
            [7, 6, 6, 2, 3, 1],
            SurveyCategories.All.Select(c => SurveyCategories.ItemsOf(c).Count));
        Assert.Equal(SurveyItems.All.Select(i => i.Category), SurveyItems.All.Select(i => i.Category).Order());
    }

    [Theory]
    [InlineData(1, "礼仪")]
    [InlineData(2, "安全")]
    [InlineData(3, "清洁")]
    [InlineData(4, "绿化")]
    [InlineData(5, "维修")]
    [InlineData(6, "停车")]
    [InlineData(7, "管理人员")]
    [InlineData(14, "停水停电")]
    [InlineData(15, "收费")]
    [InlineData(16, "政府")]
    [InlineData(17, "防盗")]
    [InlineData(18, "意见征询")]
    [InlineData(19, "温馨提示")]
    [InlineData(20, "免费")]
    [InlineData(21, "有偿")]
    [InlineData(25, "品牌")]
    public void The_items_named_in_the_regulation_are_where_it_lists_them(int number, string keyword)
    {
        // R-SAT-2 names daily management, daily communication, convenience and management-level items one by one.
        Assert.Contains(keyword, SurveyItems.All[number - 1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scale_maps_very_satisfied_to_very_dissatisfied_onto_100_to_20()
    {
        // R-SAT-2
        Assert.Equal([100, 80, 60, 40, 20, null], SatisfactionScale.Options.Select(o => o.Points));
        Assert.Equal(["很满意", "满意", "一般", "不满意", "很不满意", "不适用"], SatisfactionScale.Options.Select(o => o.Label));
        Assert.Equal(100, SatisfactionScale.Points(SatisfactionLevel.VerySatisfied));
        Assert.Equal(20, SatisfactionScale.Points(SatisfactionLevel.VeryDissatisfied));
        Assert.Null(SatisfactionScale.Points(SatisfactionLevel.NotApplicable));
        Assert.Equal("一般", SatisfactionScale.Label(SatisfactionLevel.Neutral));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(-1, false)]
    public void Stored_answers_outside_0_to_5_are_not_levels(int raw, bool valid) =>
        Assert.Equal(valid, SatisfactionScale.TryRead(raw, out _));

    [Fact]
    public void The_blank_form_carries_sections_scale_and_free_text_boxes()
    {
        // R-SAT-1: 业户评议表
        var form = Questionnaires.Standard;
        Assert.Equal("业户评议表", form.Title);
        Assert.Equal(25, form.ItemCount);
        Assert.Equal(["日常管理", "投诉处理", "日常沟通", "便民服务", "社区文化", "管理水平"], form.Sections.Select(s => s.Title));
        Assert.Equal([1, 2, 3, 4, 5, 6], form.Sections.Select(s => s.Number));
        Assert.Equal(SurveyItems.All, form.Sections.SelectMany(s => s.Items));
        Assert.Equal(6, form.Scale.Count);
        Assert.Equal("praise", form.Praise.Key);
        Assert.Equal("problems", form.Problems.Key);
        Assert.True(form.Praise.Lines > 0 && form.Problems.Lines > 0);
    }

    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        // Reference outputs of SplitMix64 for seed 1234567 (the generator behind reproducible plans, R-SAT-3).
        var random = new SplitMix64(1234567);
        Assert.Equal(
            [6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(_ => random.NextUInt64()));
    }

    [Fact]
    public void SplitMix64_draws_bounded_integers_in_range()
    {
        var random = new SplitMix64(99);
        var draws = Enumerable.Range(0, 2000).Select(_ => random.NextInt(7)).ToList();
        Assert.All(draws, d => Assert.InRange(d, 0, 6));
        Assert.Equal(7, draws.Distinct().Count());
    }
}
