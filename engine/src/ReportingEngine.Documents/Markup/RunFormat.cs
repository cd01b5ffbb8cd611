namespace ReportingEngine.Documents.Markup;

/// <summary>Emphasis in effect for a stretch of inline text while walking nested <c>&lt;b&gt;</c>/<c>&lt;u&gt;</c>/<c>&lt;span&gt;</c>.</summary>
internal readonly record struct RunFormat(bool Bold, bool Underline, string? Style);
