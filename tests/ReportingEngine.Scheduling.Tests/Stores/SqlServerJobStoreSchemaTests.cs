using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Tests.Stores;

/// <summary>SQL Server cannot run on these machines: its statements are parsed with ScriptDom instead.</summary>
public sealed class SqlServerJobStoreSchemaTests
{
    public static TheoryData<string> Statements()
    {
        var data = new TheoryData<string>();
        foreach (var statement in SchemaScript.Load(JobStoreProvider.SqlServer, JobStoreSettings.DefaultTablePrefix).Statements)
        {
            data.Add(statement);
        }

        data.Add(SqlServerSchemaDialect.LockSql);
        data.Add(SqlServerSchemaDialect.Instance.ExistingTablesSql);
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Every_sql_server_statement_parses_without_errors(string statement)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);

        using var reader = new StringReader(statement);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(error => $"({error.Line},{error.Column}): {error.Message}")) + "\n" + statement);
    }

    [Fact]
    public void The_sql_server_script_creates_the_tables_quartz_needs()
    {
        var script = SchemaScript.Load(JobStoreProvider.SqlServer, "QRTZ_");

        Assert.Equal("Quartz.Impl.AdoJobStore.Schema.create_sqlServer.sql", script.ResourceName);
        foreach (var table in new[] { "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_FIRED_TRIGGERS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS", "QRTZ_CALENDARS" })
        {
            Assert.Contains(table, script.Tables);
        }

        Assert.DoesNotContain(script.Statements, statement => statement.Contains("{0}", StringComparison.Ordinal) || statement.Contains("{1}", StringComparison.Ordinal));
        Assert.DoesNotContain(script.Statements, statement => statement.Contains("DROP ", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(JobStoreProvider.Sqlite, "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql")]
    [InlineData(JobStoreProvider.Postgres, "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql")]
    [InlineData(JobStoreProvider.SqlServer, "Quartz.Impl.AdoJobStore.Schema.create_sqlServer.sql")]
    public void Each_provider_script_is_embedded_in_quartz(JobStoreProvider provider, string resource)
    {
        Assert.Contains(resource, typeof(Quartz.IScheduler).Assembly.GetManifestResourceNames());
        Assert.NotEmpty(SchemaScript.Load(provider, "QRTZ_").Statements);
    }

    [Fact]
    public void The_script_splits_on_the_separator_line_and_drops_comments()
    {
        const string text = "-- header\n--;;\n-- {0}A\nCREATE TABLE IF NOT EXISTS {0}A (x int);\n--;;\n-- IDX_{1}A\nCREATE INDEX IDX_{1}A ON {0}A(x);\n";

        var script = SchemaScript.Parse("test.sql", text, "P_");

        Assert.Equal(["CREATE TABLE IF NOT EXISTS P_A (x int);", "CREATE INDEX IDX_P_A ON P_A(x);"], script.Statements);
        Assert.Equal(["P_A"], script.Tables);
    }
}
