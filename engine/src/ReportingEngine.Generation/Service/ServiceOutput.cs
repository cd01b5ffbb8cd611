namespace ReportingEngine.Generation.Service;

/// <summary>Where a service document goes and how it is registered, whatever period its job covers.</summary>
/// <param name="Folder">Output folder; files go to <c>&lt;folder&gt;/&lt;community&gt;/&lt;kind&gt;/</c>.</param>
/// <param name="Formats">Formats to write (pdf, docx).</param>
/// <param name="Period">The output register's period: the month (2026-09) or the quarter (2026Q3).</param>
internal sealed record ServiceOutput(string Folder, IReadOnlyList<string> Formats, string Period);
