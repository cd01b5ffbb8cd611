namespace ReportingEngine.Scheduling.Stores;

/// <summary>
/// The job store cannot be used: its settings are invalid, or its database cannot be reached or prepared.
/// The message is meant for the operator as it stands — it names the setting and the server, never the
/// password — so hosts print it and exit non-zero instead of showing a stack trace.
/// </summary>
public sealed class JobStoreException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public JobStoreException()
        : base("the job store cannot be used")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the setting.</param>
    public JobStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong, naming the setting.</param>
    /// <param name="innerException">The database driver's error.</param>
    public JobStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
