using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Arrears;

public sealed class PhoneScriptTests
{
    [Fact]
    public void The_call_states_each_item_with_its_periods_and_amounts_and_a_deadline()
    {
        // R-COL-1 step 2: greet, identify self, items, periods, amounts, deadline
        var september = BillCalculator.Calculate(Request("2026-09"));
        var october = BillCalculator.Calculate(Request("2026-10"));
        var payment = Pay("P1", october.Bill!.Id, D(2026, 10, 25), 100m);
        var statement = AccountStatement.Compute(Unit, [september.Bill!, october.Bill!], [payment], D(2026, 11, 5));
        var assessment = CollectionLadder.Assess(new CollectionCase { Statement = statement, UnitLabel = "3栋 12-02", OwnerLivesAbroad = true });

        var facts = PhoneScript.Compose(assessment, [.. september.Lines, .. october.Lines], [Management, Parking], "陈先生", "翠湖花园物业服务中心", "王丽")!;

        Assert.Equal("陈先生您好", facts.Greeting);
        Assert.Equal("我是翠湖花园物业服务中心的王丽", facts.CallerIntroduction);
        Assert.Equal((new BillingPeriod(2026, 9), new BillingPeriod(2026, 10)), (facts.From, facts.To));

        // 100 paid settles September's management line first (210.49 → 110.49 owed), then nothing else.
        var management = facts.Items.Single(i => i.Name == "物业管理费");
        var parking = facts.Items.Single(i => i.Name == "停车费");
        Assert.Equal(110.49m + 210.49m, management.Amount);
        Assert.Equal(600m, parking.Amount);
        Assert.Equal(new BillingPeriod(2026, 9), parking.From);
        Assert.Equal(statement.TotalOutstanding, facts.Total);
        Assert.Equal(facts.Total, facts.Items.Sum(i => i.Amount));
        Assert.Equal(D(2026, 11, 12), facts.Deadline);
    }

    [Fact]
    public void Nothing_past_due_means_no_call()
    {
        var bill = BillCalculator.Calculate(Request("2026-10")).Bill!;
        var statement = AccountStatement.Compute(Unit, [bill], [], D(2026, 10, 18));
        var assessment = CollectionLadder.Assess(new CollectionCase { Statement = statement, UnitLabel = "3栋 12-02" });

        Assert.Null(PhoneScript.Compose(assessment, [], [], "陈先生", "服务中心", "王丽"));
    }

    private static BillingRequest Request(string period) => new()
    {
        UnitId = Unit,
        BuildingArea = 89.57m,
        Period = BillingPeriod.Parse(period),
        FeeItems = [Management, Parking],
        ParkingSpaces = 1,
    };
}
