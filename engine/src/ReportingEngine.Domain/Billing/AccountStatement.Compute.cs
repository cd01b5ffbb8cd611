using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Domain.Billing;

/// <summary>How payments are applied to bills.</summary>
public sealed partial record AccountStatement
{
    /// <summary>Builds a unit's statement as of a day.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="bills">The unit's bills (bills issued after <paramref name="asOf"/> are left out).</param>
    /// <param name="payments">The unit's payments (payments received after <paramref name="asOf"/> are left out).</param>
    /// <param name="asOf">The day of the statement.</param>
    /// <param name="rule">How payments are spread over bills; <see cref="PaymentAllocationRule.OldestFirst"/> by default.</param>
    /// <returns>The statement.</returns>
    /// <remarks>
    /// Payments are applied in the order received (day, then id). Under <see cref="PaymentAllocationRule.OldestFirst"/>
    /// each settles the oldest open period first; a part payment leaves the rest of that period open. Money beyond
    /// every bill becomes <see cref="Credit"/> and settles later bills as they are issued, so no period ever shows a
    /// negative outstanding amount. Bills of another unit, malformed periods, negative bills and non-positive payments are reported
    /// in <see cref="Issues"/> and left out.
    /// </remarks>
    public static AccountStatement Compute(
        string unitId,
        IEnumerable<Bill> bills,
        IEnumerable<Payment> payments,
        DateOnly asOf,
        PaymentAllocationRule rule = PaymentAllocationRule.OldestFirst)
    {
        ArgumentNullException.ThrowIfNull(unitId);
        ArgumentNullException.ThrowIfNull(bills);
        ArgumentNullException.ThrowIfNull(payments);
        var issues = new List<BillingIssue>();
        var accounts = new List<OpenBill>();
        foreach (var bill in bills)
        {
            if (!string.Equals(bill.UnitId, unitId, StringComparison.Ordinal))
            {
                issues.Add(Problem(unitId, BillingMessages.BillOtherUnit(bill.Id, bill.UnitId), "R-FEE-3"));
            }
            else if (!BillingPeriod.TryParse(bill.Period, out var period))
            {
                issues.Add(Problem(unitId, BillingMessages.BillPeriodMalformed(bill.Id, bill.Period), "R-FEE-3"));
            }
            else if (bill.Total < 0)
            {
                issues.Add(Problem(unitId, BillingMessages.BillNegative(bill.Id, bill.Total), "R-FEE-3"));
            }
            else if (bill.IssuedOn <= asOf)
            {
                accounts.Add(new OpenBill(bill, period));
            }
        }

        accounts.Sort(static (a, b) =>
        {
            var byPeriod = a.Period.CompareTo(b.Period);
            return byPeriod != 0 ? byPeriod : string.CompareOrdinal(a.Bill.Id, b.Bill.Id);
        });

        var received = new List<Payment>();
        foreach (var payment in payments)
        {
            if (!string.Equals(payment.UnitId, unitId, StringComparison.Ordinal))
            {
                issues.Add(Problem(unitId, BillingMessages.PaymentOtherUnit(payment.Id, payment.UnitId), "R-FEE-3"));
            }
            else if (payment.Amount <= 0)
            {
                issues.Add(Problem(unitId, BillingMessages.PaymentNotPositive(payment.Id, payment.Amount), "R-FEE-3"));
            }
            else if (payment.PaidOn <= asOf)
            {
                received.Add(payment);
            }
        }

        received.Sort(static (a, b) =>
        {
            var byDay = a.PaidOn.CompareTo(b.PaidOn);
            return byDay != 0 ? byDay : string.CompareOrdinal(a.Id, b.Id);
        });

        // Credit is an amount kept with the day it arrived, so a later bill settled by it records a real payment day.
        var credit = new List<(Payment Payment, decimal Amount)>();
        foreach (var payment in received)
        {
            // Bills are known to the debtor once issued; credit waiting from earlier payments goes first.
            AbsorbCredit(accounts, credit, payment.PaidOn);
            var left = payment.Amount;
            if (rule == PaymentAllocationRule.DesignatedBillFirst)
            {
                var named = accounts.Find(a => string.Equals(a.Bill.Id, payment.BillId, StringComparison.Ordinal) && a.Bill.IssuedOn <= payment.PaidOn);
                if (named is not null)
                {
                    left -= named.Apply(payment, payment.PaidOn, left);
                }
            }

            foreach (var account in accounts)
            {
                if (left == 0)
                {
                    break;
                }

                if (account.Bill.IssuedOn <= payment.PaidOn)
                {
                    left -= account.Apply(payment, payment.PaidOn, left);
                }
            }

            if (left > 0)
            {
                credit.Add((payment, left));
            }
        }

        AbsorbCredit(accounts, credit, asOf);
        var periods = accounts
            .Select(a => new PeriodBalance(a.Bill.Id, a.Period, a.Bill.IssuedOn, a.Bill.DueOn, a.Bill.Total, a.Paid, a.Applications))
            .ToList();
        return new AccountStatement(unitId, asOf, periods, credit.Sum(c => c.Amount), issues);
    }

    /// <summary>Lets credit from earlier payments settle bills issued since, oldest bill and oldest credit first.</summary>
    private static void AbsorbCredit(List<OpenBill> accounts, List<(Payment Payment, decimal Amount)> credit, DateOnly day)
    {
        if (credit.Count == 0)
        {
            return;
        }

        foreach (var account in accounts)
        {
            if (account.Bill.IssuedOn > day)
            {
                continue;
            }

            while (account.Outstanding > 0 && credit.Count > 0)
            {
                var (payment, amount) = credit[0];

                // Credit settles a bill when the bill is issued: that is when the prepaid money was used.
                var on = account.Bill.IssuedOn > payment.PaidOn ? account.Bill.IssuedOn : payment.PaidOn;
                var used = account.Apply(payment, on, amount, fromCredit: true);
                if (used == amount)
                {
                    credit.RemoveAt(0);
                }
                else
                {
                    credit[0] = (payment, amount - used);
                }
            }
        }
    }

    private static BillingIssue Problem(string unitId, string message, string ruleId) =>
        new(IssueSeverity.Error, $"unit {unitId}", message, ruleId);

    private sealed class OpenBill(Bill bill, BillingPeriod period)
    {
        private readonly List<PaymentApplication> applications = [];

        public Bill Bill { get; } = bill;

        public BillingPeriod Period { get; } = period;

        public decimal Paid { get; private set; }

        public decimal Outstanding => Math.Max(0m, Bill.Total - Paid);

        public IReadOnlyList<PaymentApplication> Applications => applications;

        public decimal Apply(Payment payment, DateOnly on, decimal available, bool fromCredit = false)
        {
            var used = Math.Min(available, Outstanding);
            if (used <= 0)
            {
                return 0m;
            }

            Paid += used;
            applications.Add(new PaymentApplication(payment.Id, Bill.Id, Period, on, used, fromCredit));
            return used;
        }
    }
}
