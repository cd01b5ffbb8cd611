namespace ReportingEngine.Domain.Satisfaction.Forms;

/// <summary>The pre-filled head of one household's 业户评议表: where to deliver it and for which quarter (R-SAT-1).</summary>
/// <param name="SerialNumber">1-based position in the visit list (the form's 编号).</param>
/// <param name="CommunityName">Community name.</param>
/// <param name="BuildingName">Building name as posted (e.g. 3栋).</param>
/// <param name="Entrance">单元 number.</param>
/// <param name="UnitLabel">楼层-房号 (R-DOS-1), e.g. <c>12-02</c>.</param>
/// <param name="UnitId">Unit identifier, the key the returned answers are entered against.</param>
/// <param name="Quarter">Survey quarter <c>YYYYQn</c>.</param>
public sealed record QuestionnaireHeader(
    int SerialNumber,
    string CommunityName,
    string BuildingName,
    int Entrance,
    string UnitLabel,
    string UnitId,
    string Quarter)
{
    /// <summary>The household's address as written on the form, e.g. <c>3栋2单元12-02</c>.</summary>
    public string Address => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{BuildingName}{Entrance}单元{UnitLabel}");
}
