using ReportingEngine.Documents.Barcodes;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Tests.Barcodes;

public sealed class QrModulesTests
{
    [Fact]
    public void A_block_is_encoded_once_and_shared_by_every_writer()
    {
        var code = new QrCode("缴费 FN-2026-10-C01-B01-0101", 30);

        var first = QrModules.Of(code);

        Assert.Same(first, QrModules.Of(code));
    }

    [Fact]
    public void The_matrix_has_the_quiet_zone_and_the_finder_patterns()
    {
        var modules = QrModules.Encode("https://pay.example.cn/notice/TZ-2026-001");

        // Quiet zone of four light modules, then the top-left finder pattern's dark 7×7 border.
        Assert.False(modules.IsDark(0, 0));
        Assert.False(modules.IsDark(3, 3));
        Assert.True(modules.IsDark(4, 4));
        Assert.True(modules.IsDark(4, 10));
        Assert.True(modules.IsDark(10, 4));
        Assert.Equal(
            Enumerable.Range(0, modules.Size).Sum(r => Enumerable.Range(0, modules.Size).Count(c => modules.IsDark(r, c))),
            modules.DarkRuns().Sum(run => run.Length));
    }
}
