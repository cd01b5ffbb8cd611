namespace ReportingEngine.Scheduling.Calendar;

/// <summary>A calendar file that cannot be used; <see cref="Problems"/> lists every mistake with its place.</summary>
public sealed class CalendarException : Exception
{
    /// <summary>Creates the exception without problems.</summary>
    public CalendarException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no places.</summary>
    /// <param name="message">What is wrong.</param>
    public CalendarException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message, its cause and no places.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every mistake, with its place.</param>
    public CalendarException(IReadOnlyList<CalendarProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every mistake, with its place.</summary>
    public IReadOnlyList<CalendarProblem> Problems { get; }
}
