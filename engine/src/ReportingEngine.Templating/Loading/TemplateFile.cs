namespace ReportingEngine.Templating.Loading;

/// <summary>One file of a template folder as hashed: its path relative to the templates root and its (normalized) bytes.</summary>
/// <param name="RelativePath">Path under the templates root with '/' separators, e.g. <c>fee-notice/template.sbn</c>.</param>
/// <param name="Content">The bytes that were hashed (text files: without BOM, line ends LF).</param>
/// <param name="IsText">True when the file was normalized as text.</param>
internal sealed record TemplateFile(string RelativePath, byte[] Content, bool IsText);
