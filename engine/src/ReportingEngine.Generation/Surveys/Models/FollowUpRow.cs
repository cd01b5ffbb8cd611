namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>A category below the follow-up threshold and what to look at first (R-SAT-1).</summary>
/// <param name="Category">Category name.</param>
/// <param name="Score">Displayed score.</param>
/// <param name="Gap">Points below the threshold.</param>
/// <param name="WeakestItems">The category's lowest items with scores, e.g. <c>维修人员服务 68.0、清洁卫生 72.5</c>.</param>
/// <param name="Problems">Problem remarks grouped under the category.</param>
/// <param name="Action">The follow-up asked for.</param>
internal sealed record FollowUpRow(string Category, string Score, string Gap, string WeakestItems, int Problems, string Action);
