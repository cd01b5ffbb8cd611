using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Writing;

/// <summary>Turns a document model into one file format. Knows nothing of data or templates.</summary>
public interface IDocumentWriter
{
    /// <summary>File extension without dot: <c>pdf</c>, <c>docx</c>.</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>. Same model ⇒ same bytes.</summary>
    void Write(Document document, Stream output, CancellationToken cancellationToken = default);
}
