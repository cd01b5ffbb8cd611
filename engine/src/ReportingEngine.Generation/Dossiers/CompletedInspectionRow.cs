namespace ReportingEngine.Generation.Dossiers;

/// <summary>An inspection the data records as done (second form variant).</summary>
/// <param name="No">Line number.</param>
/// <param name="InspectedOn">Date, yyyy-MM-dd.</param>
/// <param name="Kind">全面检查 / 抽样检查.</param>
/// <param name="Inspector">Inspector.</param>
/// <param name="DossiersChecked">Dossiers checked.</param>
/// <param name="MissingFound">Missing documents found.</param>
/// <param name="FollowUp">Follow-up (追补).</param>
public sealed record CompletedInspectionRow(int No, string InspectedOn, string Kind, string Inspector, int DossiersChecked, int MissingFound, string FollowUp);
