namespace ReportingEngine.Domain.Surveys;

/// <summary>评议类别 — the six categories of the 业户评议表 (R-SAT-2).</summary>
public enum SurveyCategory
{
    /// <summary>日常管理 (7 items).</summary>
    DailyManagement,

    /// <summary>投诉处理 (6 items).</summary>
    ComplaintHandling,

    /// <summary>日常沟通 (6 items).</summary>
    DailyCommunication,

    /// <summary>便民服务 (2 items).</summary>
    ConvenienceServices,

    /// <summary>社区文化 (3 items).</summary>
    CommunityCulture,

    /// <summary>管理水平 (1 item).</summary>
    ManagementLevel,
}
