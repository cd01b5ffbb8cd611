using System.Text;
using System.Xml;

namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>Writes hand-built part XML to UTF-8 bytes with one fixed set of writer settings.</summary>
internal static class XmlParts
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
    };

    /// <summary>Runs <paramref name="write"/> against a fresh writer and returns the UTF-8 document.</summary>
    public static byte[] Build(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument(standalone: true);
            write(writer);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
