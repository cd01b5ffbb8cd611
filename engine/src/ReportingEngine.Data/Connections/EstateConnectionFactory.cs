using System.Data.Common;
using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Dialects;

namespace ReportingEngine.Data.Connections;

/// <summary>
/// Chooses the database from ONE setting, the connection string (<c>--connection</c> on the command line,
/// <c>ConnectionStrings:Estate</c> in configuration): <c>Data Source=….db</c> is SQLite,
/// <c>Server=…;Database=…</c> is SQL Server.
/// </summary>
public static class EstateConnectionFactory
{
    /// <summary>Names of the setting, for messages.</summary>
    public const string SettingNames = "--connection / ConnectionStrings:Estate";

    private static readonly string[] SqlServerKeys =
        ["server", "address", "addr", "network address", "initial catalog", "database", "integrated security", "trusted_connection", "user id", "uid", "encrypt"];

    /// <summary>Recognises the database of a connection string.</summary>
    /// <param name="connectionString">The setting's value.</param>
    /// <returns>The configured database.</returns>
    /// <exception cref="DataConfigurationException">Empty, malformed or unrecognised setting.</exception>
    public static EstateDatabase Create(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new DataConfigurationException(
                $"the connection setting ({SettingNames}) is empty: give 'Data Source=<file>.db' for SQLite or 'Server=<host>;Database=<name>;…' for SQL Server");
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException ex)
        {
            throw new DataConfigurationException(
                $"the connection setting ({SettingNames}) is not a valid ADO.NET connection string: {ex.Message}", ex);
        }

        if (SqlServerKeys.Any(builder.ContainsKey))
        {
            return new EstateDatabase(SqlServerDialect.Instance, connectionString, null);
        }

        if (builder.TryGetValue("data source", out var source) || builder.TryGetValue("datasource", out source) || builder.TryGetValue("filename", out source))
        {
            var path = Convert.ToString(source, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            if (path.Length == 0)
            {
                throw new DataConfigurationException($"the connection setting ({SettingNames}) has an empty 'Data Source': give the SQLite file, e.g. 'Data Source=out/estate.db'");
            }

            SqliteConnectionStringBuilder sqlite;
            try
            {
                sqlite = new SqliteConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException ex)
            {
                throw new DataConfigurationException($"the connection setting ({SettingNames}) is not a valid SQLite connection string: {ex.Message}", ex);
            }

            var inMemory = sqlite.Mode == SqliteOpenMode.Memory || string.Equals(path, ":memory:", StringComparison.Ordinal);
            return new EstateDatabase(SqliteDialect.Instance, sqlite.ToString(), inMemory ? null : Path.GetFullPath(path));
        }

        throw new DataConfigurationException(
            $"the connection setting ({SettingNames}) names no database: expected 'Data Source=<file>.db' for SQLite or 'Server=<host>;Database=<name>;…' for SQL Server, got '{Redact(builder)}'");
    }

    private static string Redact(DbConnectionStringBuilder builder)
    {
        var copy = new DbConnectionStringBuilder { ConnectionString = builder.ConnectionString };
        foreach (var key in new[] { "password", "pwd" })
        {
            if (copy.ContainsKey(key))
            {
                copy[key] = "***";
            }
        }

        return copy.ConnectionString;
    }
}
