using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReportingEngine.Data.Reading;
using ReportingEngine.Data.Reading.Fees;
using ReportingEngine.Domain.Common;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>
/// The fee batch reads each building through its units (the scoped general queries were quadratic in the estate's
/// size); the rows must be exactly those the general reader gives for the building, in the same order.
/// </summary>
public sealed class BuildingLedgerReaderTests(SampleEstate estate) : IClassFixture<SampleEstate>
{
    private static readonly BillingPeriod First = new(2000, 1);
    private static readonly BillingPeriod Period = new(2026, 10);

    [Fact]
    public async Task A_buildings_ledger_matches_the_general_reader_row_for_row()
    {
        var database = estate.Database;
        var general = EstateReaders.Create(database);
        var ledger = new BuildingLedgerReader(database);
        var scope = UnitScope.Building(FeeBatchFixture.BuildingId);
        var ct = CancellationToken.None;

        var units = await ToListAsync(ledger.StreamUnitsAsync(FeeBatchFixture.BuildingId, ct));
        Assert.NotEmpty(units);
        Assert.Equal(
            (await ToListAsync(general.StreamUnitsAsync(scope, ct))).Select(u => (u.Unit, string.Join("、", u.Owners.Select(o => o.Id)))),
            units.Select(u => (u.Unit, string.Join("、", u.Owners.Select(o => o.Id)))));

        var bills = await ToListAsync(ledger.StreamBillsAsync(FeeBatchFixture.BuildingId, First, Period, ct));
        Assert.NotEmpty(bills);
        Assert.Equal(await ToListAsync(general.StreamBillsAsync(First, Period, scope, ct)), bills);

        var statements = await ToListAsync(ledger.StreamBillStatementsAsync(FeeBatchFixture.BuildingId, Period, Period, ct));
        var expected = await ToListAsync(general.StreamBillStatementsAsync(Period, Period, scope, ct));
        Assert.Equal(expected.Select(s => s.Bill), statements.Select(s => s.Bill));
        Assert.Equal(expected.SelectMany(s => s.Lines), statements.SelectMany(s => s.Lines));

        Assert.Equal(await ToListAsync(general.StreamPaymentsAsync(First, Period, scope, ct)), await ToListAsync(ledger.StreamPaymentsAsync(FeeBatchFixture.BuildingId, First, Period, ct)));
        Assert.Equal(await ToListAsync(general.StreamDeliveriesAsync(scope, ct)), await ToListAsync(ledger.StreamDeliveriesAsync(FeeBatchFixture.BuildingId, ct)));
    }

    public static TheoryData<string> Queries()
    {
        var type = typeof(BuildingLedgerReader).Assembly.GetType("ReportingEngine.Data.Reading.Fees.BuildingLedgerQueries", throwOnError: true)!;
        var data = new TheoryData<string>();
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string)))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_building_ledger_query_is_valid_transact_sql(string name)
    {
        var type = typeof(BuildingLedgerReader).Assembly.GetType("ReportingEngine.Data.Reading.Fees.BuildingLedgerQueries", throwOnError: true)!;
        var sql = (string)type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        using var reader = new StringReader(sql);

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"({e.Line},{e.Column}) {e.Message}"))}");
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
