using System.Text;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Tests.Calendar;

public sealed class CalendarFileTests
{
    [Fact]
    public void Broken_json_is_reported_with_line_and_column()
    {
        var ex = Assert.Throws<CalendarException>(() => Parse("{\n  \"jobs\": {\n    \"fee-notices\": { \"cron\" \"0 0 5 15 * ?\" }\n  }\n}"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((3, 29), (problem.Line, problem.Column));
        Assert.StartsWith("calendar.json(3,29): error: not valid JSON", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_job_kind_is_reported_at_its_name()
    {
        var ex = Assert.Throws<CalendarException>(() => Parse("{\n  \"jobs\": {\n    \"fee-notice\": { \"enabled\": false }\n  }\n}"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((3, 5), (problem.Line, problem.Column));
        Assert.Contains("unknown job kind 'fee-notice'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("fee-notices", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_cron_expression_and_a_bad_misfire_policy_are_both_reported_at_their_values()
    {
        var ex = Assert.Throws<CalendarException>(() => Parse("{ \"jobs\": {\n \"borrowings-report\": { \"cron\": \"every 4th\",\n \"misfire\": \"twice\" } } }"));
        Assert.Equal(2, ex.Problems.Count);
        Assert.Equal((2, 33), (ex.Problems[0].Line, ex.Problems[0].Column));
        Assert.Contains("not a Quartz cron expression", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal((3, 13), (ex.Problems[1].Line, ex.Problems[1].Column));
        Assert.Contains("\"fire-once\"", ex.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_that_never_comes_is_refused()
    {
        var ex = Assert.Throws<CalendarException>(() => Parse("""{ "jobs": { "fee-notices": { "cron": "0 0 5 31 2 ?" } } }"""));
        Assert.Contains("never fires", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_the_right_id_in_the_message()
    {
        var ex = Assert.Throws<CalendarException>(() => Parse("""{ "timeZone": "China/Beijing" }"""));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((1, 15), (problem.Line, problem.Column));
        Assert.Contains("Asia/Shanghai", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_characters_not_bytes_after_chinese_text()
    {
        var ex = Assert.Throws<CalendarException>(() => Parse("{ \"$comment\": \"缴费通知\", \"jobs\": 5 }"));
        Assert.Equal((1, 31), (Assert.Single(ex.Problems).Line, ex.Problems[0].Column));
    }

    [Fact]
    public async Task A_missing_file_is_a_problem_with_its_name()
    {
        var ex = await Assert.ThrowsAsync<CalendarException>(() => CalendarFile.LoadAsync(Path.Combine(Path.GetTempPath(), "no-such-calendar.json"), CancellationToken.None));
        Assert.Contains("no-such-calendar.json(1,1): error: cannot read", ex.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_example_calendar_of_the_repository_loads()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ReportingEngine.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        var calendar = await CalendarFile.LoadAsync(Path.Combine(root, "config", "calendar.json"), CancellationToken.None);
        Assert.Equal("Asia/Shanghai", calendar.TimeZoneId);
        Assert.Equal("0 0 5 15 * ?", calendar.Entries.Single(e => e.Key == "fee-notices").Cron);
        Assert.Contains(calendar.Entries, e => e.Key == "fee-notices.HB" && e.Cron == "0 0 5 10 * ?");
        Assert.Contains(calendar.Entries, e => e.Key == "survey-plan.HB" && !e.Enabled);
    }

    private static RegulationCalendar Parse(string json) => CalendarFile.Parse("calendar.json", Encoding.UTF8.GetBytes(json));
}
