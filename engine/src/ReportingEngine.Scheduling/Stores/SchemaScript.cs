using System.Text.RegularExpressions;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>
/// Quartz's own table script for one provider, as embedded in Quartz.dll
/// (<c>Quartz.Impl.AdoJobStore.Schema.create_*.sql</c>): statements separated by a line <c>--;;</c>,
/// <c>{0}</c> standing for the table prefix and <c>{1}</c> for the prefix without a schema qualifier.
/// Every statement creates only what is missing, so running the script twice is harmless.
/// </summary>
internal sealed partial class SchemaScript
{
    private SchemaScript(string resourceName, IReadOnlyList<string> statements, IReadOnlyList<string> tables)
    {
        ResourceName = resourceName;
        Statements = statements;
        Tables = tables;
    }

    /// <summary>The manifest resource the script came from.</summary>
    public string ResourceName { get; }

    /// <summary>The statements, prefix substituted, comments and blank pieces dropped, in script order.</summary>
    public IReadOnlyList<string> Statements { get; }

    /// <summary>Names of the tables the script creates (prefix included, as written in the script).</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>The resource name of a provider's script.</summary>
    public static string ResourceNameOf(JobStoreProvider provider) => "Quartz.Impl.AdoJobStore.Schema.create_" + provider switch
    {
        JobStoreProvider.Sqlite => "sqlite",
        JobStoreProvider.Postgres => "postgres",
        JobStoreProvider.SqlServer => "sqlServer",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown job store provider"),
    } + ".sql";

    /// <summary>Loads and prepares the script of a provider for a table prefix.</summary>
    /// <exception cref="JobStoreException">The Quartz assembly carries no such script (a Quartz upgrade changed it).</exception>
    public static SchemaScript Load(JobStoreProvider provider, string tablePrefix)
    {
        var resourceName = ResourceNameOf(provider);
        var assembly = typeof(Quartz.IScheduler).Assembly;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new JobStoreException(
                $"{assembly.GetName().Name} {assembly.GetName().Version} has no embedded table script '{resourceName}'; the job store tables cannot be created");
        using var reader = new StreamReader(stream);
        return Parse(resourceName, reader.ReadToEnd(), tablePrefix);
    }

    /// <summary>Splits a script text; public for tests that feed it directly.</summary>
    public static SchemaScript Parse(string resourceName, string text, string tablePrefix)
    {
        // The prefix is validated (letters, digits, underscores), so it carries no schema qualifier: {1} = {0}.
        var substituted = text.Replace("{0}", tablePrefix, StringComparison.Ordinal).Replace("{1}", tablePrefix, StringComparison.Ordinal);
        var statements = new List<string>();
        foreach (var piece in SeparatorLine().Split(substituted.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var code = string.Join('\n', piece.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();
            if (code.Length > 0)
            {
                statements.Add(code);
            }
        }

        var tables = statements
            .Select(statement => CreateTable().Match(statement))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();
        return new SchemaScript(resourceName, statements, tables);
    }

    [GeneratedRegex(@"^--;;[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorLine();

    [GeneratedRegex(@"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z0-9_]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreateTable();
}
