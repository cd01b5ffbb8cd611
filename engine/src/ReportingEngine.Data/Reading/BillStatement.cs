using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Data.Reading;

/// <summary>A bill with its lines.</summary>
/// <param name="Bill">The bill.</param>
/// <param name="Lines">Its lines in order.</param>
public sealed record BillStatement(Bill Bill, IReadOnlyList<BillLine> Lines);
