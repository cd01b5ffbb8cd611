using System.Xml.Linq;
using ReportingEngine.Documents.Docx.Content;
using ReportingEngine.Documents.Docx.Tests.Tools;
using ReportingEngine.Documents.Docx.Units;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class LayoutTests
{
    private static readonly XNamespace W = DocxFile.W;

    private static XDocument Body(Document document)
    {
        using var word = DocxFile.Open(DocxFile.Write(document));
        return DocxFile.Part(word.MainDocumentPart!);
    }

    [Theory]
    [InlineData(210, 11906)]
    [InlineData(297, 16838)]
    [InlineData(15, 850)]
    [InlineData(25, 1417)]
    [InlineData(12, 680)]
    public void Millimetres_become_twips_exactly_then_rounded(double mm, int twips) =>
        Assert.Equal(twips, Measure.MmToTwips(mm));

    [Fact]
    public void The_section_has_the_profile_page_size_margins_and_header_footer_distances()
    {
        // R-NOT-2: A4, left and right margins 1.5 cm.
        var section = Body(Samples.Rich()).Descendants(W + "sectPr").Single();
        var margins = section.Element(W + "pgMar")!;

        Assert.Equal("11906", (string?)section.Element(W + "pgSz")!.Attribute(W + "w"));
        Assert.Equal("16838", (string?)section.Element(W + "pgSz")!.Attribute(W + "h"));
        Assert.Equal("850", (string?)margins.Attribute(W + "left"));
        Assert.Equal("850", (string?)margins.Attribute(W + "right"));
        Assert.Equal("1417", (string?)margins.Attribute(W + "top"));
        Assert.Equal("680", (string?)margins.Attribute(W + "header"));
    }

    [Fact]
    public void Header_rows_repeat_and_rows_may_not_split()
    {
        var table = Body(Samples.LongTable(5)).Descendants(W + "tbl").Single();
        var rows = table.Elements(W + "tr").ToList();

        Assert.NotNull(rows[0].Element(W + "trPr")!.Element(W + "tblHeader"));
        Assert.All(rows.Skip(1), r => Assert.Null(r.Element(W + "trPr")!.Element(W + "tblHeader")));
        Assert.All(rows, r => Assert.NotNull(r.Element(W + "trPr")!.Element(W + "cantSplit")));
    }

    [Fact]
    public void The_grid_is_scaled_to_the_text_width_exactly()
    {
        var widths = BlockRenderer.ScaleColumns([2, 3, 2, 2], 10206);

        Assert.Equal(10206, widths.Sum());
        Assert.Equal([2268, 3402, 2268, 2268], widths);
        var grid = Body(Samples.Rich()).Descendants(W + "tblGrid").First().Elements(W + "gridCol")
            .Select(c => int.Parse((string)c.Attribute(W + "w")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(11906 - 850 - 850, grid.Sum());
    }

    [Fact]
    public void Row_spans_get_continuation_cells_and_column_spans_a_grid_span()
    {
        var table = Body(Samples.Rich()).Descendants(W + "tbl").First();
        var rows = table.Elements(W + "tr").ToList();

        var restart = rows[1].Elements(W + "tc").First().Descendants(W + "vMerge").Single();
        Assert.Equal("restart", (string?)restart.Attribute(W + "val"));
        var continuation = rows[2].Elements(W + "tc").First();
        Assert.Null(continuation.Descendants(W + "vMerge").Single().Attribute(W + "val"));
        Assert.Equal(4, rows[2].Elements(W + "tc").Count());
        Assert.Equal("3", (string?)rows[3].Elements(W + "tc").First().Descendants(W + "gridSpan").Single().Attribute(W + "val"));
        Assert.Equal("F2F2F2", (string?)rows[0].Descendants(W + "shd").First().Attribute(W + "fill"));
    }

    [Fact]
    public void A_row_with_more_cells_than_columns_is_reported_with_its_place()
    {
        var table = new Table([1, 1], [Samples.Row(Samples.Cell("a"), Samples.Cell("b"), Samples.Cell("c"))])
        {
            Source = new SourceSpan("templates/x/template.sbn", 12, 5),
        };
        var document = Samples.Rich() with { Body = [table] };

        var error = Assert.Throws<InvalidOperationException>(() => DocxFile.Write(document));
        Assert.StartsWith("templates/x/template.sbn(12,5): row 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_together_keeps_every_paragraph_but_the_last_with_the_next()
    {
        var document = Samples.Rich() with
        {
            Body =
            [
                new KeepTogether([Samples.Para("body", Samples.Text("一")), Samples.Para("body", Samples.Text("二")), Samples.Para("body", Samples.Text("三"))]),
                Samples.Para("body", Samples.Text("四")),
            ],
        };
        var paragraphs = Body(document).Descendants(W + "body").Single().Elements(W + "p").ToList();

        Assert.NotNull(paragraphs[0].Descendants(W + "keepNext").SingleOrDefault());
        Assert.NotNull(paragraphs[1].Descendants(W + "keepNext").SingleOrDefault());
        Assert.Null(paragraphs[2].Descendants(W + "keepNext").SingleOrDefault());
        Assert.NotNull(paragraphs[2].Descendants(W + "keepLines").SingleOrDefault());
        Assert.Null(paragraphs[3].Descendants(W + "keepNext").SingleOrDefault());
    }

    [Fact]
    public void Checkboxes_blanks_breaks_and_page_breaks_use_the_word_constructs()
    {
        var body = Body(Samples.Rich());
        var texts = body.Descendants(W + "t").Select(t => t.Value).ToList();

        Assert.Contains("\u2611", texts);
        Assert.Contains("\u2610", texts);
        var blank = body.Descendants(W + "r").Single(r => r.Value == new string('\u3000', 6));
        Assert.Equal("single", (string?)blank.Descendants(W + "u").Single().Attribute(W + "val"));
        Assert.Contains(body.Descendants(W + "br"), b => (string?)b.Attribute(W + "type") == "page");
        Assert.Contains(body.Descendants(W + "br"), b => b.Attribute(W + "type") is null);
    }

    [Fact]
    public void Headings_carry_sanitized_unique_bookmarks_and_an_outline_level()
    {
        var body = Body(Samples.Rich());
        var names = body.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!).ToList();
        var ids = body.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "id")!).ToList();

        Assert.Contains("payment_methods", names);
        Assert.Contains("fee_table", names);
        Assert.Contains("_Toc00000001", names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]{0,39}$", n));
        var heading = body.Descendants(W + "p").First(p => p.Value == "一、缴费方式");
        Assert.Equal("0", (string?)heading.Descendants(W + "outlineLvl").Single().Attribute(W + "val"));
    }

    [Fact]
    public void A_spacer_is_an_empty_paragraph_of_exact_height()
    {
        var spacer = Body(Samples.Rich()).Descendants(W + "spacing").Single(s => (string?)s.Attribute(W + "lineRule") == "exact");

        Assert.Equal("360", (string?)spacer.Attribute(W + "line"));
    }
}
