namespace ReportingEngine.Generation.Register;

/// <summary>What the register says about a file: authentic (its SHA-256 was registered) and what produced it.</summary>
/// <param name="FileSha256">The file's SHA-256 (hex).</param>
/// <param name="Entries">Register entries with that SHA-256; empty when the file is not authentic.</param>
public sealed record Verification(string FileSha256, IReadOnlyList<RegisterEntry> Entries)
{
    /// <summary>True when the register holds the file's exact bytes.</summary>
    public bool IsAuthentic => Entries.Count > 0;
}
