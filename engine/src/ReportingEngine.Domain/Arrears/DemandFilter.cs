using ReportingEngine.Domain.Billing;

namespace ReportingEngine.Domain.Arrears;

/// <summary>What a fee notice or lawyer letter may demand: time-barred periods are flagged, never demanded (R-COL-2).</summary>
public static class DemandFilter
{
    /// <summary>The open periods that may be demanded.</summary>
    /// <param name="periods">Periods of a unit's statement.</param>
    /// <param name="limitation">The unit's limitation report for the same day.</param>
    /// <returns>Open periods whose limitation period has not run out, in the given order.</returns>
    public static IReadOnlyList<PeriodBalance> Demandable(IEnumerable<PeriodBalance> periods, LimitationReport limitation)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(limitation);
        var barred = limitation.TimeBarredBillIds;
        return periods.Where(p => p.IsOpen && !barred.Contains(p.BillId)).ToList();
    }

    /// <summary>The open periods that are time-barred: reported on the account, left off every demand.</summary>
    /// <param name="periods">Periods of a unit's statement.</param>
    /// <param name="limitation">The unit's limitation report for the same day.</param>
    /// <returns>The time-barred open periods.</returns>
    public static IReadOnlyList<PeriodBalance> TimeBarred(IEnumerable<PeriodBalance> periods, LimitationReport limitation)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(limitation);
        var barred = limitation.TimeBarredBillIds;
        return periods.Where(p => p.IsOpen && barred.Contains(p.BillId)).ToList();
    }
}
