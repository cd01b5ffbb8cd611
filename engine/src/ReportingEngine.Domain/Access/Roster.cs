namespace ReportingEngine.Domain.Access;

/// <summary>A roster redacted for its recipient's role: the columns the role may see and one row of texts per entry.</summary>
/// <param name="Role">Recipient role.</param>
/// <param name="Title">Title, e.g. 业户资料汇总表（客户服务）.</param>
/// <param name="Columns">Columns in print order.</param>
/// <param name="Rows">One text per column per row; empty text is an empty cell.</param>
/// <param name="OmittedVipMobiles">How many VIP mobiles were left out (customer-service roster).</param>
public sealed record Roster(StaffRole Role, string Title, IReadOnlyList<RosterColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, int OmittedVipMobiles);
