using Xunit.Abstractions;

namespace ReportingEngine.TestSupport.Postgres;

/// <summary>
/// xunit class fixture holding one throwaway PostgreSQL database for a test class. When PostgreSQL is not
/// installed the fixture FAILS every test of the class naming the apt package, unless
/// <c>RE_ALLOW_MISSING_TOOLS=1</c>; then <see cref="Database"/> is null and <see cref="Available"/> writes the
/// reason to the test output so the test can return early.
/// </summary>
public sealed class PostgresDatabaseFixture : IDisposable
{
    /// <summary>Creates the database (starting the server when it is down).</summary>
    public PostgresDatabaseFixture()
    {
        if (!PostgresServer.IsInstalled && ExternalTool.MissingAllowed)
        {
            SkipReason = $"PostgreSQL is not installed: install it with 'apt-get install {PostgresServer.AptPackage}' ({ExternalTool.AllowMissingVariable}=1 is set)";
            return;
        }

        try
        {
            Database = PostgresDatabase.Create();
        }
        catch (InvalidOperationException ex)
        {
            throw new Xunit.Sdk.XunitException(
                ex.Message + $" (or set {ExternalTool.AllowMissingVariable}=1 to skip PostgreSQL tests locally when it is not installed)");
        }
    }

    /// <summary>The database, or null when PostgreSQL is missing and missing tools are allowed.</summary>
    public PostgresDatabase? Database { get; }

    /// <summary>Why <see cref="Database"/> is null.</summary>
    public string? SkipReason { get; }

    /// <summary>Whether the database exists; when not, writes the reason to the output (the test should return).</summary>
    /// <param name="output">The test's output.</param>
    /// <returns>True when <see cref="Database"/> is set.</returns>
    public bool Available(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Database is not null)
        {
            return true;
        }

        output.WriteLine("SKIPPED CHECK: " + SkipReason);
        return false;
    }

    /// <summary>Drops the database.</summary>
    public void Dispose() => Database?.Dispose();
}
