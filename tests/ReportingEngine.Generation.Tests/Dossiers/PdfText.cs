using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace ReportingEngine.Generation.Tests.Dossiers;

/// <summary>Text of a PDF (PdfPig, whitespace removed so CJK words compare whole) and DOCX validation.</summary>
internal static class PdfText
{
    public static string Of(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "", StringComparison.Ordinal);
    }

    public static int Pages(string path)
    {
        using var document = PdfDocument.Open(path);
        return document.NumberOfPages;
    }

    public static IReadOnlyList<string> TopBookmarks(string path)
    {
        using var document = PdfDocument.Open(path);
        return document.TryGetBookmarks(out var bookmarks) ? [.. bookmarks.Roots.Select(b => b.Title)] : [];
    }

    public static void AssertValidDocx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }
}
