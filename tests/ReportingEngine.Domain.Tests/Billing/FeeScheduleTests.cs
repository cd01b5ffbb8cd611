using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Billing;

public sealed class FeeScheduleTests
{
    [Fact]
    public void The_default_schedule_delivers_on_the_15th_and_is_due_on_the_20th()
    {
        // R-FEE-2, 002 §7.3: 每月15日送交付款請求書, 當月20日前付費
        var dates = FeeSchedule.For(new BillingPeriod(2026, 10));

        Assert.Equal(D(2026, 10, 15), dates.NoticeOn);
        Assert.Equal(D(2026, 10, 20), dates.DueOn);
    }

    [Fact]
    public void The_004_profile_sends_the_notice_15_days_before_the_collection_month()
    {
        // R-FEE-2 alternative, 004 C: 收款月到来前10-15天发放缴费通知
        var dates = FeeSchedule.For(new BillingPeriod(2026, 11), FeeScheduleOptions.AdvanceNotice);

        Assert.Equal(D(2026, 10, 17), dates.NoticeOn);
        Assert.Equal(D(2026, 11, 20), dates.DueOn);
    }

    [Fact]
    public void The_004_lead_time_is_configurable_within_10_to_15_days()
    {
        var tenDays = FeeScheduleOptions.AdvanceNotice with { LeadDays = 10 };

        Assert.Equal(D(2026, 12, 22), FeeSchedule.For(new BillingPeriod(2027, 1), tenDays).NoticeOn);
        Assert.NotEmpty((tenDays with { LeadDays = 9 }).Validate());
        Assert.Throws<ArgumentException>(() => FeeSchedule.For(new BillingPeriod(2027, 1), tenDays with { LeadDays = 16 }));
    }

    [Fact]
    public void A_due_day_the_month_lacks_falls_on_its_last_day()
    {
        var endOfMonth = FeeScheduleOptions.Default with { DueDay = 31 };

        Assert.Equal(D(2027, 2, 28), FeeSchedule.DueOn(new BillingPeriod(2027, 2), endOfMonth));
    }
}
