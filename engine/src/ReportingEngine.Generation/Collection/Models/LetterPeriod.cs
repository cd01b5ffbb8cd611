namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One fee period demanded by a lawyer letter (R-COL-1 step 4); time-barred periods never appear (R-COL-2).</summary>
/// <param name="Period">Billing month <c>YYYY-MM</c>.</param>
/// <param name="DueDate">The bill's due date, <c>yyyy-MM-dd</c>.</param>
/// <param name="Billed">Amount billed, yuan.</param>
/// <param name="Paid">Amount paid on it, yuan.</param>
/// <param name="Outstanding">Amount owed, yuan.</param>
public sealed record LetterPeriod(string Period, string DueDate, decimal Billed, decimal Paid, decimal Outstanding);
