using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Arrears;

public sealed class FeeReportTests
{
    private static readonly DateOnly AsOf = D(2026, 10, 31);

    private static IReadOnlyList<UnitAccount> Accounts() =>
    [
        new("C1", "B1", AccountStatement.Compute("U1", [Bill("2026-09", 300m, "U1"), Bill("2026-10", 300m, "U1")], [Pay("P1", "x", D(2026, 9, 18), 400m, "U1")], AsOf)),
        new("C1", "B1", AccountStatement.Compute("U2", [Bill("2026-09", 200m, "U2"), Bill("2026-10", 200m, "U2")], [], AsOf)),
        new("C1", "B2", AccountStatement.Compute("U3", [Bill("2026-10", 0m, "U3")], [], AsOf)),
        new("C2", "B9", AccountStatement.Compute("U4", [Bill("2026-10", 150m, "U4")], [Pay("P2", "x", D(2026, 10, 16), 150m, "U4")], AsOf)),
    ];

    [Fact]
    public void Receivable_received_arrears_and_rate_are_reported_per_building_and_month()
    {
        // R-FEE-3: receivable, received and arrears are kept and reported
        var rows = FeeReports.Collection(Accounts(), FeeReportLevel.BuildingMonth);

        var b1September = rows.Single(r => r.BuildingId == "B1" && r.Period == new BillingPeriod(2026, 9));
        Assert.Equal((500m, 300m, 200m), (b1September.Figures.Receivable, b1September.Figures.Received, b1September.Figures.Arrears));
        Assert.Equal(0.6m, b1September.Figures.CollectionRate);
        var b1October = rows.Single(r => r.BuildingId == "B1" && r.Period == new BillingPeriod(2026, 10));
        Assert.Equal(100m / 500m, b1October.Figures.CollectionRate);
        Assert.Equal(20m, b1October.Figures.CollectionRatePercent);
        Assert.Equal(["B1", "B1", "B2", "B9"], rows.Select(r => r.BuildingId));
    }

    [Fact]
    public void A_zero_receivable_gives_no_collection_rate_rather_than_a_division_by_zero()
    {
        // R-FEE-3: collection rate = received / receivable; 0 receivable → null
        var rows = FeeReports.Collection(Accounts(), FeeReportLevel.Building);

        var empty = rows.Single(r => r.BuildingId == "B2");
        Assert.Equal(0m, empty.Figures.Receivable);
        Assert.Null(empty.Figures.CollectionRate);
        Assert.Null(empty.Figures.CollectionRatePercent);
    }

    [Fact]
    public void Community_rows_sum_their_buildings()
    {
        // R-FEE-4: published per community
        var rows = FeeReports.Collection(Accounts(), FeeReportLevel.Community);

        Assert.Equal(["C1", "C2"], rows.Select(r => r.CommunityId));
        Assert.Equal((1000m, 400m, 600m), (rows[0].Figures.Receivable, rows[0].Figures.Received, rows[0].Figures.Arrears));
        Assert.Null(rows[0].BuildingId);
        Assert.Null(rows[0].Period);
        Assert.Equal(1m, rows[1].Figures.CollectionRate);
        Assert.Equal(new FeeFigures(1150m, 550m), FeeReports.Total(Accounts()));
    }

    [Theory]
    [InlineData("2026-03-20", null)]
    [InlineData("2026-03-21", AgingBucket.UpToOneMonth)]
    [InlineData("2026-04-20", AgingBucket.UpToOneMonth)]
    [InlineData("2026-04-21", AgingBucket.OneToTwoMonths)]
    [InlineData("2026-05-20", AgingBucket.OneToTwoMonths)]
    [InlineData("2026-05-21", AgingBucket.TwoToThreeMonths)]
    [InlineData("2026-06-20", AgingBucket.TwoToThreeMonths)]
    [InlineData("2026-06-21", AgingBucket.ThreeToSixMonths)]
    [InlineData("2026-09-20", AgingBucket.ThreeToSixMonths)]
    [InlineData("2026-09-21", AgingBucket.SixToTwelveMonths)]
    [InlineData("2027-03-20", AgingBucket.SixToTwelveMonths)]
    [InlineData("2027-03-21", AgingBucket.OverTwelveMonths)]
    public void Aging_bucket_upper_edges_are_inclusive(string asOf, AgingBucket? expected)
    {
        // R-FEE-3 aging: due 2026-03-20; exactly n months stays in the lower bucket
        Assert.Equal(expected, ArrearsAging.BucketOf(D(2026, 3, 20), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Aging_sums_outstanding_amounts_by_age_and_keeps_not_yet_due_apart()
    {
        var statement = AccountStatement.Compute(Unit, [Bill("2025-06", 100m), Bill("2026-07", 200m), Bill("2026-10", 300m)], [], D(2026, 10, 18));

        var aging = ArrearsAging.Of([statement]);

        Assert.Equal(100m, aging.Amounts[AgingBucket.OverTwelveMonths]);
        Assert.Equal(200m, aging.Amounts[AgingBucket.TwoToThreeMonths]);
        Assert.Equal(0m, aging.Amounts[AgingBucket.UpToOneMonth]);
        Assert.Equal(300m, aging.NotYetDue);
        Assert.Equal(300m, aging.Overdue);
        Assert.Equal(6, aging.Amounts.Count);
        Assert.Equal("12个月以上", AgingReport.Label(AgingBucket.OverTwelveMonths));
    }

    [Fact]
    public void Aging_can_be_grouped_per_building()
    {
        var grouped = ArrearsAging.Grouped(Accounts(), byBuilding: true);

        Assert.Equal(["B1", "B2", "B9"], grouped.Select(g => g.Key));
        Assert.Equal(200m, grouped[0].Value.Amounts[AgingBucket.OneToTwoMonths]);
        Assert.Equal(400m, grouped[0].Value.Amounts[AgingBucket.UpToOneMonth]);
    }
}
