namespace ReportingEngine.Generation.Dossiers;

/// <summary>A required document the dossier lacks, to be followed up (追补, R-DOS-8, R-QI-1).</summary>
/// <param name="No">Line number.</param>
/// <param name="Phase">Phase.</param>
/// <param name="Name">Required document (either-or items joined with 或).</param>
/// <param name="Required">原件 / 复印件 / 原件或复印件.</param>
/// <param name="Note">Why it counts as missing (e.g. only a copy held where the original is required).</param>
public sealed record MissingLine(int No, string Phase, string Name, string Required, string Note);
