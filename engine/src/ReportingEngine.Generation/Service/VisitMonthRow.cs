namespace ReportingEngine.Generation.Service;

/// <summary>One month of the quarterly visit summary with its R-VIS-1 verdict.</summary>
/// <param name="Month">Month, yyyy-MM.</param>
/// <param name="Visits">Visits (户次).</param>
/// <param name="Households">Households visited (户).</param>
/// <param name="ManagerVisits">Visits the manager joined.</param>
/// <param name="Verdict">符合 / 不符合 / 本月未结束（不判定）.</param>
/// <param name="Breached">The month ended without a visit the manager joined (R-VIS-1 finding).</param>
public sealed record VisitMonthRow(string Month, int Visits, int Households, int ManagerVisits, string Verdict, bool Breached);
