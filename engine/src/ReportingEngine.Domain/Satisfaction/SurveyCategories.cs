using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction;

/// <summary>The six survey categories with their Chinese headings and items, in questionnaire order (R-SAT-2).</summary>
public static class SurveyCategories
{
    /// <summary>Name used for free text that matches no category (其他).</summary>
    public const string OtherName = "其他";

    /// <summary>The categories in questionnaire order.</summary>
    public static IReadOnlyList<SurveyCategory> All { get; } = Enum.GetValues<SurveyCategory>();

    /// <summary>The heading of a category as printed on the form and the report.</summary>
    /// <param name="category">The category.</param>
    /// <returns>E.g. 日常管理.</returns>
    public static string Name(SurveyCategory category) => category switch
    {
        SurveyCategory.DailyManagement => "日常管理",
        SurveyCategory.ComplaintHandling => "投诉处理",
        SurveyCategory.DailyCommunication => "日常沟通",
        SurveyCategory.ConvenienceServices => "便民服务",
        SurveyCategory.CommunityCulture => "社区文化",
        SurveyCategory.ManagementLevel => "管理水平",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The items of a category in questionnaire order.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its items.</returns>
    public static IReadOnlyList<SurveyItem> ItemsOf(SurveyCategory category) =>
        SurveyItems.All.Where(i => i.Category == category).ToList();
}
