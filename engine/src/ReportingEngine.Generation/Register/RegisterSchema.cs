namespace ReportingEngine.Generation.Register;

/// <summary>
/// DDL of the <c>output_register</c> table for both dialects. It lives here, not in the data contract's schema
/// scripts: the register belongs to the generation layer and is created on first use when missing.
/// </summary>
/// <remarks>
/// <c>generated_at</c> is ISO-8601 UTC text (<c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>): sortable, exact, and read back the
/// same on both databases.
/// </remarks>
internal static class RegisterSchema
{
    public const string Table = "output_register";

    public static IReadOnlyList<string> Sqlite { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS output_register (
            archive_number   TEXT    NOT NULL,
            format           TEXT    NOT NULL,
            kind             TEXT    NOT NULL,
            subject          TEXT    NOT NULL,
            period           TEXT    NOT NULL,
            template_version TEXT    NOT NULL,
            data_hash        TEXT    NOT NULL,
            file_sha256      TEXT    NOT NULL,
            file_name        TEXT    NOT NULL,
            byte_count       INTEGER NOT NULL,
            generated_at     TEXT    NOT NULL,
            generated_by     TEXT    NOT NULL,
            control_number   TEXT    NULL,
            recipient        TEXT    NULL,
            engine_build     TEXT    NULL,
            PRIMARY KEY (archive_number, format)
        )
        """,
        "CREATE INDEX IF NOT EXISTS ix_output_register_sha256 ON output_register (file_sha256)",
        "CREATE INDEX IF NOT EXISTS ix_output_register_kind_period ON output_register (kind, period)",
    ];

    public static IReadOnlyList<string> SqlServer { get; } =
    [
        """
        IF OBJECT_ID(N'dbo.output_register', N'U') IS NULL
        CREATE TABLE dbo.output_register (
            archive_number   NVARCHAR(100) NOT NULL,
            format           VARCHAR(8)    NOT NULL,
            kind             VARCHAR(64)   NOT NULL,
            subject          NVARCHAR(100) NOT NULL,
            period           VARCHAR(32)   NOT NULL,
            template_version CHAR(64)      NOT NULL,
            data_hash        CHAR(64)      NOT NULL,
            file_sha256      CHAR(64)      NOT NULL,
            file_name        NVARCHAR(260) NOT NULL,
            byte_count       BIGINT        NOT NULL,
            generated_at     VARCHAR(40)   NOT NULL,
            generated_by     NVARCHAR(128) NOT NULL,
            control_number   NVARCHAR(64)  NULL,
            recipient        NVARCHAR(128) NULL,
            engine_build     VARCHAR(128)  NULL,
            CONSTRAINT pk_output_register PRIMARY KEY (archive_number, format)
        )
        """,
        """
        IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_output_register_sha256')
        CREATE INDEX ix_output_register_sha256 ON dbo.output_register (file_sha256)
        """,
        """
        IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_output_register_kind_period')
        CREATE INDEX ix_output_register_kind_period ON dbo.output_register (kind, period)
        """,
    ];

    /// <summary>
    /// Columns added after the table's first release, for registers created before them: a query that counts the column
    /// (0 or 1) and the statement that adds it. Added columns are nullable, so existing rows stay valid.
    /// </summary>
    public static IReadOnlyList<(string Exists, string Add)> SqliteUpgrades { get; } =
    [
        ("SELECT COUNT(*) FROM pragma_table_info('output_register') WHERE name = 'engine_build'", "ALTER TABLE output_register ADD COLUMN engine_build TEXT NULL"),
    ];

    /// <inheritdoc cref="SqliteUpgrades"/>
    public static IReadOnlyList<(string Exists, string Add)> SqlServerUpgrades { get; } =
    [
        ("SELECT CASE WHEN COL_LENGTH(N'dbo.output_register', N'engine_build') IS NULL THEN 0 ELSE 1 END", "ALTER TABLE dbo.output_register ADD engine_build VARCHAR(128) NULL"),
    ];

    /// <summary>The statements for a dialect name (<c>sqlite</c>, <c>sqlserver</c>).</summary>
    public static IReadOnlyList<string> For(string dialectName) => IsSqlServer(dialectName) ? SqlServer : Sqlite;

    /// <summary>The column upgrades for a dialect name.</summary>
    public static IReadOnlyList<(string Exists, string Add)> UpgradesFor(string dialectName) => IsSqlServer(dialectName) ? SqlServerUpgrades : SqliteUpgrades;

    private static bool IsSqlServer(string dialectName) => string.Equals(dialectName, "sqlserver", StringComparison.Ordinal);
}
