using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;

namespace ReportingEngine.Data.Tests;

public class ImportDiagnosticsTests
{
    private static async Task<(ImportResult Result, string DbFile)> ImportAsync(string dir)
    {
        var dbFile = Path.Combine(dir, "out", "estate.db");
        var database = EstateConnectionFactory.Create("Data Source=" + dbFile);
        var result = await DatabaseInitializer.InitializeAsync(database, dir, CancellationToken.None);
        return (result, dbFile);
    }

    private static async Task AssertFailsAsync(string dir, string expected)
    {
        var (result, dbFile) = await ImportAsync(dir);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains(expected, StringComparison.Ordinal));
        // Nothing half-imported: the target database was never created.
        Assert.False(File.Exists(dbFile), "a failed import must not leave a database behind");
    }

    [Fact]
    public async Task The_mini_estate_imports_cleanly()
    {
        var (result, dbFile) = await ImportAsync(MiniEstate.Create());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.RowCounts.Single(c => c.Key == "units").Value);
        Assert.True(File.Exists(dbFile));
    }

    [Fact]
    public async Task A_non_positive_building_area_is_reported_with_file_and_line()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B01-0103,C01-B01,1,1,03,-3,residence,");
        await AssertFailsAsync(dir, Path.Combine(dir, "units.csv") + "(4): error: building_area must be > 0");
    }

    [Fact]
    public async Task Duplicate_unit_ids_are_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B01-0101,C01-B01,1,2,01,89.50,residence,");
        await AssertFailsAsync(dir, "units.csv(4): error: duplicate id 'C01-B01-0101' (first defined on line 2)");
    }

    [Fact]
    public async Task An_unknown_foreign_key_is_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B09-0101,C01-B09,1,1,01,89.50,residence,");
        await AssertFailsAsync(dir, "units.csv(4): error: building_id 'C01-B09' does not exist in buildings");
    }

    [Fact]
    public async Task A_malformed_date_is_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B01-0201,C01-B01,1,2,01,89.50,residence,2019-13-45");
        await AssertFailsAsync(dir, "units.csv(4): error: occupied_on '2019-13-45' is not a date YYYY-MM-DD");
    }

    [Fact]
    public async Task Negative_money_is_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "bills", "B1,C01-B01-0101,2026-10,2026-10-15,2026-10-20,-12.00");
        await AssertFailsAsync(dir, "bills.csv(2): error: total must not be negative");
    }

    [Fact]
    public async Task Money_with_more_than_two_decimals_is_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "bills", "B1,C01-B01-0101,2026-10,2026-10-15,2026-10-20,12.005");
        await AssertFailsAsync(dir, "bills.csv(2): error: total has more than 2 decimals");
    }

    [Fact]
    public async Task An_over_long_field_is_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B01-0201,C01-B01,1,2,01234567890,89.50,residence,");
        await AssertFailsAsync(dir, "units.csv(4): error: room is 11 characters long, at most 10 allowed");
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("C01/B01")]
    [InlineData("C01\\B01")]
    public async Task Path_characters_in_ids_are_rejected(string id)
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "buildings", $"\"{id}\",C01,2栋,residential,2,18,2");
        await AssertFailsAsync(dir, $"buildings.csv(3): error: id '{id}' contains a path character");
    }

    [Fact]
    public async Task A_missing_required_column_is_reported_on_the_header_line()
    {
        var dir = MiniEstate.Create();
        File.WriteAllText(MiniEstate.Path(dir, "fee_items"), "id,community_id,code,name,kind,basis,unit_of_measure\n");
        await AssertFailsAsync(dir, "fee_items.csv(1): error: required column 'rate' is missing from the header");
    }

    [Fact]
    public async Task A_row_with_the_wrong_column_count_is_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B01-0201,C01-B01,1,2,01,89.50");
        await AssertFailsAsync(dir, "units.csv(4): error: row has 6 fields, the header has 8");
    }

    [Fact]
    public async Task An_unknown_code_is_rejected()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B01-0201,C01-B01,1,2,01,89.50,castle,");
        await AssertFailsAsync(dir, "units.csv(4): error: unit_use 'castle' is not one of: residence, shop, office");
    }

    [Fact]
    public async Task A_missing_file_is_reported()
    {
        var dir = MiniEstate.Create();
        File.Delete(MiniEstate.Path(dir, "visits"));
        await AssertFailsAsync(dir, "visits.csv(1): error: file is missing");
    }

    [Fact]
    public async Task Every_error_is_collected_not_only_the_first()
    {
        var dir = MiniEstate.Create();
        MiniEstate.Append(dir, "units", "C01-B01-0201,C01-B01,1,2,01,0,residence,");
        MiniEstate.Append(dir, "units", "C01-B01-0202,C01-B01,1,2,02,50,residence,yesterday");
        MiniEstate.Append(dir, "bills", "B1,C01-B01-0101,2026-13,2026-10-15,2026-10-20,1.00");
        var (result, _) = await ImportAsync(dir);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.EndsWith("units.csv(4): error: building_area must be > 0", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.EndsWith("units.csv(5): error: occupied_on 'yesterday' is not a date YYYY-MM-DD", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.EndsWith("bills.csv(2): error: period '2026-13' is not a period YYYY-MM", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_reimport_leaves_the_previous_database_untouched()
    {
        var dir = MiniEstate.Create();
        var (first, dbFile) = await ImportAsync(dir);
        Assert.True(first.Succeeded);
        MiniEstate.Append(dir, "units", "C01-B01-0101,C01-B01,1,2,01,89.50,residence,");
        var (second, _) = await ImportAsync(dir);
        Assert.False(second.Succeeded);
        await using var connection = new SqliteConnection("Data Source=" + dbFile);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM units";
        Assert.Equal(2L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Quoted_fields_with_commas_quotes_newlines_and_a_bom_are_parsed()
    {
        var dir = MiniEstate.Create();
        var path = MiniEstate.Path(dir, "major_events");
        var text = File.ReadAllText(path) + "C01-E01,C01,,major_complaint,2026-01-05,\"电梯, 故障\",\"业主说\"\"太慢\"\"\n第二行\",,,\n";
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(true));
        var (result, dbFile) = await ImportAsync(dir);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var events = await Reading.EstateReaders.Create("Data Source=" + dbFile).GetMajorEventsAsync(null, CancellationToken.None);
        var e = Assert.Single(events);
        Assert.Equal("电梯, 故障", e.Title);
        Assert.Equal("业主说\"太慢\"\n第二行", e.Description);
    }
}
