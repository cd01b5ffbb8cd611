using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Layout;

public sealed class PaginationTests
{
    private static Table LongTable(int rows, int headerRows = 1)
    {
        var all = new List<TableRow> { Docs.Row("房号", "业主", "欠费金额") };
        if (headerRows == 2)
        {
            all.Add(Docs.Row("Room", "Owner", "Arrears"));
        }

        for (var i = 1; i <= rows; i++)
        {
            all.Add(Docs.Row($"R{i:000}", $"业主{i}", $"{i * 10.5:0.00}"));
        }

        return new Table([1, 2, 1], all) { HeaderRows = headerRows };
    }

    [Fact]
    public void A_table_of_200_rows_splits_over_pages_with_the_header_rows_first_on_every_page_and_no_row_split()
    {
        var plan = Docs.Plan(Docs.Document([LongTable(200, headerRows: 2)], Docs.PageFooter()));
        Assert.True(plan.Pages.Count >= 4, $"only {plan.Pages.Count} pages");
        var seen = new List<string>();
        foreach (var page in plan.Pages)
        {
            var lines = Docs.Lines(page);
            Assert.Equal("房号业主欠费金额", lines[0]);
            Assert.Equal("RoomOwnerArrears", lines[1]);
            seen.AddRange(lines.Where(l => l.StartsWith('R') && !l.StartsWith("Room", StringComparison.Ordinal)));
        }

        // Every row exactly once, in order, and each row whole on one line of one page.
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"R{i:000}业主{i}{i * 10.5:0.00}"), seen);
    }

    [Fact]
    public void Every_page_says_page_x_of_y_in_its_footer()
    {
        var plan = Docs.Plan(Docs.Document([LongTable(200)], Docs.PageFooter()));
        var total = plan.Pages.Count;
        for (var p = 0; p < total; p++)
        {
            Assert.Equal($"第 {p + 1} 页 共 {total} 页", Docs.Lines(plan.Pages[p])[^1]);
        }
    }

    [Fact]
    public void A_row_that_may_not_split_moves_whole_to_the_next_page()
    {
        var filler = Enumerable.Range(0, 30).Select(_ => (Block)Docs.Para("填充")).ToList(); // 30 × 18 pt = 540 pt of 694 pt
        var tall = new TableRow([new TableCell(Enumerable.Range(1, 12).Select(i => (Block)Docs.Para($"第{i}行")).ToList())]) { CantSplit = true };
        filler.Add(new Table([1], [tall]));
        var plan = Docs.Plan(Docs.Document(filler));
        Assert.Equal(2, plan.Pages.Count);
        var second = Docs.Lines(plan.Pages[1]);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"第{i}行"), second);
    }

    [Fact]
    public void A_row_that_may_split_is_cut_between_lines_at_the_page_end()
    {
        var filler = Enumerable.Range(0, 30).Select(_ => (Block)Docs.Para("填充")).ToList();
        var tall = new TableRow([new TableCell(Enumerable.Range(1, 12).Select(i => (Block)Docs.Para($"第{i}行")).ToList())]) { CantSplit = false };
        filler.Add(new Table([1], [tall]));
        var plan = Docs.Plan(Docs.Document(filler));
        Assert.Equal(2, plan.Pages.Count);
        var first = Docs.Lines(plan.Pages[0]).Where(l => l.StartsWith('第')).ToList();
        var second = Docs.Lines(plan.Pages[1]);
        Assert.NotEmpty(first);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"第{i}行"), first.Concat(second));
    }

    [Fact]
    public void A_keep_together_block_that_does_not_fit_moves_to_the_next_page()
    {
        var body = Enumerable.Range(0, 35).Select(_ => (Block)Docs.Para("填充")).ToList(); // 630 pt used
        body.Add(new KeepTogether([Docs.Para("落款一"), Docs.Para("落款二"), Docs.Para("落款三"), Docs.Para("落款四")]));
        var plan = Docs.Plan(Docs.Document(body));
        Assert.Equal(2, plan.Pages.Count);
        Assert.Equal(["落款一", "落款二", "落款三", "落款四"], Docs.Lines(plan.Pages[1]));
    }

    [Fact]
    public void A_keep_together_block_taller_than_a_page_flows_over_pages()
    {
        var plan = Docs.Plan(Docs.Document([new KeepTogether(Enumerable.Range(1, 60).Select(i => (Block)Docs.Para($"行{i}")).ToList())]));
        Assert.Equal(2, plan.Pages.Count);
        Assert.Equal(60, plan.Pages.Sum(p => Docs.Lines(p).Count));
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var plan = Docs.Plan(Docs.Document([Docs.Para("第一页"), new PageBreak(), Docs.Para("第二页")]));
        Assert.Equal(2, plan.Pages.Count);
        Assert.Equal(["第一页"], Docs.Lines(plan.Pages[0]));
        Assert.Equal(["第二页"], Docs.Lines(plan.Pages[1]));
    }

    [Fact]
    public void A_heading_is_never_left_alone_at_the_bottom_of_a_page()
    {
        var body = Enumerable.Range(0, 38).Select(_ => (Block)Docs.Para("填充")).ToList(); // 684 of 694 pt: room for no heading line
        body.Add(new Heading(1, "heading1", [new TextRun("二、收费标准")]));
        body.Add(Docs.Para("正文"));
        var plan = Docs.Plan(Docs.Document(body));
        Assert.Equal(["二、收费标准", "正文"], Docs.Lines(plan.Pages[^1]));
    }

    [Fact]
    public void Headings_and_bookmarks_become_outline_entries_with_page_and_position()
    {
        var body = new List<Block>
        {
            new Heading(1, "heading1", [new TextRun("一、总则")]),
            Docs.Para("正文"),
            new PageBreak(),
            new Bookmark("annex", "附件", 2),
            new Heading(1, "heading1", [new TextRun("二、细则")]),
        };
        var plan = Docs.Plan(Docs.Document(body));
        Assert.Equal(3, plan.Outline.Count);
        Assert.Equal(("一、总则", 1, 0), (plan.Outline[0].Title, plan.Outline[0].Level, plan.Outline[0].PageIndex));
        Assert.Equal(("附件", 2, 1), (plan.Outline[1].Title, plan.Outline[1].Level, plan.Outline[1].PageIndex));
        Assert.Equal(("二、细则", 1, 1), (plan.Outline[2].Title, plan.Outline[2].Level, plan.Outline[2].PageIndex));
        Assert.Equal(25 * 72 / 25.4, plan.Outline[0].Y, 3);
    }

    [Fact]
    public void Planning_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            Pdf.Layout.DocumentLayout.Plan(Docs.Document([LongTable(10)]), FakeFontProvider.Default, cancelled.Token));
    }

    [Fact]
    public void Table_borders_frame_each_page_of_a_split_table()
    {
        var plan = Docs.Plan(Docs.Document([LongTable(120)]));
        Assert.True(plan.Pages.Count >= 2);
        foreach (var page in plan.Pages)
        {
            var lines = page.Ops.OfType<LineOp>().Where(l => l.Y1 == l.Y2).ToList();
            var top = lines.Min(l => l.Y1);
            var bottom = lines.Max(l => l.Y1);
            Assert.Equal(25 * 72 / 25.4, top, 3);
            Assert.True(bottom > top + 100);
        }
    }
}
