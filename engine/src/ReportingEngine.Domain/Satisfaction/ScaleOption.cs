namespace ReportingEngine.Domain.Satisfaction;

/// <summary>One column of the answer scale as printed on the 业户评议表 (R-SAT-2).</summary>
/// <param name="Level">The level.</param>
/// <param name="Label">Chinese label, e.g. 很满意.</param>
/// <param name="Points">Points on the 0–100 scale, or null for 不适用.</param>
public sealed record ScaleOption(SatisfactionLevel Level, string Label, int? Points);
