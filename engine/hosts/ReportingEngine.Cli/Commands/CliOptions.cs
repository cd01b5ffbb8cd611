using System.CommandLine;

namespace ReportingEngine.Cli.Commands;

/// <summary>Options shared by several verbs, created per command (an option instance belongs to one command).</summary>
internal static class CliOptions
{
    public static Option<DirectoryInfo> Out(string defaultFolder) => new("--out")
    {
        Description = "Folder the files are written to (created when missing).",
        DefaultValueFactory = _ => new DirectoryInfo(defaultFolder),
    };

    public static Option<string> Formats() => new("--format")
    {
        Description = "Comma-separated formats: pdf, docx.",
        DefaultValueFactory = _ => "pdf,docx",
    };

    public static IReadOnlyList<string> SplitFormats(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];
}
