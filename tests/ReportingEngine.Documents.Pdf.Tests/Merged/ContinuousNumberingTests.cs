using System.Globalization;
using System.Text.RegularExpressions;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Tests.Writer;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Merged;

/// <summary>Merged files numbered across documents (audit packs) and the start pages learnt before writing.</summary>
public sealed partial class ContinuousNumberingTests
{
    private static readonly MergedPdfOptions Continuous = new() { PageNumbering = MergedPageNumbering.Continuous };

    private static List<MergedDocument> Pack() =>
    [
        new(SampleDocuments.Notice(), "封面"),
        new(SampleDocuments.LongTable(120), "欠费明细"),
        new(SampleDocuments.Notice(), "通知"),
    ];

    [Fact]
    public void Planning_a_merged_file_gives_each_document_its_start_page_and_the_total()
    {
        var writer = new PdfDocumentWriter();
        var layout = writer.PlanMerged(Pack());

        Assert.Equal(3, layout.StartPages.Count);
        Assert.Equal(1, layout.StartPages[0]);
        Assert.True(layout.PageCounts[1] > 1, "the long table should need several pages");
        Assert.Equal(layout.StartPages[0] + layout.PageCounts[0], layout.StartPages[1]);
        Assert.Equal(layout.StartPages[1] + layout.PageCounts[1], layout.StartPages[2]);
        Assert.Equal(layout.PageCounts.Sum(), layout.TotalPages);
    }

    [Fact]
    public void Continuous_numbering_counts_the_pages_of_the_whole_file_in_every_footer()
    {
        var writer = new PdfDocumentWriter();
        var layout = writer.PlanMerged(Pack());
        var bytes = Write(writer, Pack(), Continuous);

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(layout.TotalPages, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            var footer = FooterNumbers().Match(Squash(page.Text));
            Assert.True(footer.Success, $"page {page.Number} has no 第 X 页 共 Y 页 footer: {page.Text}");
            Assert.Equal(page.Number, int.Parse(footer.Groups[1].Value, CultureInfo.InvariantCulture));
            Assert.Equal(pdf.NumberOfPages, int.Parse(footer.Groups[2].Value, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_default_options_still_restart_numbering_per_document()
    {
        var bytes = Write(new PdfDocumentWriter(), Pack(), MergedPdfOptions.Default);

        using var pdf = PdfDocument.Open(bytes);
        var last = pdf.GetPage(pdf.NumberOfPages);
        Assert.Contains("第1页共1页", Squash(last.Text), StringComparison.Ordinal);
        Assert.Contains("第1页共1页", Squash(pdf.GetPage(1).Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_point_at_the_planned_start_pages()
    {
        var writer = new PdfDocumentWriter();
        var layout = writer.PlanMerged(Pack());
        var bytes = Write(writer, Pack(), Continuous);

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.OfType<DocumentBookmarkNode>().ToList();
        Assert.Equal(["封面", "欠费明细", "通知"], roots.Select(r => r.Title));
        Assert.Equal(layout.StartPages, roots.Select(r => r.PageNumber));
    }

    [Fact]
    public void A_document_with_its_own_headings_gives_them_as_its_outline_without_an_extra_entry()
    {
        var section = Section();
        var documents = new List<MergedDocument>
        {
            new(SampleDocuments.Notice(), "封面"),
            new(section, "不应出现") { OutlineFromHeadings = true },
            new(SampleDocuments.Notice() with { Body = [new Paragraph("body", [new TextRun(SampleDocuments.Body1)])] }, "附件") { OutlineFromHeadings = true },
        };
        var writer = new PdfDocumentWriter();
        var layout = writer.PlanMerged(documents);
        var bytes = Write(writer, documents, Continuous);

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.OfType<DocumentBookmarkNode>().ToList();
        Assert.Equal(["封面", "一、收费情况", "附件"], roots.Select(r => r.Title));
        Assert.Equal(layout.StartPages, roots.Select(r => r.PageNumber));
        Assert.Equal(["1栋", "2栋"], roots[1].Children.Select(c => c.Title));
        Assert.DoesNotContain(Flatten(bookmarks.Roots), b => b.Title == "不应出现");
    }

    [Fact]
    public void The_same_documents_give_byte_identical_continuous_files()
    {
        var first = Write(new PdfDocumentWriter(), Pack(), Continuous);
        var second = Write(new PdfDocumentWriter(), Pack(), Continuous);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Planning_nothing_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PdfDocumentWriter().PlanMerged([]));
    }

    private static Document Section() => SampleDocuments.Notice() with
    {
        Body =
        [
            new Heading(1, "heading1", [new TextRun("一、收费情况")]),
            new Paragraph("body", [new TextRun(SampleDocuments.Body1)]),
            new Heading(2, "heading1", [new TextRun("1栋")]),
            new Paragraph("body", [new TextRun(SampleDocuments.Body2)]),
            new PageBreak(),
            new Heading(2, "heading1", [new TextRun("2栋")]),
            new Paragraph("body", [new TextRun(SampleDocuments.Body2)]),
        ],
    };

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    private static byte[] Write(PdfDocumentWriter writer, List<MergedDocument> documents, MergedPdfOptions options)
    {
        using var stream = new MemoryStream();
        writer.WriteMerged(documents, documents[0].Document.Info, stream, options);
        return stream.ToArray();
    }

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("第(\\d+)页共(\\d+)页")]
    private static partial Regex FooterNumbers();
}
