namespace ReportingEngine.Generation.Service;

/// <summary>One missed limit, printed with the record id and by how much (R-CMP-1, R-REP-1).</summary>
/// <param name="No">Line number.</param>
/// <param name="RecordId">Complaint or repair id.</param>
/// <param name="Unit">Building and floor-room, or the unit id when unknown.</param>
/// <param name="Subject">Level or urgency, and category.</param>
/// <param name="Check">The limit missed.</param>
/// <param name="Limit">The limit (≤ 20分).</param>
/// <param name="Start">When the clock started, yyyy-MM-dd HH:mm.</param>
/// <param name="Done">When it was done, or 未完成 (still open on the report date).</param>
/// <param name="Overrun">By how much (超时 …), to the report date when still open.</param>
/// <param name="StillOpen">Not done on the report date.</param>
public sealed record ServiceBreachRow(int No, string RecordId, string Unit, string Subject, string Check, string Limit, string Start, string Done, string Overrun, bool StillOpen);
