using System.CommandLine;

namespace ReportingEngine.Cli.Commands;

/// <summary>Options shared by several verbs, created per command (an option instance belongs to one command).</summary>
internal static class CliOptions
{
    public static Option<DirectoryInfo> Out(string defaultFolder)
    {
        var option = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder the files are written to (created when missing).",
            DefaultValueFactory = _ => new DirectoryInfo(defaultFolder),
        };

        // Checked before any work starts, so a folder that cannot be made fails at once with its name, not mid-batch.
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError("--out: error: the folder name is empty");
                return;
            }

            if (result.GetValueOrDefault<DirectoryInfo>() is { } folder && FolderProblem(folder.FullName) is { } problem)
            {
                result.AddError($"--out {folder.FullName}: error: the folder cannot be created ({problem})");
            }
        });
        return option;
    }

    /// <summary>
    /// Why <paramref name="path"/> cannot be used as an output folder, or null. Folders it had to create for the test are
    /// removed again (innermost first, only while empty), so asking for help or failing on another option leaves nothing behind.
    /// </summary>
    private static string? FolderProblem(string path)
    {
        if (File.Exists(path))
        {
            return "a file of that name exists";
        }

        var missing = new List<string>();
        for (var folder = path; folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Add(folder);
        }

        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ex.Message;
        }

        foreach (var created in missing)
        {
            try
            {
                Directory.Delete(created, recursive: false);
            }
            catch (IOException)
            {
                break; // no longer empty: someone is using it
            }
        }

        return null;
    }

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
