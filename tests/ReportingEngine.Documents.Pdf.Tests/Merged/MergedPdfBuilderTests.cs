using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Tests.Writer;
using UglyToad.PdfPig;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Merged;

/// <summary>Print files built one document at a time (the fee batch draws each notice as it is made).</summary>
public sealed class MergedPdfBuilderTests
{
    private static readonly DocumentInfo Info = new("1栋 2026年10月 缴费通知单（打印合订本）", "zh-CN", "FNP-2026-10-C01-B01", new DateOnly(2026, 10, 15));

    [Fact]
    public void Adding_documents_one_by_one_gives_the_same_file_as_writing_them_together()
    {
        var documents = new List<MergedDocument> { new(SampleDocuments.Notice(), "3-302 王建国"), new(SampleDocuments.LongTable(80), "欠费明细"), new(SampleDocuments.Notice(), "3-303") };
        var writer = new PdfDocumentWriter();
        using var together = new MemoryStream();
        writer.WriteMerged(documents, Info, together);

        var incremental = new PdfDocumentWriter().BeginMerged();
        foreach (var document in documents)
        {
            incremental.Add(document);
        }

        using var oneByOne = new MemoryStream();
        incremental.Save(Info, oneByOne);

        Assert.Equal(together.ToArray(), oneByOne.ToArray());
        using var pdf = PdfDocument.Open(oneByOne.ToArray());
        Assert.Equal(3, incremental.Count);
        Assert.True(pdf.NumberOfPages > 3);
    }

    [Fact]
    public void An_empty_print_file_is_refused()
    {
        var empty = new PdfDocumentWriter().BeginMerged();

        Assert.Throws<InvalidOperationException>(() => empty.Save(Info, new MemoryStream()));
    }
}
