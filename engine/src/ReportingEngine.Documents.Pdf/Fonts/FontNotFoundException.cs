namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>A font the profile names cannot be found on this machine.</summary>
public sealed class FontNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FontNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message that says which font and how to install it.</summary>
    public FontNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public FontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
