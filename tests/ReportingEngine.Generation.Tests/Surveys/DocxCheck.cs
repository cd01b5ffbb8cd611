using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ReportingEngine.Generation.Tests.Surveys;

/// <summary>Open XML SDK validation of a DOCX: the list of errors, empty when valid.</summary>
internal static class DocxCheck
{
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Fails with every validation error listed when the DOCX is not valid.</summary>
    public static void AssertValid(byte[] docx)
    {
        var errors = Errors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    /// <summary>Number of embedded chart parts (native Word charts).</summary>
    public static int Charts(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.ChartParts.Count();
    }
}
