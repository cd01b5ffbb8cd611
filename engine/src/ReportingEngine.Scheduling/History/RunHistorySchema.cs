namespace ReportingEngine.Scheduling.History;

/// <summary>
/// DDL of the <c>job_runs</c> table in the estate database, beside the output register: a run and the documents it
/// registered live in one database whatever the job store is. Times are ISO-8601 UTC text, as in the register.
/// </summary>
internal static class RunHistorySchema
{
    public static IReadOnlyList<string> Sqlite { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS job_runs (
            fire_id      TEXT    NOT NULL PRIMARY KEY,
            job_key      TEXT    NOT NULL,
            kind         TEXT    NOT NULL,
            node         TEXT    NOT NULL,
            scheduled_at TEXT    NOT NULL,
            started_at   TEXT    NOT NULL,
            finished_at  TEXT    NULL,
            outcome      TEXT    NOT NULL,
            documents    INTEGER NOT NULL,
            message      TEXT    NOT NULL
        )
        """,
        "CREATE INDEX IF NOT EXISTS ix_job_runs_started ON job_runs (started_at)",
    ];

    public static IReadOnlyList<string> SqlServer { get; } =
    [
        """
        IF OBJECT_ID(N'dbo.job_runs', N'U') IS NULL
        CREATE TABLE dbo.job_runs (
            fire_id      VARCHAR(100)   NOT NULL,
            job_key      NVARCHAR(300)  NOT NULL,
            kind         VARCHAR(64)    NOT NULL,
            node         NVARCHAR(200)  NOT NULL,
            scheduled_at VARCHAR(40)    NOT NULL,
            started_at   VARCHAR(40)    NOT NULL,
            finished_at  VARCHAR(40)    NULL,
            outcome      VARCHAR(16)    NOT NULL,
            documents    INT            NOT NULL,
            message      NVARCHAR(4000) NOT NULL,
            CONSTRAINT pk_job_runs PRIMARY KEY (fire_id)
        )
        """,
        """
        IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'ix_job_runs_started')
        CREATE INDEX ix_job_runs_started ON dbo.job_runs (started_at)
        """,
    ];

    /// <summary>A recovered firing that kept its fire id replaces its earlier row rather than failing on the key.</summary>
    public const string Delete = "DELETE FROM job_runs WHERE fire_id = @fire_id";

    /// <summary>
    /// Every job is <c>[DisallowConcurrentExecution]</c>, cluster-wide: when a run of a job starts, an earlier run of the same
    /// job still marked running can only be one whose worker died.
    /// </summary>
    public const string Interrupt =
        "UPDATE job_runs SET outcome = @interrupted, message = @message WHERE job_key = @job_key AND outcome = @running AND fire_id <> @fire_id";

    public const string Insert =
        "INSERT INTO job_runs (fire_id, job_key, kind, node, scheduled_at, started_at, finished_at, outcome, documents, message) " +
        "VALUES (@fire_id, @job_key, @kind, @node, @scheduled_at, @started_at, NULL, @outcome, 0, '')";

    public const string Finish =
        "UPDATE job_runs SET finished_at = @finished_at, outcome = @outcome, documents = @documents, message = @message WHERE fire_id = @fire_id";

    /// <summary>Newest first; the dialect adds the row limit.</summary>
    public const string Latest =
        "SELECT fire_id, job_key, kind, node, scheduled_at, started_at, finished_at, outcome, documents, message FROM job_runs ORDER BY started_at DESC, fire_id";

    public static IReadOnlyList<string> For(string dialectName) =>
        string.Equals(dialectName, "sqlserver", StringComparison.Ordinal) ? SqlServer : Sqlite;
}
