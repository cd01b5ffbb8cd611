using System.Globalization;

namespace ReportingEngine.TestSupport.Postgres;

/// <summary>
/// A throwaway PostgreSQL database on the local server, owned by <see cref="PostgresServer.TestRole"/> and
/// dropped (connections closed by force) when disposed. One per test class, through <see cref="PostgresDatabaseFixture"/>.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private bool _dropped;

    private PostgresDatabase(int port, string name)
    {
        Port = port;
        Name = name;
        ConnectionString = string.Create(
            CultureInfo.InvariantCulture,
            $"Host=127.0.0.1;Port={port};Database={name};Username={PostgresServer.TestRole};Password={PostgresServer.TestPassword};Timeout=15");
    }

    /// <summary>The server's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The database name (<c>re_test_</c> and a random suffix).</summary>
    public string Name { get; }

    /// <summary>Npgsql connection string: Host=127.0.0.1, the test role and this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Starts the server when needed and creates a fresh database.</summary>
    /// <returns>The database; dispose it to drop it.</returns>
    /// <exception cref="InvalidOperationException">The server is missing or cannot be started; the message names the apt package or the command.</exception>
    public static PostgresDatabase Create()
    {
        var port = PostgresServer.EnsureRunning();
        var name = "re_test_" + Guid.NewGuid().ToString("N")[..12];
        PostgresServer.Psql(port, "postgres", $"CREATE DATABASE {name} OWNER {PostgresServer.TestRole}");
        return new PostgresDatabase(port, name);
    }

    /// <summary>Runs SQL in this database as the superuser; returns psql's unaligned output.</summary>
    /// <param name="sql">The statements.</param>
    /// <returns>What psql printed.</returns>
    public string Query(string sql) => PostgresServer.Psql(Port, Name, sql);

    /// <summary>Drops the database, closing any connection still open to it.</summary>
    public void Dispose()
    {
        if (_dropped)
        {
            return;
        }

        _dropped = true;
        PostgresServer.Psql(Port, "postgres", $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
