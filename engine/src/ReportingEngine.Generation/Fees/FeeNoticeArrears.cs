namespace ReportingEngine.Generation.Fees;

/// <summary>One earlier period still owed on a fee notice.</summary>
/// <param name="Period">Billing month <c>YYYY-MM</c>.</param>
/// <param name="Billed">Bill total.</param>
/// <param name="Paid">Paid on it.</param>
/// <param name="Outstanding">Still owed.</param>
public sealed record FeeNoticeArrears(string Period, decimal Billed, decimal Paid, decimal Outstanding);
