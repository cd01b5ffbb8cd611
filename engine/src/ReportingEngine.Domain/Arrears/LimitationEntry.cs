using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Arrears;

/// <summary>The limitation clock of one fee period (each bill has its own, R-COL-2).</summary>
/// <param name="BillId">The period's bill.</param>
/// <param name="Period">The billing month.</param>
/// <param name="DueOn">Due date; the clock starts here.</param>
/// <param name="Outstanding">Amount still owed, in yuan.</param>
/// <param name="Interruptions">Events that restarted the clock, in order.</param>
/// <param name="ExpiresOn">Last day the claim can be brought without a limitation defence.</param>
/// <param name="DaysLeft">Days from the assessment day to <paramref name="ExpiresOn"/>; negative once expired.</param>
/// <param name="Status">Running, at risk or time-barred.</param>
public sealed record LimitationEntry(
    string BillId,
    BillingPeriod Period,
    DateOnly DueOn,
    decimal Outstanding,
    IReadOnlyList<Interruption> Interruptions,
    DateOnly ExpiresOn,
    int DaysLeft,
    LimitationStatus Status)
{
    /// <summary>The latest restart, or null when the clock still runs from the due date.</summary>
    public Interruption? LastInterruption => Interruptions.Count == 0 ? null : Interruptions[^1];
}
