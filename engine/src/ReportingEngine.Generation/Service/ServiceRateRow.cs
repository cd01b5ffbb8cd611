namespace ReportingEngine.Generation.Service;

/// <summary>One limit's line in a monthly table (R-CMP-1, R-REP-1).</summary>
/// <param name="Name">The limit (一般投诉回复客户 …).</param>
/// <param name="Rule">R-CMP-1 or R-REP-1.</param>
/// <param name="Limit">The limit as printed (≤ 30分).</param>
/// <param name="Applies">What it applies to (一般投诉, 急修 …).</param>
/// <param name="Met">Records within the limit.</param>
/// <param name="Judged">Records whose outcome is known.</param>
/// <param name="Pending">Records still within their limit on the report date.</param>
/// <param name="Rate">Met / judged as 95.0%, or — when nothing was judged.</param>
public sealed record ServiceRateRow(string Name, string Rule, string Limit, string Applies, int Met, int Judged, int Pending, string Rate);
