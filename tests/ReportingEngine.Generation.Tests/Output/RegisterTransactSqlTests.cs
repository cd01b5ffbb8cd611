using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Tests.Output;

/// <summary>SQL Server cannot run here: the register's T-SQL is proven by parsing it (DESIGN.md, Database).</summary>
public sealed class RegisterTransactSqlTests
{
    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        var index = 0;
        foreach (var statement in RegisterSchema.SqlServer)
        {
            data.Add($"schema[{index++}]", statement);
        }

        index = 0;
        foreach (var (exists, add) in RegisterSchema.SqlServerUpgrades)
        {
            data.Add($"upgrade[{index}].exists", exists);
            data.Add($"upgrade[{index++}].add", add);
        }

        foreach (var field in typeof(RegisterQueries).GetFields(BindingFlags.Public | BindingFlags.Static)
                     .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != nameof(RegisterQueries.Columns)))
        {
            data.Add(field.Name, (string)field.GetRawConstantValue()!);
        }

        data.Add(nameof(RegisterQueries.ByArchiveNumbers), RegisterQueries.ByArchiveNumbers(3));

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Every_register_statement_is_valid_transact_sql(string name, string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);

        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}) {e.Message}"))}");
    }
}
