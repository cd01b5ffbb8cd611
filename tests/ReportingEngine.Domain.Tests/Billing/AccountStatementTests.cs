using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Billing;

public sealed class AccountStatementTests
{
    private static readonly ReportingEngine.Domain.Fees.Bill August = Bill("2026-08", 300m);
    private static readonly ReportingEngine.Domain.Fees.Bill September = Bill("2026-09", 300m);
    private static readonly ReportingEngine.Domain.Fees.Bill October = Bill("2026-10", 300m);
    private static readonly ReportingEngine.Domain.Fees.Bill November = Bill("2026-11", 310.5m);

    [Fact]
    public void A_part_payment_settles_the_oldest_period_first_whatever_bill_it_names()
    {
        // R-FEE-3 / issue 5: payments applied oldest first; 450 against October pays August 300 and September 150
        var statement = AccountStatement.Compute(Unit, [October, August, September], [Pay("P1", October.Id, D(2026, 10, 25), 450m)], D(2026, 10, 31));

        Assert.Equal([300m, 150m, 0m], statement.Periods.Select(p => p.Paid));
        Assert.Equal([0m, 150m, 300m], statement.Periods.Select(p => p.Outstanding));
        Assert.Equal(new BillingPeriod(2026, 9), statement.OpenPeriods[0].Period);
        Assert.Equal(450m, statement.TotalOutstanding);
        Assert.Equal(0m, statement.Credit);
    }

    [Fact]
    public void Under_the_designation_rule_the_named_bill_is_paid_first_and_the_excess_goes_oldest_first()
    {
        // Civil Code art. 560: the debtor's designation first
        var statement = AccountStatement.Compute(
            Unit,
            [August, September, October],
            [Pay("P1", October.Id, D(2026, 10, 25), 450m)],
            D(2026, 10, 31),
            PaymentAllocationRule.DesignatedBillFirst);

        Assert.Equal([150m, 0m, 300m], statement.Periods.Select(p => p.Paid));
    }

    [Fact]
    public void Payments_are_applied_in_the_order_received_and_recorded_per_period()
    {
        var statement = AccountStatement.Compute(
            Unit,
            [August, September],
            [Pay("P2", September.Id, D(2026, 9, 30), 100m), Pay("P1", August.Id, D(2026, 9, 18), 250m)],
            D(2026, 10, 1));

        var august = statement.For(new BillingPeriod(2026, 8))!;
        var september = statement.For(new BillingPeriod(2026, 9))!;
        Assert.Equal(["P1", "P2"], august.Applications.Select(a => a.PaymentId));
        Assert.Equal([250m, 50m], august.Applications.Select(a => a.Amount));
        Assert.Equal(50m, september.Paid);
        Assert.Equal(D(2026, 9, 30), september.Applications.Single().PaidOn);
    }

    [Fact]
    public void Overpayment_becomes_credit_that_settles_the_next_bill_when_it_is_issued()
    {
        var pay = Pay("P1", August.Id, D(2026, 8, 19), 400m);

        var beforeSeptember = AccountStatement.Compute(Unit, [August, September], [pay], D(2026, 9, 1));
        var afterSeptember = AccountStatement.Compute(Unit, [August, September], [pay], D(2026, 9, 30));

        Assert.Equal(100m, beforeSeptember.Credit);
        Assert.Single(beforeSeptember.Periods);
        Assert.Equal(0m, afterSeptember.Credit);
        var credit = afterSeptember.For(new BillingPeriod(2026, 9))!.Applications.Single();
        Assert.True(credit.FromCredit);
        Assert.Equal(September.IssuedOn, credit.PaidOn);
        Assert.Equal(200m, afterSeptember.TotalOutstanding);
    }

    [Fact]
    public void Bills_issued_and_payments_received_after_the_day_are_left_out()
    {
        var statement = AccountStatement.Compute(Unit, [August, September], [Pay("P1", August.Id, D(2026, 9, 20), 300m)], D(2026, 9, 14));

        Assert.Equal([new BillingPeriod(2026, 8)], statement.Periods.Select(p => p.Period));
        Assert.Equal(300m, statement.TotalOutstanding);
    }

    [Fact]
    public void Another_units_records_and_bad_amounts_are_reported_with_their_keys_not_used()
    {
        var statement = AccountStatement.Compute(
            Unit,
            [August, Bill("2026-08", 999m, unit: "U-9-0101"), August with { Id = "B-bad", Period = "2026/08" }, September with { Total = -5m }],
            [Pay("P0", August.Id, D(2026, 8, 20), 0m)],
            D(2026, 9, 1));

        Assert.Single(statement.Periods);
        Assert.Equal(4, statement.Issues.Count);
        Assert.Contains(statement.Issues, i => i.Message.Contains("never negative", StringComparison.Ordinal));
        Assert.Contains(statement.Issues, i => i.Message.Contains("'2026/08'", StringComparison.Ordinal));
        Assert.All(statement.Issues, i => Assert.Equal("unit U-3-1202", i.Key));
    }

    [Fact]
    public void Previous_arrears_are_carried_onto_the_current_notice_month_by_month()
    {
        // Issue 5 item 1/2: arrears by month and total due on the November notice
        var statement = AccountStatement.Compute(
            Unit,
            [August, September, October, November],
            [Pay("P1", October.Id, D(2026, 10, 25), 450m)],
            D(2026, 11, 15));

        var notice = NoticeBalance.Compose(statement, new BillingPeriod(2026, 11));

        Assert.Equal(310.5m, notice.CurrentAmount);
        Assert.Equal([new BillingPeriod(2026, 9), new BillingPeriod(2026, 10)], notice.ArrearsByMonth.Select(p => p.Period));
        Assert.Equal([150m, 300m], notice.ArrearsByMonth.Select(p => p.Outstanding));
        Assert.Equal(450m, notice.ArrearsTotal);
        Assert.Equal(760.5m, notice.TotalDue);
        Assert.Empty(notice.TimeBarred);
    }

    [Fact]
    public void A_time_barred_period_is_flagged_on_the_notice_but_not_demanded()
    {
        // R-COL-2: time-barred periods are flagged, never demanded
        var statement = AccountStatement.Compute(Unit, [August, September, October], [], D(2026, 10, 15));

        var notice = NoticeBalance.Compose(statement, new BillingPeriod(2026, 10), new HashSet<string>(StringComparer.Ordinal) { August.Id });

        Assert.Equal([September.Id], notice.ArrearsByMonth.Select(p => p.BillId));
        Assert.Equal([August.Id], notice.TimeBarred.Select(p => p.BillId));
        Assert.Equal(600m, notice.TotalDue);
    }
}
