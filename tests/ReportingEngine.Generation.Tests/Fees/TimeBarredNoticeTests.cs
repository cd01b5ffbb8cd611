using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Rendering;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>R-COL-2 on a notice: a time-barred period is shown apart and never demanded; a period still within its
/// three years is demanded.</summary>
public sealed class TimeBarredNoticeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_time_barred_period_is_shown_apart_and_left_out_of_the_total_due()
    {
        using var estate = new SampleEstate();
        await using (var connection = new SqliteConnection(estate.ConnectionString))
        {
            await connection.OpenAsync();
            using var insert = connection.CreateCommand();
            // No payments: with oldest-first allocation any payment would settle the old periods first (and restart their clocks).
            // Due 2022-06-20: barred from 2025-06-21 (art. 188). Due 2023-12-20: runs until 2026-12-20, still demandable.
            insert.CommandText = """
                DELETE FROM payments WHERE unit_id = 'C01-B09-0101';
                INSERT INTO bills (id, unit_id, period, issued_on, due_on, total) VALUES
                ('OLD-2022-06', 'C01-B09-0101', '2022-06', '2022-06-15', '2022-06-20', '300.00'),
                ('OLD-2023-12', 'C01-B09-0101', '2023-12', '2023-12-15', '2023-12-20', '250.50')
                """;
            await insert.ExecuteNonQueryAsync();
        }

        var reader = EstateReaders.Create(estate.Database);
        var building = (await reader.GetBuildingsAsync(UnitScope.Building("C01-B09"), CancellationToken.None)).Single();
        var community = (await reader.GetCommunitiesAsync(CancellationToken.None)).Single(c => c.Id == building.CommunityId);
        var data = await new FeeNoticeSource(reader, FeeNoticeOptions.Default)
            .LoadAsync(null, community, building, FeeBatchFixture.Period, "C01-B09-0101", CancellationToken.None);
        var model = Assert.Single(data.Notices).Model;

        Assert.Equal(["2022-06"], model.TimeBarred.Select(t => t.Period));
        Assert.Equal(300.00m, model.TimeBarredTotal);
        Assert.Contains(model.Arrears, a => a.Period == "2023-12" && a.Outstanding == 250.50m);
        Assert.DoesNotContain(model.Arrears, a => a.Period == "2022-06");
        Assert.Equal(model.CurrentAmount + model.Arrears.Sum(a => a.Outstanding), model.TotalDue);

        var outcome = new DocumentRenderer(estate.Layout).Render(FeeNoticeBatch.NoticeKind, model, ["pdf"], CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        var path = Path.Combine(estate.Folder, "barred.pdf");
        await File.WriteAllBytesAsync(path, outcome.Files[0].Content);
        var text = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-layout", path, "-");
        if (text is null)
        {
            return;
        }

        var flat = text.StandardOutput.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        Assert.Contains("已超过诉讼时效", flat, StringComparison.Ordinal);
        Assert.Contains("未计入本次应缴金额", flat, StringComparison.Ordinal);
        Assert.Contains("2022年6月", flat, StringComparison.Ordinal);
        Assert.Contains(model.TotalDue.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture), flat, StringComparison.Ordinal);
    }
}
