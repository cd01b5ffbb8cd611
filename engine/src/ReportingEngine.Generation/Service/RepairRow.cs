namespace ReportingEngine.Generation.Service;

/// <summary>An unfinished or repeated repair (R-REP-1: the statistics focus on these).</summary>
/// <param name="No">Line number.</param>
/// <param name="Id">Repair id.</param>
/// <param name="Unit">Building and floor-room.</param>
/// <param name="Category">Category.</param>
/// <param name="Description">Fault described.</param>
/// <param name="Urgent">急修, or empty.</param>
/// <param name="Called">yyyy-MM-dd HH:mm.</param>
/// <param name="Finished">yyyy-MM-dd HH:mm, or 未完成.</param>
/// <param name="Worker">Repair worker.</param>
/// <param name="RepeatOf">The earlier repair repeated, or empty.</param>
/// <param name="Verdict">The owner's verdict at follow-up, 未回访, or empty while unfinished.</param>
/// <param name="Age">How long it has been open on the report date, or empty when finished.</param>
public sealed record RepairRow(int No, string Id, string Unit, string Category, string Description, string Urgent, string Called, string Finished, string Worker, string RepeatOf, string Verdict, string Age);
