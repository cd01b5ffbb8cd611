namespace ReportingEngine.Domain.Surveys;

/// <summary>The 25 items of the 业户评议表 in 6 categories (R-SAT-2, seed 003 篇3).</summary>
public static class SurveyItems
{
    /// <summary>Number of items (R-SAT-2).</summary>
    public const int Count = 25;

    /// <summary>Lowest item score (很不满意).</summary>
    public const int MinScore = 1;

    /// <summary>Highest item score (很满意).</summary>
    public const int MaxScore = 5;

    /// <summary>The items in questionnaire order.</summary>
    public static IReadOnlyList<SurveyItem> All { get; } =
    [
        new(1, SurveyCategory.DailyManagement, "服务人员礼仪礼貌"),
        new(2, SurveyCategory.DailyManagement, "安全护卫"),
        new(3, SurveyCategory.DailyManagement, "清洁卫生"),
        new(4, SurveyCategory.DailyManagement, "园林绿化"),
        new(5, SurveyCategory.DailyManagement, "维修人员服务"),
        new(6, SurveyCategory.DailyManagement, "停车场管理人员服务"),
        new(7, SurveyCategory.DailyManagement, "管理人员服务"),
        new(8, SurveyCategory.ComplaintHandling, "投诉受理及时性"),
        new(9, SurveyCategory.ComplaintHandling, "投诉处理态度"),
        new(10, SurveyCategory.ComplaintHandling, "投诉处理效率"),
        new(11, SurveyCategory.ComplaintHandling, "投诉处理结果"),
        new(12, SurveyCategory.ComplaintHandling, "投诉回访"),
        new(13, SurveyCategory.ComplaintHandling, "投诉渠道畅通"),
        new(14, SurveyCategory.DailyCommunication, "停水停电通知"),
        new(15, SurveyCategory.DailyCommunication, "收费通知"),
        new(16, SurveyCategory.DailyCommunication, "政府通知传达"),
        new(17, SurveyCategory.DailyCommunication, "防盗提示"),
        new(18, SurveyCategory.DailyCommunication, "意见征询"),
        new(19, SurveyCategory.DailyCommunication, "温馨提示"),
        new(20, SurveyCategory.ConvenienceServices, "免费便民服务"),
        new(21, SurveyCategory.ConvenienceServices, "有偿便民服务"),
        new(22, SurveyCategory.CommunityCulture, "社区文化活动组织"),
        new(23, SurveyCategory.CommunityCulture, "社区文化活动内容"),
        new(24, SurveyCategory.CommunityCulture, "社区宣传栏"),
        new(25, SurveyCategory.ManagementLevel, "品牌认同度"),
    ];
}
