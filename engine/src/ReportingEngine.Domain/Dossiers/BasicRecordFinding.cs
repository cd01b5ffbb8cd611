namespace ReportingEngine.Domain.Dossiers;

/// <summary>One gap in a dossier's electronic basic record (R-DOS-5) or in a VIP owner's record (R-DOS-6).</summary>
/// <param name="Rule">The rule it breaks: <c>R-DOS-5</c> or <c>R-DOS-6</c>.</param>
/// <param name="Subject">Whose record: the owner's name, or 房屋 for the unit's own fields.</param>
/// <param name="Item">What is missing or stale, as printed (e.g. 籍贯, 重点业户资料).</param>
/// <param name="Finding">What is wrong, as printed (e.g. 未录入, 超过一个月未更新).</param>
/// <param name="Action">What the archive clerk does: 补录 or 更新.</param>
/// <param name="LastUpdated">For a stale VIP record, its last update.</param>
public sealed record BasicRecordFinding(string Rule, string Subject, string Item, string Finding, string Action, DateOnly? LastUpdated = null);
