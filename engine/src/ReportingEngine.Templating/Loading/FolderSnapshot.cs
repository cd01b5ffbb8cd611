namespace ReportingEngine.Templating.Loading;

/// <summary>What <see cref="TemplateFolderReader"/> read: the files in hash order, their version, and any problems.</summary>
/// <param name="Files">Files sorted by ordinal relative path.</param>
/// <param name="Version">Lower-case hex SHA-256 over the files (see <see cref="TemplateVersion"/>).</param>
/// <param name="Diagnostics">Problems found while reading.</param>
internal sealed record FolderSnapshot(IReadOnlyList<TemplateFile> Files, string Version, IReadOnlyList<TemplateDiagnostic> Diagnostics);
