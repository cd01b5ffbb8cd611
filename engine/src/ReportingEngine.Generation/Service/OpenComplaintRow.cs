namespace ReportingEngine.Generation.Service;

/// <summary>A complaint not fixed on the report date (未办结投诉).</summary>
/// <param name="No">Line number.</param>
/// <param name="Id">Complaint id.</param>
/// <param name="Unit">Building and floor-room.</param>
/// <param name="Level">一般 / 重要 / 重大.</param>
/// <param name="Category">Category.</param>
/// <param name="Content">What the customer said.</param>
/// <param name="Received">yyyy-MM-dd HH:mm.</param>
/// <param name="Replied">When the customer was answered, or 未回复.</param>
/// <param name="Handler">Department handling it.</param>
/// <param name="Age">How long it has been open on the report date.</param>
public sealed record OpenComplaintRow(int No, string Id, string Unit, string Level, string Category, string Content, string Received, string Replied, string Handler, string Age);
