using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Tests.Tools;

/// <summary>Writes models with the real writer and reads the result back.</summary>
internal static class DocxFile
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Write(Document document)
    {
        using var stream = new MemoryStream();
        new DocxDocumentWriter().Write(document, stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    public static XDocument Part(OpenXmlPart part)
    {
        using var stream = part.GetStream();
        return XDocument.Load(stream);
    }

    public static IReadOnlyList<string> ValidationErrors(byte[] bytes)
    {
        using var document = Open(bytes);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }
}
