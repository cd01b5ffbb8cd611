namespace ReportingEngine.Generation.Register;

/// <summary>
/// 发文登记 — one generated file in the output register (DESIGN.md, determinism and the output register):
/// which archive number, kind, subject and period it is, what produced it and its SHA-256.
/// </summary>
/// <remarks>
/// The key is (<see cref="ArchiveNumber"/>, <see cref="Format"/>): the PDF and the DOCX of one document share the
/// archive number. Each controlled copy (受控副本, R-ACC-3) is a different file and gets its own archive number
/// (e.g. the document's number plus the copy's control number), with <see cref="ControlNumber"/> and
/// <see cref="Recipient"/> set.
/// </remarks>
public sealed record RegisterEntry
{
    /// <summary>Stable archive number derived from kind, subject and period, e.g. <c>FN-2026-11-C01-B03-0302</c>.</summary>
    public required string ArchiveNumber { get; init; }

    /// <summary>File format without dot: <c>pdf</c>, <c>docx</c>.</summary>
    public required string Format { get; init; }

    /// <summary>Document kind (template folder name, or a derived kind such as <c>fee-notice-print</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Whom the document is about: a unit id, a building id or a community id.</summary>
    public required string Subject { get; init; }

    /// <summary>The period it covers (<c>YYYY-MM</c>, or another stable period text).</summary>
    public required string Period { get; init; }

    /// <summary>SHA-256 of the template folder that produced it (hex).</summary>
    public required string TemplateVersion { get; init; }

    /// <summary>SHA-256 of the canonical JSON of the model (hex); see <see cref="ContentHash.OfModel"/>.</summary>
    public required string DataHash { get; init; }

    /// <summary>SHA-256 of the file's bytes (lower-case hex).</summary>
    public required string FileSha256 { get; init; }

    /// <summary>The file's name as written (no folder).</summary>
    public required string FileName { get; init; }

    /// <summary>The file's length in bytes.</summary>
    public required long ByteCount { get; init; }

    /// <summary>When it was generated, from the injected <see cref="TimeProvider"/> (UTC).</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>Who generated it (user or scheduled job name).</summary>
    public required string GeneratedBy { get; init; }

    /// <summary>受控编号 — control number of a controlled copy, null otherwise.</summary>
    public string? ControlNumber { get; init; }

    /// <summary>Recipient of a controlled copy, null otherwise.</summary>
    public string? Recipient { get; init; }

    /// <summary>
    /// The engine build that wrote the file (<see cref="EngineBuild"/>); the running build unless set. Null for files
    /// registered before builds were recorded.
    /// </summary>
    public string? EngineBuild { get; init; } = Register.EngineBuild.Current;
}
