using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>One month of a quarter's 走访: how many visits, to how many households, and whether the manager joined one (R-VIS-1).</summary>
/// <param name="Month">The month.</param>
/// <param name="Visits">Visits made in it up to the report date (户次).</param>
/// <param name="Households">Different units visited (户).</param>
/// <param name="ManagerVisits">Visits the manager (管理处主任 / 服务中心经理) joined.</param>
/// <param name="ManagerCheck">
/// R-VIS-1 (002 篇1 §4.6: 管理处主任每月至少参与一次对业主的走访): met once the manager joined a visit; breached when the month
/// ended without one; pending while the month has not ended on the report date and the manager has not joined one yet.
/// </param>
public sealed record VisitMonthFigures(BillingPeriod Month, int Visits, int Households, int ManagerVisits, CheckStatus ManagerCheck)
{
    /// <summary>The month ended without a visit the manager joined: the R-VIS-1 finding.</summary>
    public bool Breached => ManagerCheck == CheckStatus.Breached;
}
