using ReportingEngine.Domain.Satisfaction;
using ReportingEngine.Domain.Satisfaction.Feedback;
using ReportingEngine.Domain.Surveys;
using Xunit;

namespace ReportingEngine.Domain.Tests.Satisfaction;

/// <summary>R-SAT-4: free texts grouped by category with keyword rules.</summary>
public sealed class FeedbackClassifierTests
{
    [Fact]
    public void A_text_about_several_subjects_is_cut_and_filed_under_each_category()
    {
        var pieces = FeedbackClassifier.Split("保安很负责，保洁也很干净。投诉处理太慢，没有回音；希望多组织社区活动");
        Assert.Equal(
            [
                (SurveyCategory.DailyManagement, "保安很负责，保洁也很干净"),
                (SurveyCategory.ComplaintHandling, "投诉处理太慢，没有回音"),
                (SurveyCategory.CommunityCulture, "希望多组织社区活动"),
            ],
            pieces.Select(p => ((SurveyCategory)p.Category!, p.Text)));
    }

    [Fact]
    public void Clauses_without_a_keyword_stay_with_their_neighbour()
    {
        // Seed 003 篇3 §5: 个别保安人员精神懒散，值勤时吸烟，巡查时偷懒
        var (category, text) = Assert.Single(FeedbackClassifier.Split("①个别保安人员精神懒散，值勤时吸烟，巡查时偷懒。"));
        Assert.Equal(SurveyCategory.DailyManagement, category);
        Assert.Equal("个别保安人员精神懒散，值勤时吸烟，巡查时偷懒", text);

        var (leading, joined) = Assert.Single(FeedbackClassifier.Split("总的来说不错，绿化很好"));
        Assert.Equal(SurveyCategory.DailyManagement, leading);
        Assert.Equal("总的来说不错，绿化很好", joined);
    }

    [Theory]
    [InlineData("⑥对业主投诉的问题，有时处理不及时", SurveyCategory.ComplaintHandling)]
    [InlineData("⑦小区缺乏业主交流、活动的场所及设施", SurveyCategory.CommunityCulture)]
    [InlineData("⑧管理处与业主的沟通内容不够丰富", SurveyCategory.DailyCommunication)]
    [InlineData("⑨社区内提供的服务项目较少", SurveyCategory.ConvenienceServices)]
    [InlineData("⑩各小区物业管理的财务不分", SurveyCategory.ManagementLevel)]
    [InlineData("④车辆管理工作中的服务不够细致", SurveyCategory.DailyManagement)]
    [InlineData("活动场所的卫生差", SurveyCategory.CommunityCulture)]
    public void The_problems_listed_in_the_seed_land_in_their_category(string text, SurveyCategory expected)
    {
        var (category, _) = Assert.Single(FeedbackClassifier.Split(text));
        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData("无")]
    [InlineData("没有。")]
    [InlineData("  暂无 ")]
    [InlineData("")]
    [InlineData(null)]
    public void Empty_answers_give_nothing(string? text) => Assert.Empty(FeedbackClassifier.Split(text));

    [Fact]
    public void Texts_without_a_keyword_go_to_other_which_is_listed_last()
    {
        var groups = FeedbackClassifier.Group(
        [
            ("R1", "U1", "收费太高"),
            ("R2", "U2", "品牌值得信赖"),
            ("R3", "U3", "停水通知太晚"),
        ]);
        Assert.Equal(["日常沟通", "管理水平", SurveyCategories.OtherName], groups.Select(g => g.Name));
        Assert.Null(groups[^1].Category);
        Assert.Equal(new FeedbackEntry("R1", "U1", "收费太高"), Assert.Single(groups[^1].Entries));
    }

    [Fact]
    public void Every_rule_keyword_belongs_to_exactly_one_category()
    {
        var keywords = FeedbackClassifier.Rules.SelectMany(r => r.Keywords).ToList();
        Assert.Equal(keywords.Count, keywords.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SurveyCategories.All, FeedbackClassifier.Rules.Select(r => r.Category));
    }
}
