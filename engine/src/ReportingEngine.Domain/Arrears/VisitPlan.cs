using ReportingEngine.Domain.Billing;

namespace ReportingEngine.Domain.Arrears;

/// <summary>The door-visit plan: teams with their visits, and what could not be planned.</summary>
/// <param name="Teams">Teams of at least two.</param>
/// <param name="Unplanned">Units left without a slot.</param>
/// <param name="Issues">Why (too few staff, no or full slots).</param>
public sealed record VisitPlan(IReadOnlyList<VisitTeam> Teams, IReadOnlyList<VisitTarget> Unplanned, IReadOnlyList<BillingIssue> Issues);
