using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Arrears;

/// <summary>诉讼时效 — the limitation clock of each open fee period (R-COL-2; PRC Civil Code art. 188, 192, 195).</summary>
/// <remarks>
/// <para>
/// Each bill is its own claim with its own clock. It starts at the due date: the three years (art. 188) end on the
/// corresponding day three years later (art. 201/202: the start day is not counted; without a corresponding day,
/// the month's last day). Statutory holidays that would extend a last day (art. 203) are not known here, so the
/// date given is never later than the real one.
/// </para>
/// <para>
/// An interruption restarts the full three years from its day (art. 195): an effective delivery concerning the
/// period (R-COL-2: signed receipt, post/courier with a waybill, or public posting — any one), a part payment
/// applied to the period, or the debtor's acknowledgement. A delivery concerns every period up to the period it
/// states whose bill was issued by the delivery day. Events on or before the due date change nothing (the claim
/// was not yet due). A delivery after expiry does not revive a barred period; a payment or an acknowledgement
/// after expiry does (art. 192: the debtor who agrees to perform loses the defence), so the clock restarts.
/// </para>
/// </remarks>
public static class LimitationClock
{
    /// <summary>Evaluates every open period of a statement as of its day.</summary>
    /// <param name="statement">The unit's statement (its <see cref="AccountStatement.AsOf"/> is the assessment day).</param>
    /// <param name="deliveries">The unit's deliveries (later ones and other units' are ignored).</param>
    /// <param name="acknowledgements">The unit's acknowledgements (later ones and other units' are ignored).</param>
    /// <param name="options">Clock settings, <see cref="LimitationOptions.Default"/> when null.</param>
    /// <returns>One entry per open period.</returns>
    public static LimitationReport Evaluate(
        AccountStatement statement,
        IEnumerable<Delivery> deliveries,
        IEnumerable<DebtAcknowledgement> acknowledgements,
        LimitationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(acknowledgements);
        options = LimitationOptions.Checked(options);
        var asOf = statement.AsOf;
        var issues = new List<BillingIssue>();
        var effective = EffectiveDeliveries(statement.UnitId, deliveries, asOf, options, issues);
        var acks = Acknowledgements(statement.UnitId, acknowledgements, asOf, issues);

        var entries = new List<LimitationEntry>();
        foreach (var period in statement.Periods.Where(p => p.IsOpen))
        {
            var events = new List<(Interruption Event, bool DebtorAct)>();
            foreach (var (delivery, stated) in effective)
            {
                if (period.Period <= stated && period.IssuedOn <= delivery.DeliveredOn)
                {
                    // R-COL-2: any one effective delivery interrupts the limitation period.
                    events.Add((new Interruption(InterruptionKind.Delivery, delivery.DeliveredOn, $"{delivery.Id} {delivery.Reference}".TrimEnd()), false));
                }
            }

            foreach (var application in period.Applications.Where(a => !a.FromCredit))
            {
                events.Add((new Interruption(InterruptionKind.PartPayment, application.PaidOn, application.PaymentId), true));
            }

            foreach (var (ack, periods) in acks)
            {
                if (period.IssuedOn <= ack.AcknowledgedOn && (periods.Count == 0 || periods.Contains(period.Period)))
                {
                    events.Add((new Interruption(InterruptionKind.Acknowledgement, ack.AcknowledgedOn, ack.Id), true));
                }
            }

            events.Sort(static (a, b) => a.Event.On.CompareTo(b.Event.On));
            var expires = period.DueOn.AddYears(options.Years);
            var applied = new List<Interruption>();
            foreach (var (interruption, debtorAct) in events)
            {
                if (interruption.On <= period.DueOn)
                {
                    continue;
                }

                if (interruption.On > expires && !debtorAct)
                {
                    issues.Add(new BillingIssue(IssueSeverity.Warning, ArrearsMessages.UnitKey(statement.UnitId), ArrearsMessages.DeliveryAfterExpiry(period.Period.ToString()), "R-COL-2"));
                    continue;
                }

                // Civil Code art. 195: the period is counted afresh from the interruption.
                var restarted = interruption.On.AddYears(options.Years);
                if (restarted > expires)
                {
                    expires = restarted;
                }

                applied.Add(interruption);
            }

            var daysLeft = expires.DayNumber - asOf.DayNumber;
            var status = daysLeft < 0 ? LimitationStatus.TimeBarred
                : daysLeft <= options.AtRiskDays ? LimitationStatus.AtRisk
                : LimitationStatus.Running;
            entries.Add(new LimitationEntry(period.BillId, period.Period, period.DueOn, period.Outstanding, applied, expires, daysLeft, status));
        }

        return new LimitationReport(statement.UnitId, asOf, entries, issues);
    }

    private static List<(Delivery Delivery, BillingPeriod Stated)> EffectiveDeliveries(
        string unitId,
        IEnumerable<Delivery> deliveries,
        DateOnly asOf,
        LimitationOptions options,
        List<BillingIssue> issues)
    {
        var effective = new List<(Delivery, BillingPeriod)>();
        foreach (var delivery in deliveries.Where(d => string.Equals(d.UnitId, unitId, StringComparison.Ordinal) && d.DeliveredOn <= asOf))
        {
            var key = ArrearsMessages.DeliveryKey(unitId, delivery.Id);
            if (!BillingPeriod.TryParse(delivery.Period, out var stated))
            {
                issues.Add(Problem(key, ArrearsMessages.DeliveryPeriodMalformed(delivery.Period)));
                continue;
            }

            if (delivery.Amount <= 0)
            {
                issues.Add(Problem(key, ArrearsMessages.DeliveryWithoutAmount(delivery.Amount)));
                continue;
            }

            switch (delivery.Evidence)
            {
                case DeliveryEvidence.PostWaybill when string.IsNullOrWhiteSpace(delivery.Reference):
                    issues.Add(Problem(key, ArrearsMessages.WaybillMissing()));
                    continue;
                case DeliveryEvidence.PublicPosting when !delivery.Notarized && options.RequireNotarizedPosting:
                    issues.Add(Problem(key, ArrearsMessages.PostingNotarizationRequired()));
                    continue;
                case DeliveryEvidence.PublicPosting when !delivery.Notarized:
                    issues.Add(new BillingIssue(IssueSeverity.Warning, key, ArrearsMessages.PostingNotNotarized(), "R-COL-2"));
                    break;
                default:
                    break;
            }

            effective.Add((delivery, stated));
        }

        return effective;
    }

    private static List<(DebtAcknowledgement Ack, HashSet<BillingPeriod> Periods)> Acknowledgements(
        string unitId,
        IEnumerable<DebtAcknowledgement> acknowledgements,
        DateOnly asOf,
        List<BillingIssue> issues)
    {
        var result = new List<(DebtAcknowledgement, HashSet<BillingPeriod>)>();
        foreach (var ack in acknowledgements.Where(a => string.Equals(a.UnitId, unitId, StringComparison.Ordinal) && a.AcknowledgedOn <= asOf))
        {
            var periods = new HashSet<BillingPeriod>();
            var valid = true;
            foreach (var text in ack.Periods)
            {
                if (BillingPeriod.TryParse(text, out var period))
                {
                    periods.Add(period);
                }
                else
                {
                    issues.Add(Problem(ArrearsMessages.AcknowledgementKey(unitId, ack.Id), ArrearsMessages.AcknowledgementPeriodMalformed(text)));
                    valid = false;
                }
            }

            if (valid)
            {
                result.Add((ack, periods));
            }
        }

        return result;
    }

    private static BillingIssue Problem(string key, string message) => new(IssueSeverity.Error, key, message, "R-COL-2");
}
