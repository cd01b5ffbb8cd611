namespace ReportingEngine.Data.Import;

/// <summary>The CSV text itself is malformed (e.g. an unterminated quote); carries the line.</summary>
public sealed class CsvFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CsvFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Message.</param>
    public CsvFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Message.</param>
    /// <param name="innerException">Cause.</param>
    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a line.</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="message">Message.</param>
    public CsvFormatException(int line, string message)
        : base(message) => Line = line;

    /// <summary>1-based line where the problem starts.</summary>
    public int Line { get; }
}
