namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>The document cannot be laid out faithfully (e.g. a character no installed face can print); the message lists every problem with its place.</summary>
public sealed class PdfLayoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfLayoutException()
    {
    }

    /// <summary>Creates the exception with a message listing the problems.</summary>
    public PdfLayoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public PdfLayoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The individual problems, one line each (<c>place: error: message</c>).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
