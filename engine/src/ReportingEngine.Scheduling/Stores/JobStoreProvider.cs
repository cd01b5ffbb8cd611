namespace ReportingEngine.Scheduling.Stores;

/// <summary>The database that holds Quartz's job store (its QRTZ_ tables).</summary>
public enum JobStoreProvider
{
    /// <summary>A SQLite file (Microsoft.Data.Sqlite): the single-node default. Quartz refuses clustered mode on it.</summary>
    Sqlite,

    /// <summary>PostgreSQL (Npgsql): single node or clustered.</summary>
    Postgres,

    /// <summary>SQL Server (Microsoft.Data.SqlClient): single node or clustered.</summary>
    SqlServer,
}
