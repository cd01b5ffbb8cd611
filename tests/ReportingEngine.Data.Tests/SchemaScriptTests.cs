using ReportingEngine.Data.Dialects;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Tests;

public class SchemaScriptTests
{
    public static TheoryData<string> Dialects => new() { "sqlite", "sqlserver" };

    private static ISqlDialect Dialect(string name) => name == "sqlite" ? SqliteDialect.Instance : SqlServerDialect.Instance;

    [Theory]
    [MemberData(nameof(Dialects))]
    public void The_shipped_schema_script_equals_the_contract(string dialectName)
    {
        var dialect = Dialect(dialectName);
        var path = Path.Combine(TestPaths.RepoRoot, "engine/src/ReportingEngine.Data/schema", dialectName + ".sql");
        var expected = SchemaScript.Generate(dialect);
        if (Environment.GetEnvironmentVariable("RE_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
        Assert.Equal(expected, DatabaseInitializer.ReadSchemaScript(dialect));
    }

    [Fact]
    public void Both_scripts_create_the_same_tables_including_the_issue_contract()
    {
        var required = new[]
        {
            "communities", "buildings", "units", "owners", "tenants", "dossier_documents", "fee_items", "bills", "bill_lines", "payments",
            "collection_actions", "deliveries", "borrowings", "inspections", "complaints", "repairs", "visits", "survey_responses",
        };
        foreach (var dialect in new ISqlDialect[] { SqliteDialect.Instance, SqlServerDialect.Instance })
        {
            var script = DatabaseInitializer.ReadSchemaScript(dialect);
            foreach (var table in required)
            {
                Assert.Contains("CREATE TABLE " + table + " (", script, StringComparison.Ordinal);
            }
        }

        Assert.Contains("period CHAR(7)", DatabaseInitializer.ReadSchemaScript(SqlServerDialect.Instance), StringComparison.Ordinal);
        Assert.Contains("quarter CHAR(6)", DatabaseInitializer.ReadSchemaScript(SqlServerDialect.Instance), StringComparison.Ordinal);
        Assert.Contains("amount DECIMAL(18,2)", DatabaseInitializer.ReadSchemaScript(SqlServerDialect.Instance), StringComparison.Ordinal);
    }
}
