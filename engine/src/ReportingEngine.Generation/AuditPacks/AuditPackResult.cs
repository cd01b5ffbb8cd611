namespace ReportingEngine.Generation.AuditPacks;

/// <summary>What an audit pack run produced: files, the pack's archive number and page count, errors and notes.</summary>
public sealed record AuditPackResult
{
    /// <summary>Archive number of the pack (its PDF, DOCX and zip share it).</summary>
    public string ArchiveNumber { get; init; } = "";

    /// <summary>Every file written, in the order written.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The pack PDF, or null when nothing was written.</summary>
    public string? PdfPath { get; init; }

    /// <summary>The pack DOCX, or null.</summary>
    public string? DocxPath { get; init; }

    /// <summary>The zip with both files, the sections and the manifest, or null.</summary>
    public string? ZipPath { get; init; }

    /// <summary>The JSON manifest, or null.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Pages of the pack PDF.</summary>
    public int TotalPages { get; init; }

    /// <summary>The sections in order: title, archive number, SHA-256 of the section PDF and its first page in the pack.</summary>
    public IReadOnlyList<AuditPackSection> Sections { get; init; } = [];

    /// <summary>Errors with their place; when any, nothing was written.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Data problems that did not stop the pack (record key and message).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when the pack was written.</summary>
    public bool Succeeded => Errors.Count == 0 && PdfPath is not null;
}
