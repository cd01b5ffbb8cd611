namespace ReportingEngine.Scheduling.Stores;

/// <summary>The names of <see cref="JobStoreProvider"/> values on the command line and in configuration.</summary>
public static class JobStoreProviders
{
    /// <summary>The accepted names, in the order they are listed in help texts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sqlite", "postgres", "sqlserver"];

    /// <summary>The name of a provider as the command line spells it (<c>sqlite</c>, <c>postgres</c>, <c>sqlserver</c>).</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>Its lower-case name.</returns>
    public static string NameOf(JobStoreProvider provider) => provider switch
    {
        JobStoreProvider.Sqlite => "sqlite",
        JobStoreProvider.Postgres => "postgres",
        JobStoreProvider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown job store provider"),
    };

    /// <summary>Reads a provider name; <c>postgresql</c>, <c>npgsql</c> and <c>mssql</c> are accepted as aliases, case-insensitively.</summary>
    /// <param name="name">The name given by the user.</param>
    /// <param name="provider">The provider when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out JobStoreProvider provider)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                provider = JobStoreProvider.Sqlite;
                return true;
            case "POSTGRES" or "POSTGRESQL" or "NPGSQL":
                provider = JobStoreProvider.Postgres;
                return true;
            case "SQLSERVER" or "MSSQL":
                provider = JobStoreProvider.SqlServer;
                return true;
            default:
                provider = default;
                return false;
        }
    }
}
