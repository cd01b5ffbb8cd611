namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One ladder stage's count and amount on the lists' summary.</summary>
/// <param name="Stage">Stage name in Chinese.</param>
/// <param name="Units">Units at that stage.</param>
/// <param name="Amount">Their demandable amounts.</param>
public sealed record StageSummaryRow(string Stage, int Units, decimal Amount);
