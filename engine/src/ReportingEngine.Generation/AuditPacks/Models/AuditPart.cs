namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>A part of a section: an optional sub-heading (a level-2 bookmark), paragraphs, a table, a chart, notes.</summary>
internal sealed record AuditPart
{
    /// <summary>Sub-heading (e.g. a building's name); empty for none.</summary>
    public string Heading { get; init; } = "";

    /// <summary>Paragraphs before the table.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The table, or null.</summary>
    public AuditTable? Table { get; init; }

    /// <summary>A bar chart, or null.</summary>
    public AuditChart? Chart { get; init; }

    /// <summary>Small-print notes after the table.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
