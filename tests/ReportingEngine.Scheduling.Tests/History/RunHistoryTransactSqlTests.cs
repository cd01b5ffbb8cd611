using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReportingEngine.Data.Dialects;
using ReportingEngine.Scheduling.History;

namespace ReportingEngine.Scheduling.Tests.History;

/// <summary>SQL Server cannot run here: the run history's T-SQL is proven by parsing it, as the register's is.</summary>
public sealed class RunHistoryTransactSqlTests
{
    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        for (var i = 0; i < RunHistorySchema.SqlServer.Count; i++)
        {
            data.Add($"schema[{i}]", RunHistorySchema.SqlServer[i]);
        }

        data.Add(nameof(RunHistorySchema.Delete), RunHistorySchema.Delete);
        data.Add(nameof(RunHistorySchema.Interrupt), RunHistorySchema.Interrupt);
        data.Add(nameof(RunHistorySchema.Insert), RunHistorySchema.Insert);
        data.Add(nameof(RunHistorySchema.Finish), RunHistorySchema.Finish);
        data.Add(nameof(RunHistorySchema.Latest), new SqlServerDialect().Limit(RunHistorySchema.Latest, "rows"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Every_run_history_statement_is_valid_transact_sql(string name, string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);

        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}) {e.Message}"))}");
    }
}
