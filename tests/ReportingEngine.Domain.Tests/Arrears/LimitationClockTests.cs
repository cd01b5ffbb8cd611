using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Arrears;

public sealed class LimitationClockTests
{
    // The March 2020 bill is due on 2020-03-20; without interruption it expires on 2023-03-20 (Civil Code art. 188).
    private static readonly ReportingEngine.Domain.Fees.Bill March = Bill("2020-03", 500m);
    private static readonly ReportingEngine.Domain.Fees.Bill April = Bill("2020-04", 500m);

    private static LimitationEntry Entry(
        DateOnly asOf,
        IReadOnlyList<Delivery>? deliveries = null,
        IReadOnlyList<ReportingEngine.Domain.Fees.Payment>? payments = null,
        IReadOnlyList<DebtAcknowledgement>? acks = null,
        LimitationOptions? options = null) =>
        Report(asOf, deliveries, payments, acks, options).Entries[0];

    private static LimitationReport Report(
        DateOnly asOf,
        IReadOnlyList<Delivery>? deliveries = null,
        IReadOnlyList<ReportingEngine.Domain.Fees.Payment>? payments = null,
        IReadOnlyList<DebtAcknowledgement>? acks = null,
        LimitationOptions? options = null)
    {
        var statement = AccountStatement.Compute(Unit, [March, April], payments ?? [], asOf);
        return LimitationClock.Evaluate(statement, deliveries ?? [], acks ?? [], options);
    }

    [Fact]
    public void Without_interruption_a_period_expires_three_years_after_its_due_date()
    {
        // R-COL-2, Civil Code art. 188
        var entry = Entry(D(2022, 1, 1));

        Assert.Equal(D(2023, 3, 20), entry.ExpiresOn);
        Assert.Equal(LimitationStatus.Running, entry.Status);
        Assert.Null(entry.LastInterruption);
    }

    [Fact]
    public void The_last_day_is_still_at_risk_and_the_day_after_it_is_time_barred()
    {
        var lastDay = Entry(D(2023, 3, 20));
        var dayAfter = Entry(D(2023, 3, 21));

        Assert.Equal((0, LimitationStatus.AtRisk), (lastDay.DaysLeft, lastDay.Status));
        Assert.Equal((-1, LimitationStatus.TimeBarred), (dayAfter.DaysLeft, dayAfter.Status));
    }

    [Fact]
    public void Ninety_days_left_is_at_risk_and_ninety_one_is_running()
    {
        // R-COL-2: amounts at risk within 90 days
        var ninety = Entry(D(2023, 3, 20).AddDays(-90));
        var ninetyOne = Entry(D(2023, 3, 20).AddDays(-91));

        Assert.Equal((90, LimitationStatus.AtRisk), (ninety.DaysLeft, ninety.Status));
        Assert.Equal((91, LimitationStatus.Running), (ninetyOne.DaysLeft, ninetyOne.Status));
        Assert.Equal(500m, Report(D(2023, 3, 20).AddDays(-90)).AmountAtRisk);
    }

    [Fact]
    public void A_signed_receipt_restarts_the_three_years()
    {
        // R-COL-2 + art. 195: 上门送达, signed receipt
        var entry = Entry(D(2024, 1, 1), deliveries: [Delivered("DL1", "2020-06", D(2022, 1, 10), DeliveryEvidence.SignedReceipt, reference: "签收单 0007")]);

        Assert.Equal(D(2025, 1, 10), entry.ExpiresOn);
        Assert.Equal(LimitationStatus.Running, entry.Status);
        Assert.Equal(InterruptionKind.Delivery, entry.LastInterruption!.Kind);
    }

    [Fact]
    public void A_courier_delivery_with_a_waybill_restarts_it_and_one_without_a_waybill_does_not()
    {
        // R-COL-2: 邮寄送达 — the waybill is the evidence
        var withWaybill = Report(D(2024, 1, 1), deliveries: [Delivered("DL1", "2020-06", D(2022, 2, 1), DeliveryEvidence.PostWaybill, reference: "SF1234567890")]);
        var without = Report(D(2024, 1, 1), deliveries: [Delivered("DL2", "2020-06", D(2022, 2, 1), DeliveryEvidence.PostWaybill, reference: " ")]);

        Assert.Equal(D(2025, 2, 1), withWaybill.Entries[0].ExpiresOn);
        Assert.Equal(D(2023, 3, 20), without.Entries[0].ExpiresOn);
        Assert.Equal("unit U-3-1202 delivery DL2", Assert.Single(without.Issues).Key);
    }

    [Fact]
    public void A_public_posting_restarts_it_notarized_or_not_unless_the_profile_requires_notarization()
    {
        // R-COL-2: 公示送达, notarized when needed
        var plain = Report(D(2024, 1, 1), deliveries: [Delivered("DL1", "2020-06", D(2022, 3, 1), DeliveryEvidence.PublicPosting, reference: "公告栏 2022-03")]);
        var notarized = Report(D(2024, 1, 1), deliveries: [Delivered("DL1", "2020-06", D(2022, 3, 1), DeliveryEvidence.PublicPosting, notarized: true)]);
        var strict = Report(D(2024, 1, 1), deliveries: [Delivered("DL1", "2020-06", D(2022, 3, 1), DeliveryEvidence.PublicPosting)], options: LimitationOptions.Default with { RequireNotarizedPosting = true });

        Assert.Equal(D(2025, 3, 1), plain.Entries[0].ExpiresOn);
        Assert.Equal(IssueSeverity.Warning, Assert.Single(plain.Issues).Severity);
        Assert.Equal(D(2025, 3, 1), notarized.Entries[0].ExpiresOn);
        Assert.Empty(notarized.Issues);
        Assert.Equal(D(2023, 3, 20), strict.Entries[0].ExpiresOn);
    }

