using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Tests.Writer;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Merged;

/// <summary>
/// A merged print file of documents the writer has just written on their own replays their kept layout plans
/// (issue 5: the fee batch's print file no longer lays every notice out twice) — with exactly the bytes a fresh layout gives.
/// </summary>
public sealed class ReusedPlanTests
{
    private static readonly DocumentInfo PackInfo = new("合订本", "zh-CN", "PACK-1", new DateOnly(2026, 10, 15));

    private static List<Document> Documents() => [SampleDocuments.Notice(), SampleDocuments.LongTable(60), SampleDocuments.Notice()];

    [Fact]
    public void A_print_file_of_documents_written_before_is_byte_identical_to_one_laid_out_afresh()
    {
        var documents = Documents();
        var writer = new PdfDocumentWriter();
        foreach (var document in documents)
        {
            using var single = new MemoryStream();
            writer.Write(document, single);
        }

        var reused = Merge(writer, documents, MergedPdfOptions.Default);
        var fresh = Merge(new PdfDocumentWriter(), Documents(), MergedPdfOptions.Default);

        Assert.Equal(fresh, reused);
    }

    [Fact]
    public void Continuous_numbering_never_reuses_a_plan_numbered_on_its_own()
    {
        var documents = Documents();
        var writer = new PdfDocumentWriter();
        foreach (var document in documents)
        {
            using var single = new MemoryStream();
            writer.Write(document, single);
        }

        var continuous = new MergedPdfOptions { PageNumbering = MergedPageNumbering.Continuous };
        var reused = Merge(writer, documents, continuous);
        var fresh = Merge(new PdfDocumentWriter(), Documents(), continuous);

        Assert.Equal(fresh, reused);
        Assert.NotEqual(Merge(new PdfDocumentWriter(), Documents(), MergedPdfOptions.Default), reused);
    }

    private static byte[] Merge(PdfDocumentWriter writer, List<Document> documents, MergedPdfOptions options)
    {
        using var output = new MemoryStream();
        writer.WriteMerged([.. documents.Select((d, i) => new MergedDocument(d, "文件 " + (i + 1)))], PackInfo, output, options);
        return output.ToArray();
    }
}
