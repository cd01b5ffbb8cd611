namespace ReportingEngine.Documents.Pdf.Imaging;

/// <summary>A PNG image cannot be decoded; the message says why (and what to do) in user terms.</summary>
public sealed class PngFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PngFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PngFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public PngFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
