using System.Globalization;
using ReportingEngine.Templating.Functions;

namespace ReportingEngine.Templating.Tests;

public sealed class TemplateFunctionTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("0.00", "零元整")]
    [InlineData("10.05", "壹拾元零伍分")]
    [InlineData("1001.10", "壹仟零壹元壹角整")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("1234.50", "壹仟贰佰叁拾肆元伍角整")]
    [InlineData("1234.56", "壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("0.5", "伍角整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.55", "伍角伍分")]
    [InlineData("100010", "壹拾万零壹拾元整")]
    [InlineData("10001000", "壹仟万壹仟元整")]
    [InlineData("10000100", "壹仟万零壹佰元整")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("100001000", "壹亿零壹仟元整")]
    [InlineData("1010101010", "壹拾亿壹仟零壹拾万壹仟零壹拾元整")]
    [InlineData("105000", "壹拾万伍仟元整")]
    [InlineData("1000000000000", "壹万亿元整")]
    [InlineData("9999999999999999.99", "玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    [InlineData("0.005", "壹分")]
    [InlineData("0.004", "零元整")]
    [InlineData("2.675", "贰元陆角捌分")]
    [InlineData("-35.20", "负叁拾伍元贰角整")]
    public void Money_cn_writes_amounts_in_capital_numerals(string amount, string expected)
    {
        Assert.Equal(expected, ChineseMoney.Format(decimal.Parse(amount, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Money_cn_refuses_amounts_beyond_wan_yi_in_templates()
    {
        var error = RenderAssert.SingleError(_folder.Render("{{ money_cn 99999999999999999 }}", null));

        Assert.Contains("too large", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("amount", "1234.5", "1,234.50")]
    [InlineData("amount", "0.005", "0.01")]
    [InlineData("amount", "-1234567.125", "-1,234,567.13")]
    [InlineData("amount", "0", "0.00")]
    public void Money_rounds_half_up_and_groups_thousands(string name, string amount, string expected)
    {
        var model = new Dictionary<string, object?> { [name] = decimal.Parse(amount, CultureInfo.InvariantCulture) };

        Assert.Equal(expected, RenderAssert.Markup(_folder.Render("{{ amount | money }}", model)));
    }

    [Fact]
    public void Money_functions_work_as_pipes_and_calls_on_model_values()
    {
        var model = new Dictionary<string, object?> { ["total"] = 1234.5m, ["count"] = 3L, ["text"] = "88.8" };

        var markup = RenderAssert.Markup(_folder.Render("{{ total | money }}|{{ money_cn total }}|{{ count | money }}|{{ text | money_cn }}", model));

        Assert.Equal("1,234.50|壹仟贰佰叁拾肆元伍角整|3.00|捌拾捌元捌角整", markup);
    }

    [Theory]
    [InlineData("2026-11-15", "2026年11月15日")]
    [InlineData("2026-03-05", "2026年3月5日")]
    [InlineData("2026-11-15T08:30:00", "2026年11月15日")]
    public void Date_cn_writes_the_chinese_date(string value, string expected)
    {
        Assert.Equal(expected, RenderAssert.Markup(_folder.Render("{{ date_cn d }}", new Dictionary<string, object?> { ["d"] = value })));
    }

    [Fact]
    public void Date_cn_accepts_a_DateOnly_from_a_record_model()
    {
        Assert.Equal("2026年11月15日", RenderAssert.Markup(_folder.Render("{{ posted_on | date_cn }}", new { PostedOn = new DateOnly(2026, 11, 15) })));
    }

    [Theory]
    [InlineData("2026-11", "2026年11月")]
    [InlineData("2026-01", "2026年1月")]
    [InlineData("2026-11-15", "2026年11月")]
    public void Period_cn_writes_the_chinese_month(string value, string expected)
    {
        Assert.Equal(expected, RenderAssert.Markup(_folder.Render("{{ period_cn p }}", new Dictionary<string, object?> { ["p"] = value })));
    }

    [Theory]
    [InlineData("{{ date_cn '15/11/2026' }}", "date_cn expects a date like 2026-11-15, got '15/11/2026'")]
    [InlineData("{{ period_cn '2026-13' }}", "period_cn expects a period like 2026-11, got '2026-13'")]
    [InlineData("{{ money null }}", "money expects a number, got null")]
    [InlineData("{{ floor_room 'x' '02' }}", "floor_room expects a whole floor number, got 'x'")]
    public void Functions_reject_bad_input_with_a_message(string template, string message)
    {
        Assert.EndsWith("error: " + message, RenderAssert.SingleError(_folder.Render(template, null)), StringComparison.Ordinal);
    }

    [Fact]
    public void Floor_room_writes_the_unit_label_of_R_DOS_1()
    {
        // R-DOS-1: a unit is identified by floor-room (楼层-房号).
        var model = new { Unit = new { Floor = 15, Room = "02" } };

        Assert.Equal("15-02|3-07|-1-05", RenderAssert.Markup(_folder.Render("{{ floor_room unit.floor unit.room }}|{{ floor_room 3 7 }}|{{ floor_room (-1) '05' }}", model)));
    }
}
