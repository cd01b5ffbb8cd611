using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReportingEngine.Data.Dialects;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Reading;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Tests;

public class TransactSqlTests
{
    private static void AssertParses(string sql, string what)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, what + ": " + string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}) {e.Message}")) + "\n" + sql);
    }

    [Fact]
    public void The_sql_server_schema_script_is_valid_T_SQL()
    {
        AssertParses(DatabaseInitializer.ReadSchemaScript(SqlServerDialect.Instance), "schema/sqlserver.sql");
    }

    [Fact]
    public void Every_query_of_the_data_project_is_valid_T_SQL()
    {
        var queries = typeof(Queries).GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(string) && !f.IsLiteral)
            .Select(f => (f.Name, Sql: (string)f.GetValue(null)!))
            .ToList();
        Assert.True(queries.Count >= 25, "expected every reader query, found " + queries.Count);
        foreach (var (name, sql) in queries)
        {
            AssertParses(sql, name);
        }

        foreach (var table in EstateSchema.Tables)
        {
            AssertParses(Queries.CountRows(table), "CountRows " + table.Name);
        }

        AssertParses(SqlServerDialect.Instance.Limit(Queries.Communities, "rows"), "limited query");
    }

    [Fact]
    public void The_import_insert_statements_are_valid_T_SQL()
    {
        foreach (var table in EstateSchema.Tables)
        {
            var sql = "INSERT INTO " + table.Name + " (" + string.Join(", ", table.Columns.Select(c => c.Name)) + ") VALUES ("
                + string.Join(", ", table.Columns.Select((_, i) => "@p" + i)) + ")";
            AssertParses(sql, table.Name);
        }
    }

    [Fact]
    public void A_broken_statement_is_reported_by_the_parser()
    {
        Assert.ThrowsAny<Exception>(() => AssertParses("SELECT FROM WHERE units", "broken"));
    }
}
