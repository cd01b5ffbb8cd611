namespace ReportingEngine.Data.Connections;

/// <summary>The connection setting is missing or wrong; the message names the setting and what is expected.</summary>
public sealed class DataConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataConfigurationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Message naming the setting.</param>
    public DataConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">Message naming the setting.</param>
    /// <param name="innerException">Cause.</param>
    public DataConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
