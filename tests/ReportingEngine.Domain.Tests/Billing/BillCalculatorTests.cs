using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Billing;

public sealed class BillCalculatorTests
{
    private static readonly BillingPeriod October = new(2026, 10);

    private static BillingRequest Request(params ReportingEngine.Domain.Fees.FeeItem[] items) => new()
    {
        UnitId = Unit,
        BuildingArea = 89.57m,
        Period = October,
        FeeItems = items,
    };

    [Fact]
    public void Management_fee_is_rate_times_building_area_rounded_half_up()
    {
        // R-FEE-1: 2.35 元/m² × 89.57 m² = 210.4895 → 210.49
        var result = BillCalculator.Calculate(Request(Management));

        Assert.True(result.Succeeded);
        var line = Assert.Single(result.Lines);
        Assert.Equal(89.57m, line.Quantity);
        Assert.Equal(210.49m, line.Amount);
        Assert.Equal("物业管理费 2026-10", line.Description);
        Assert.Equal(210.49m, result.Bill!.Total);
    }

    [Fact]
    public void Metered_water_and_electricity_are_consumption_times_price()
    {
        // R-FEE-1: water (1215.2 − 1203.5) × 5.8 = 67.86; electricity (3701 − 3456) × 0.4883 = 119.6335 → 119.63
        var request = Request(Water, Electricity) with
        {
            Readings = [Reading(Water, "2026-10", 1203.5m, 1215.2m), Reading(Electricity, "2026-10", 3456m, 3701m), Reading(Water, "2026-09", 1190m, 1203.5m)],
        };

        var result = BillCalculator.Calculate(request);

        Assert.True(result.Succeeded);
        Assert.Equal([67.86m, 119.63m], result.Lines.Select(l => l.Amount));
        Assert.Equal([11.7m, 245m], result.Lines.Select(l => l.Quantity));
    }

    [Fact]
    public void The_total_is_the_sum_of_the_rounded_lines_not_the_rounded_sum()
    {
        // R-FEE-1: 0.5 × 0.25 = 0.125 → 0.13 on each of two lines: total 0.26, where rounding the sum would give 0.25
        var cheapWater = Water with { Rate = 0.25m };
        var cheapPower = Electricity with { Rate = 0.25m };
        var request = Request(cheapWater, cheapPower) with
        {
            Readings = [Reading(cheapWater, "2026-10", 10m, 10.5m), Reading(cheapPower, "2026-10", 20m, 20.5m)],
        };

        var result = BillCalculator.Calculate(request);

        Assert.Equal([0.13m, 0.13m], result.Lines.Select(l => l.Amount));
        Assert.Equal(0.26m, result.Bill!.Total);
    }

    [Fact]
    public void A_reading_going_backwards_is_an_error_with_the_meter_key_and_no_bill()
    {
        // R-FEE-1: a meter reading below the previous one cannot be billed
        var request = Request(Management, Water) with { Readings = [Reading(Water, "2026-10", 1215.2m, 1203.5m)] };

        var result = BillCalculator.Calculate(request);

        Assert.False(result.Succeeded);
        Assert.Null(result.Bill);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("unit U-3-1202 meter WATER 2026-10", issue.Key);
        Assert.Contains("below the previous reading", issue.Message, StringComparison.Ordinal);
        Assert.StartsWith("unit U-3-1202 meter WATER 2026-10: error:", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_meter_reading_is_an_error()
    {
        var result = BillCalculator.Calculate(Request(Water));

        Assert.False(result.Succeeded);
        Assert.Contains("no meter reading", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parking_is_charged_per_space_and_left_off_without_a_space()
    {
        // R-FEE-1: fixed parking fee
        var withTwo = BillCalculator.Calculate(Request(Management, Parking) with { ParkingSpaces = 2 });
        var withNone = BillCalculator.Calculate(Request(Management, Parking));

        Assert.Equal([210.49m, 600m], withTwo.Lines.Select(l => l.Amount));
        Assert.Equal(810.49m, withTwo.Bill!.Total);
        Assert.Single(withNone.Lines);
    }

    [Fact]
    public void A_paid_service_is_billed_only_once_the_owner_has_signed()
    {
        // R-FEE-1: paid services confirmed by the owner's signature, settled monthly
        var signed = new PaidService("S-1", Unit, Equipment.Id, "2026-10", "空调加时运行", 3m, 45.5m, D(2026, 10, 8));
        var unsigned = new PaidService("S-2", Unit, Equipment.Id, "2026-10", "新风加时运行", 2m, 30m, null);
        var otherMonth = signed with { Id = "S-3", Period = "2026-09" };

        var result = BillCalculator.Calculate(Request(Management, Equipment) with { PaidServices = [signed, unsigned, otherMonth] });

        Assert.True(result.Succeeded);
        Assert.Equal([210.49m, 136.5m], result.Lines.Select(l => l.Amount));
        var warning = Assert.Single(result.Issues);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains("S-2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_service_under_an_unknown_fee_item_is_an_error_not_a_silent_omission()
    {
        var orphan = new PaidService("S-9", Unit, "FI-NOPE", "2026-10", "清洗油烟机", 1m, 80m, D(2026, 10, 3));

        var result = BillCalculator.Calculate(Request(Management) with { PaidServices = [orphan] });

        Assert.False(result.Succeeded);
        Assert.Contains("FI-NOPE", Assert.Single(result.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_without_building_area_cannot_be_charged_the_management_fee()
    {
        var result = BillCalculator.Calculate(Request(Management) with { BuildingArea = 0m });

        Assert.False(result.Succeeded);
        Assert.Equal("unit U-3-1202 2026-10", Assert.Single(result.Issues).Key);
    }

    [Fact]
    public void The_bill_carries_the_notice_on_the_15th_and_the_due_date_on_the_20th()
    {
        // R-FEE-2, 002 §7.3
        var bill = BillCalculator.Calculate(Request(Management)).Bill!;

        Assert.Equal(D(2026, 10, 15), bill.IssuedOn);
        Assert.Equal(D(2026, 10, 20), bill.DueOn);
        Assert.Equal("B-U-3-1202-2026-10", bill.Id);
        Assert.Equal("2026-10", bill.Period);
    }
}
