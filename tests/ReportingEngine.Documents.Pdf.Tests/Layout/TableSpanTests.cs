using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Layout;

public sealed class TableSpanTests
{
    private const double Left = 20 * 72 / 25.4;
    private const double TextWidth = 170 * 72 / 25.4;

    private static TableCell Cell(string text) => new([new Paragraph("", [new TextRun(text)])]);

    [Fact]
    public void A_column_span_cell_is_as_wide_as_the_columns_it_covers_and_centred_content_is_centred_there()
    {
        var table = new Table([1, 1, 2],
        [
            new TableRow([Cell("合计") with { ColSpan = 2, Alignment = TextAlignment.Center }, Cell("100")]),
        ]);
        var text = Docs.Plan(Docs.Document([table])).Pages[0].Ops.OfType<TextOp>().First(t => t.Text == "合计");
        var spanWidth = TextWidth / 2;
        Assert.Equal(Left + (spanWidth - 21) / 2, text.X, 6); // 2 × 10.5 pt centred in the span
    }

    [Fact]
    public void Rows_joined_by_a_row_span_move_to_the_next_page_together()
    {
        var body = Enumerable.Range(0, 37).Select(_ => (Block)Docs.Para("填充")).ToList(); // 666 pt
        body.Add(new Spacer(9)); // 675 of 700.16 pt: room for one 16.6 pt row, not for two
        body.Add(new Table([1, 2],
        [
            new TableRow([Cell("1栋") with { RowSpan = 2 }, Cell("101")]),
            new TableRow([Cell("102")]),
        ]));
        var plan = Docs.Plan(Docs.Document(body));
        Assert.Equal(2, plan.Pages.Count);
        Assert.DoesNotContain(Docs.Lines(plan.Pages[0]), l => l.Contains("10", StringComparison.Ordinal));
        Assert.Equal(["101", "1栋", "102"], Docs.Lines(plan.Pages[1])); // 1栋 is centred across both rows
    }

    [Fact]
    public void Header_blocks_are_laid_out_in_the_top_margin_on_every_page()
    {
        var document = Docs.Document([Docs.Para("一"), new PageBreak(), Docs.Para("二")]) with { Header = [Docs.Para("阳光花园物业服务中心", "footer")] };
        var plan = Docs.Plan(document);
        foreach (var page in plan.Pages)
        {
            var header = page.Ops.OfType<TextOp>().Single(t => t.Text == "阳光花园物业服务中心");
            Assert.True(header.Baseline > 12 * 72 / 25.4 && header.Baseline < 25 * 72 / 25.4);
        }
    }
}
