namespace ReportingEngine.Generation.Tests.Dossiers;

public sealed class InspectionRecordTests(DossierEstateFixture estate) : IClassFixture<DossierEstateFixture>
{
    [Fact]
    public async Task Before_either_trigger_no_inspection_is_due_and_nothing_is_written()
    {
        // R-QI-1: move-in 2024-01-01; all units occupied 2024-02-01 (5 of 6 = 83 %), so on 2024-01-20 neither trigger holds.
        var result = await estate.Documents.InspectionAsync(estate.Job(new DateOnly(2024, 1, 20)), null, false, CancellationToken.None);
        Assert.Contains(result.Errors, e => e.Contains("R-QI-1", StringComparison.Ordinal));
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task Once_occupancy_reaches_80_percent_the_full_inspection_lists_every_dossier()
    {
        // R-QI-1: 83 % occupied on 2024-02-01, before the first anniversary; the full inspection of 2025-01-10 lies ahead.
        var result = await estate.Documents.InspectionAsync(estate.Job(new DateOnly(2024, 3, 1), "pdf", "docx"), null, false, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var text = PdfText.Of(result.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Contains("全面检查", text, StringComparison.Ordinal);
        foreach (var unit in new[] { "X01-B01-0101", "X01-B01-0102", "X01-B01-0103", "X01-B02-0101", "X01-B02-0102", "X01-B02-0201" })
        {
            Assert.Contains(unit, text, StringComparison.Ordinal);
        }

        // R-QI-3: the inspector is the customer-service supervisor; findings the data shows are printed.
        Assert.Contains("检查人（客户服务主管）签名", text, StringComparison.Ordinal);
        Assert.Contains("缺：区域防火责任书", text, StringComparison.Ordinal);
        Assert.Contains("未入伙，暂无应有资料", text, StringComparison.Ordinal);
        PdfText.AssertValidDocx(result.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task After_the_full_inspection_the_half_yearly_sample_is_drawn_reproducibly_from_the_printed_seed()
    {
        // R-QI-2: 6 dossiers → 5 % rounded up = 1; same seed, same document byte for byte.
        var first = await estate.Documents.InspectionAsync(estate.Job(new DateOnly(2025, 12, 1)), 4242UL, false, CancellationToken.None);
        var second = await estate.Documents.InspectionAsync(estate.Job(new DateOnly(2025, 12, 1)), 4242UL, false, CancellationToken.None);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Contains(first.Notes, n => n.Contains("sample of 1 of 6", StringComparison.Ordinal));
        var a = await File.ReadAllBytesAsync(first.Files.Single());
        var b = await File.ReadAllBytesAsync(second.Files.Single());
        Assert.Equal(a, b);
        var text = PdfText.Of(first.Files.Single());
        Assert.Contains("抽样检查", text, StringComparison.Ordinal);
        Assert.Contains("4242", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_completed_variant_lists_the_inspections_the_data_records()
    {
        var result = await estate.Documents.InspectionAsync(estate.Job(new DateOnly(2025, 12, 1)), null, true, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var text = PdfText.Of(result.Files.Single());
        Assert.Contains("2025-01-10", text, StringComparison.Ordinal);
        Assert.Contains("已通知业主追补缺失资料", text, StringComparison.Ordinal);
    }
}
