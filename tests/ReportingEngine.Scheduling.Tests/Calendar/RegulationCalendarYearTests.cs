using System.Text;
using Microsoft.Extensions.Time.Testing;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.Hosting;
using ReportingEngine.Scheduling.Jobs;

namespace ReportingEngine.Scheduling.Tests.Calendar;

/// <summary>The default calendar over the whole of 2027, computed from the very Quartz triggers the worker stores.</summary>
public sealed class RegulationCalendarYearTests
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Fee_notices_fire_on_the_15th_of_every_month_early_in_the_morning() // R-FEE-2
    {
        var fires = FiresIn2027(RegulationCalendar.Default, "fee-notices");
        Assert.Equal(12, fires.Count);
        Assert.All(fires, f => Assert.Equal((15, 5, 0), (f.Day, f.Hour, f.Minute)));
        Assert.Equal(Enumerable.Range(1, 12), fires.Select(f => f.Month));
    }

    [Fact]
    public void The_borrowings_list_is_made_every_month_before_the_5th() // R-ACC-5
    {
        var fires = FiresIn2027(RegulationCalendar.Default, "borrowings-report");
        Assert.Equal(12, fires.Count);
        Assert.All(fires, f => Assert.True(f.Day < 5, $"{f:yyyy-MM-dd} is not before the 5th"));
        Assert.Equal(Enumerable.Range(1, 12), fires.Select(f => f.Month));
    }

    [Fact]
    public void The_dossier_inspection_comes_once_each_half_year() // R-QI-2
    {
        var fires = FiresIn2027(RegulationCalendar.Default, "dossier-inspection");
        Assert.Equal([new DateTime(2027, 1, 2, 7, 0, 0), new DateTime(2027, 7, 2, 7, 0, 0)], fires);
    }

    [Fact]
    public void The_survey_plan_opens_each_quarter() // R-SAT-1
    {
        var fires = FiresIn2027(RegulationCalendar.Default, "survey-plan");
        Assert.Equal([1, 4, 7, 10], fires.Select(f => f.Month));
        Assert.All(fires, f => Assert.Equal((1, 7), (f.Day, f.Hour)));
    }

    [Fact]
    public void The_repair_statistics_and_the_complaint_summary_are_there_on_the_1st_of_every_month() // R-REP-1, R-CMP-1
    {
        foreach (var kind in new[] { "repair-statistics", "complaint-summary" })
        {
            var fires = FiresIn2027(RegulationCalendar.Default, kind);
            Assert.Equal(Enumerable.Range(1, 12), fires.Select(f => f.Month));
            Assert.All(fires, f => Assert.Equal((1, 0), (f.Day, f.Hour)));
        }
    }

    [Fact]
    public void The_visit_summary_is_there_on_the_first_day_of_each_quarter_for_the_quarter_just_closed() // R-VIS-1
    {
        var fires = FiresIn2027(RegulationCalendar.Default, "visit-summary");
        Assert.Equal([1, 4, 7, 10], fires.Select(f => f.Month));
        Assert.All(fires, f => Assert.Equal((1, 1, 0), (f.Day, f.Hour, f.Minute)));

        // After the monthly documents of the same night, before the survey plan opens the new quarter.
        var complaints = FiresIn2027(RegulationCalendar.Default, "complaint-summary");
        var plans = FiresIn2027(RegulationCalendar.Default, "survey-plan");
        Assert.All(fires, f => Assert.True(complaints.Single(c => c.Month == f.Month) < f && f < plans.Single(p => p.Month == f.Month), $"{f:yyyy-MM-dd HH:mm}"));
    }

    [Fact]
    public void The_calendar_knows_every_regulation_job_kind_once()
    {
        Assert.Equal(
            ["fee-notices", "borrowings-report", "dossier-inspection", "survey-plan", "repair-statistics", "complaint-summary", "visit-summary", "sealing-list"],
            JobKinds.All.Select(k => k.Name));
        Assert.All(JobKinds.All, k => Assert.NotNull(CalendarJobs.JobType(k)));
    }

    [Fact]
    public void The_sealing_list_comes_once_a_year_a_month_before_January() // R-DOS-10
    {
        Assert.Equal([new DateTime(2027, 12, 1, 7, 0, 0)], FiresIn2027(RegulationCalendar.Default, "sealing-list"));
    }

    [Fact]
    public void Times_are_China_Standard_Time_whatever_the_machine_zone_is()
    {
        var first = FireTimesUtc(RegulationCalendar.Default, "fee-notices").First();
        Assert.Equal(new DateTimeOffset(2027, 1, 14, 21, 0, 0, TimeSpan.Zero), first);
    }

    [Fact]
    public void A_company_with_its_own_entry_leaves_the_shared_one()
    {
        var json = """
            {
              "companies": { "HB": { "fee-notices": { "cron": "0 0 5 10 * ?" } } }
            }
            """;
        var calendar = CalendarFile.Parse("calendar.json", Encoding.UTF8.GetBytes(json));

        var own = FiresIn2027(calendar, "fee-notices.HB");
        Assert.Equal(12, own.Count);
        Assert.All(own, f => Assert.Equal(10, f.Day));
        Assert.Equal(12, FiresIn2027(calendar, "fee-notices").Count);
        var shared = CalendarJobs.Job(calendar, calendar.Entries.Single(e => e.Key == "fee-notices"));
        var company = CalendarJobs.Job(calendar, calendar.Entries.Single(e => e.Key == "fee-notices.HB"));
        Assert.Equal("HB", shared.JobDataMap[JobData.ExcludeCompanies]);
        Assert.Equal("HB", company.JobDataMap[JobData.Company]);
    }

    [Fact]
    public void A_disabled_entry_never_fires()
    {
        var calendar = CalendarFile.Parse("calendar.json", """{ "jobs": { "survey-plan": { "enabled": false } } }"""u8);
        Assert.DoesNotContain(calendar.EnabledEntries, e => e.Key == "survey-plan");
        Assert.Equal(JobKinds.All.Count - 1, calendar.EnabledEntries.Count());
    }

    private static List<DateTime> FiresIn2027(RegulationCalendar calendar, string key) =>
        [.. FireTimesUtc(calendar, key).Select(t => TimeZoneInfo.ConvertTime(t, China).DateTime)];

    private static List<DateTimeOffset> FireTimesUtc(RegulationCalendar calendar, string key)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var entry = calendar.EnabledEntries.Single(e => e.Key == key);
        var trigger = CalendarJobs.Trigger(calendar, entry, time);
        var start = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var end = start.AddYears(1);
        var fires = new List<DateTimeOffset>();
        for (var next = trigger.GetFireTimeAfter(start.AddTicks(-1)); next is { } t && t < end; next = trigger.GetFireTimeAfter(t))
        {
            fires.Add(t);
        }

        return fires;
    }
}
