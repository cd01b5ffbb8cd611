namespace ReportingEngine.Generation.Dossiers;

/// <summary>One dossier on the 《质量检查记录》: what the data already shows, and blank columns for the inspector (R-QI-1..3).</summary>
/// <param name="No">Line number.</param>
/// <param name="DossierNumber">Dossier number.</param>
/// <param name="Building">Building.</param>
/// <param name="Room">Floor-room.</param>
/// <param name="Owner">Owner.</param>
/// <param name="Findings">Missing documents found in the data, or 资料齐全.</param>
/// <param name="MissingCount">How many required documents are missing.</param>
public sealed record InspectionRow(int No, string DossierNumber, string Building, string Room, string Owner, string Findings, int MissingCount);
