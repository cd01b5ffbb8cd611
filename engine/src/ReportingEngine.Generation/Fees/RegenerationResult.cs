namespace ReportingEngine.Generation.Fees;

/// <summary>The outcome of <c>regenerate ARCHIVE-NO</c>: the files rebuilt byte for byte, or why not.</summary>
/// <param name="Files">Paths written, each identical to the registered file.</param>
/// <param name="Problems">Why nothing (or not everything) was rebuilt; empty on success.</param>
public sealed record RegenerationResult(IReadOnlyList<string> Files, IReadOnlyList<string> Problems)
{
    /// <summary>True when every registered format was rebuilt identically.</summary>
    public bool Succeeded => Problems.Count == 0 && Files.Count > 0;
}
