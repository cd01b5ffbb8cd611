using System.Globalization;
using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Arrears;

/// <summary>The facts behind a unit's collection stage (R-COL-1).</summary>
/// <param name="OldestUnpaidPeriod">Oldest demandable period still owed, or null.</param>
/// <param name="OldestDueOn">Its due date, or null.</param>
/// <param name="Overdue">How long that due date has passed.</param>
/// <param name="OverdueAmount">Owed on periods past due (demandable), in yuan.</param>
/// <param name="OutstandingAmount">Owed in all (demandable, due or not), in yuan.</param>
/// <param name="RefusedVisits">Door visits refused since the oldest unpaid period fell due.</param>
/// <param name="VisitsMade">Door visits made since then, any outcome.</param>
/// <param name="LivesAbroad">The owner lives abroad.</param>
/// <param name="TimeBarredAmount">Owed on time-barred periods: flagged, not demanded.</param>
public sealed record StageReason(
    BillingPeriod? OldestUnpaidPeriod,
    DateOnly? OldestDueOn,
    OverdueSpan Overdue,
    decimal OverdueAmount,
    decimal OutstandingAmount,
    int RefusedVisits,
    int VisitsMade,
    bool LivesAbroad,
    decimal TimeBarredAmount)
{
    /// <summary>The facts as short Chinese sentences, in the order staff read them.</summary>
    public IReadOnlyList<string> Facts
    {
        get
        {
            var facts = new List<string>();
            if (OldestUnpaidPeriod is { } period && OldestDueOn is { } due)
            {
                facts.Add(Invariant($"最早欠费账期 {period}（缴费期限 {due:yyyy-MM-dd}）"));
                facts.Add(Overdue.IsZero ? "尚未逾期" : $"已逾期 {Overdue}");
                facts.Add(Invariant($"逾期欠费 {Money.Format(OverdueAmount)} 元，欠费合计 {Money.Format(OutstandingAmount)} 元"));
            }
            else
            {
                facts.Add("无欠费");
            }

            if (RefusedVisits > 0)
            {
                facts.Add(Invariant($"上门催缴被拒 {RefusedVisits} 次"));
            }

            if (LivesAbroad)
            {
                facts.Add("业主长期居住境外");
            }

            if (TimeBarredAmount > 0)
            {
                facts.Add(Invariant($"已过诉讼时效 {Money.Format(TimeBarredAmount)} 元（仅标注，不予催缴）"));
            }

            return facts;
        }
    }

    /// <summary>The facts joined as one line.</summary>
    /// <returns>The reason text.</returns>
    public override string ToString() => string.Join("；", Facts);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
