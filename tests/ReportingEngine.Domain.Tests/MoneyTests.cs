using ReportingEngine.Domain.Common;
using Xunit;

namespace ReportingEngine.Domain.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("2.665", "2.67")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("-2.675", "-2.68")]
    [InlineData("1.004", "1.00")]
    public void Lines_round_half_up_to_a_fen(string amount, string expected)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Money.RoundLine(value));
    }

    [Fact]
    public void A_line_is_quantity_times_price_rounded_once()
    {
        Assert.Equal(286.40m, Money.Line(89.50m, 3.20m));
        Assert.Equal(0.01m, Money.Line(0.5m, 0.01m));
        Assert.Equal("1234.50", Money.Format(1234.5m));
    }

    [Fact]
    public void Periods_and_quarters_parse_only_their_exact_form()
    {
        Assert.Equal(new BillingPeriod(2026, 10), BillingPeriod.Parse("2026-10"));
        Assert.False(BillingPeriod.TryParse("2026-13", out _));
        Assert.False(BillingPeriod.TryParse("2026-1", out _));
        Assert.Equal("2024-11", new BillingPeriod(2026, 10).AddMonths(-23).ToString());
        Assert.Equal(new SurveyQuarter(2026, 3), SurveyQuarter.Parse("2026Q3"));
        Assert.False(SurveyQuarter.TryParse("2026Q5", out _));
    }
}
