using Scriban.Parsing;

namespace ReportingEngine.Templating.Runtime;

/// <summary>How every template and include is parsed.</summary>
internal static class TemplateParsing
{
    /// <summary>Number literals in templates are <see cref="decimal"/>, like the model's money, so 0.1 + 0.2 is 0.3.</summary>
    public static ParserOptions ParserOptions { get; } = new() { ParseFloatAsDecimal = true };

    /// <summary>Scriban syntax (not Liquid), template mode.</summary>
    public static LexerOptions LexerOptions { get; } = LexerOptions.Default;
}
