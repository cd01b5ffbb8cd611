namespace ReportingEngine.Domain.Service;

/// <summary>How one record stands against one time limit on the report date.</summary>
public enum CheckStatus
{
    /// <summary>Done within the limit (the limit itself included).</summary>
    Met,

    /// <summary>Done after the limit, or not done and the limit has passed: a breach.</summary>
    Breached,

    /// <summary>Not done yet, and the limit has not passed on the report date.</summary>
    Pending,
}
