using System.Globalization;

namespace ReportingEngine.Domain.Service;

/// <summary>Texts of the service-level rules: labels of the checks and data-problem messages, in one place.</summary>
public static class ServiceMessages
{
    /// <summary>The Chinese name of a limit, as printed in the monthly documents.</summary>
    /// <param name="check">The limit.</param>
    /// <returns>Label.</returns>
    public static string Label(ServiceCheck check) => check switch
    {
        ServiceCheck.GeneralFix => "一般投诉整改并通知前台",
        ServiceCheck.GeneralReply => "一般投诉回复客户",
        ServiceCheck.ImportantFix => "重要投诉整改完毕",
        ServiceCheck.MajorReply => "重大投诉回复客户",
        ServiceCheck.HandledOrAnswered => "12小时内处理或反馈",
        ServiceCheck.RepairDispatch => "报修派工",
        ServiceCheck.RepairArrival => "维修到场",
        ServiceCheck.RepairFollowUp => "维修回访",
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, "unknown check"),
    };

    /// <summary>The regulation a limit comes from.</summary>
    /// <param name="check">The limit.</param>
    /// <returns>R-CMP-1 or R-REP-1.</returns>
    public static string RuleId(ServiceCheck check) => check >= ServiceCheck.RepairDispatch ? "R-REP-1" : "R-CMP-1";

    /// <summary>The Chinese name of a complaint level.</summary>
    /// <param name="level">Level.</param>
    /// <returns>一般 / 重要 / 重大.</returns>
    public static string Label(ComplaintLevel level) => level switch
    {
        ComplaintLevel.General => "一般",
        ComplaintLevel.Important => "重要",
        ComplaintLevel.Major => "重大",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown complaint level"),
    };

    /// <summary>A duration in Chinese (1天3小时5分, 20分, 30秒), rounded up to whole minutes above one minute.</summary>
    /// <param name="span">A non-negative duration.</param>
    /// <returns>The text.</returns>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        if (span < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(span.TotalSeconds)}秒");
        }

        var minutes = (long)Math.Ceiling(span.TotalMinutes);
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var rest = minutes % 60;
        var text = "";
        if (days > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"{days}天");
        }

        if (hours > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"{hours}小时");
        }

        if (rest > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"{rest}分");
        }

        return text;
    }

    /// <summary>A timestamp earlier than the one that starts its clock.</summary>
    /// <param name="field">The late field.</param>
    /// <param name="at">Its value.</param>
    /// <param name="startField">The starting field.</param>
    /// <param name="start">Its value.</param>
    /// <returns>The message.</returns>
    public static string BeforeStart(string field, DateTime at, string startField, DateTime start) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} {at:yyyy-MM-dd HH:mm} is before {startField} {start:yyyy-MM-dd HH:mm}; the record is counted as it stands");

    /// <summary>The topic a visit without one is counted under (走访事由未注明).</summary>
    public const string UnstatedTopic = "未注明";

    /// <summary>A visit without a topic.</summary>
    public static string NoTopic => $"topic is empty; the visit is counted under {UnstatedTopic}";

    /// <summary>A visit without visitors (R-VIS-1: the 走访情况记录表 names who went).</summary>
    /// <param name="managerJoined">Whether the record says the manager went.</param>
    /// <returns>The message.</returns>
    public static string NoVisitors(bool managerJoined) =>
        "visitors is empty; the visit is counted" + (managerJoined ? " and, as recorded, as joined by the manager (R-VIS-1)" : "");
}