    [Fact]
    public void A_part_payment_restarts_the_clock_of_the_period_it_was_applied_to_only()
    {
        // R-COL-2 + art. 195 (2): part payment; oldest first puts 100 on March
        var report = Report(D(2024, 1, 1), payments: [Pay("P1", April.Id, D(2022, 6, 1), 100m)]);

        Assert.Equal(D(2025, 6, 1), report.Entries[0].ExpiresOn);
        Assert.Equal(InterruptionKind.PartPayment, report.Entries[0].LastInterruption!.Kind);
        Assert.Equal(400m, report.Entries[0].Outstanding);
        Assert.Equal(D(2023, 4, 20), report.Entries[1].ExpiresOn);
    }

    [Fact]
    public void An_acknowledgement_restarts_the_periods_it_names_or_all_billed_when_it_names_none()
    {
        // art. 195 (2): the debtor agrees to perform
        var all = Report(D(2024, 1, 1), acks: [new DebtAcknowledgement("A1", Unit, D(2022, 9, 9), [], "还款计划书")]);
        var aprilOnly = Report(D(2024, 1, 1), acks: [new DebtAcknowledgement("A2", Unit, D(2022, 9, 9), ["2020-04"], "还款计划书")]);

        Assert.Equal([D(2025, 9, 9), D(2025, 9, 9)], all.Entries.Select(e => e.ExpiresOn));
        Assert.Equal([D(2023, 3, 20), D(2025, 9, 9)], aprilOnly.Entries.Select(e => e.ExpiresOn));
    }

    [Fact]
    public void A_delivery_concerns_only_periods_up_to_the_one_it_states()
    {
        var report = Report(D(2024, 1, 1), deliveries: [Delivered("DL1", "2020-03", D(2022, 1, 10), DeliveryEvidence.SignedReceipt)]);

        Assert.Equal([D(2025, 1, 10), D(2023, 4, 20)], report.Entries.Select(e => e.ExpiresOn));
    }

    [Fact]
    public void A_notice_delivered_before_the_due_date_does_not_restart_anything()
    {
        var entry = Entry(D(2022, 1, 1), deliveries: [Delivered("DL1", "2020-03", D(2020, 3, 15), DeliveryEvidence.SignedReceipt)]);

        Assert.Equal(D(2023, 3, 20), entry.ExpiresOn);
    }

    [Fact]
    public void A_delivery_after_expiry_does_not_revive_the_period_but_a_payment_does()
    {
        // art. 192: only the debtor's consent removes the limitation defence
        var delivered = Report(D(2024, 1, 1), deliveries: [Delivered("DL1", "2020-03", D(2023, 6, 1), DeliveryEvidence.SignedReceipt)]);
        var paid = Report(D(2024, 1, 1), payments: [Pay("P1", March.Id, D(2023, 6, 1), 50m)]);

        Assert.Equal(LimitationStatus.TimeBarred, delivered.Entries[0].Status);
        Assert.Contains(delivered.Issues, i => i.Message.Contains("does not revive", StringComparison.Ordinal));
        Assert.Equal(D(2026, 6, 1), paid.Entries[0].ExpiresOn);
        Assert.Equal(LimitationStatus.Running, paid.Entries[0].Status);
    }

    [Fact]
    public void A_time_barred_period_is_flagged_and_excluded_from_every_demand()
    {
        // R-COL-2: flagged, never demanded — notice, lawyer letter and demand filter agree
        var asOf = D(2023, 4, 1);
        var may = Bill("2023-02", 300m);
        var statement = AccountStatement.Compute(Unit, [March, April, may], [], asOf);
        var report = LimitationClock.Evaluate(statement, [], []);

        Assert.Equal([LimitationStatus.TimeBarred, LimitationStatus.AtRisk, LimitationStatus.Running], report.Entries.Select(e => e.Status));
        Assert.Equal(500m, report.AmountTimeBarred);
        Assert.False(report.MayDemand(March.Id));
        Assert.Equal([April.Id, may.Id], DemandFilter.Demandable(statement.Periods, report).Select(p => p.BillId));
        Assert.Equal([March.Id], DemandFilter.TimeBarred(statement.Periods, report).Select(p => p.BillId));

        var notice = NoticeBalance.Compose(statement, new BillingPeriod(2023, 4), report.TimeBarredBillIds);
        Assert.Equal(800m, notice.TotalDue);

        var assessment = CollectionLadder.Assess(new CollectionCase { Statement = statement, UnitLabel = "3栋 12-02", Limitation = report });
        Assert.Equal(CollectionStage.BeyondLadder, assessment.Stage);
        Assert.DoesNotContain(assessment.DemandablePeriods, p => p.BillId == March.Id);
    }

    [Fact]
    public void Totals_across_units_sum_the_amounts_at_risk_and_time_barred()
    {
        // Issue 5 item 7: report amounts at risk within 90 days and amounts already time-barred
        var asOf = D(2023, 4, 1);
        var first = LimitationClock.Evaluate(AccountStatement.Compute(Unit, [March, April], [], asOf), [], []);
        var second = LimitationClock.Evaluate(AccountStatement.Compute("U-2", [Bill("2020-04", 120m, "U-2")], [], asOf), [], []);

        var totals = LimitationTotals.Of([first, second]);

        Assert.Equal(new LimitationTotals(620m, 500m, 2, 1), totals);
    }

    [Fact]
    public void A_limitation_period_shorter_than_a_year_is_refused()
    {
        Assert.NotEmpty((LimitationOptions.Default with { Years = 0 }).Validate());
        Assert.Throws<ArgumentException>(() => Report(D(2022, 1, 1), options: LimitationOptions.Default with { AtRiskDays = -1 }));
    }
}
