using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Domain.Billing;

/// <summary>The result of billing one unit for one month.</summary>
/// <param name="UnitId">Unit billed.</param>
/// <param name="Period">Billing month.</param>
/// <param name="Bill">The bill, null when an error prevents a complete bill.</param>
/// <param name="Lines">The lines computed, each rounded half-up to 0.01 yuan (also when the bill is withheld, for diagnosis).</param>
/// <param name="Issues">Errors and warnings, each with its record key.</param>
public sealed record BillCalculation(
    string UnitId,
    BillingPeriod Period,
    Bill? Bill,
    IReadOnlyList<BillLine> Lines,
    IReadOnlyList<BillingIssue> Issues)
{
    /// <summary>True when a bill was produced (no errors).</summary>
    public bool Succeeded => Bill is not null;

    /// <summary>Sum of the rounded lines.</summary>
    public decimal Total => Lines.Sum(l => l.Amount);
}
