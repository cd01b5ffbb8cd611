using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Service;
using Xunit;
using static ReportingEngine.Domain.Tests.Service.ServiceFixtures;

namespace ReportingEngine.Domain.Tests.Service;

public sealed class VisitSummaryTests
{
    private static readonly SurveyQuarter Q3 = new(2026, 3);
    private static readonly DateOnly QuarterEnd = new(2026, 9, 30);

    [Fact]
    public void A_month_in_which_the_manager_joined_no_visit_is_an_R_VIS_1_finding()
    {
        // R-VIS-1: the manager joins at least one visit a month; August has visits, but none with the manager
        var visits = new[]
        {
            Visit("V1", new DateOnly(2026, 7, 3), managerJoined: true),
            Visit("V2", new DateOnly(2026, 8, 5), managerJoined: false),
            Visit("V3", new DateOnly(2026, 8, 20), managerJoined: false),
            Visit("V4", new DateOnly(2026, 9, 30), managerJoined: true),
        };

        var summary = VisitSummary.Compute(visits, Q3, QuarterEnd);

        var finding = Assert.Single(summary.Findings);
        Assert.Equal(new BillingPeriod(2026, 8), finding.Month);
        Assert.Equal((2, 0), (finding.Visits, finding.ManagerVisits));
        Assert.Equal([CheckStatus.Met, CheckStatus.Breached, CheckStatus.Met], summary.Months.Select(m => m.ManagerCheck));
    }

    [Fact]
    public void A_month_without_any_visit_is_an_R_VIS_1_finding_too()
    {
        // R-VIS-1: no visit at all means the manager joined none
        var summary = VisitSummary.Compute([Visit("V1", new DateOnly(2026, 7, 3), true), Visit("V2", new DateOnly(2026, 9, 1), true)], Q3, QuarterEnd);

        var finding = Assert.Single(summary.Findings);
        Assert.Equal((new BillingPeriod(2026, 8), 0), (finding.Month, finding.Visits));
    }

    [Fact]
    public void A_single_visit_with_the_manager_satisfies_R_VIS_1_for_its_month()
    {
        // R-VIS-1: one visit a month is enough, even on the month's last day
        var visits = new[]
        {
            Visit("V1", new DateOnly(2026, 7, 31), managerJoined: true),
            Visit("V2", new DateOnly(2026, 8, 1), managerJoined: true),
            Visit("V3", new DateOnly(2026, 9, 15), managerJoined: true),
            Visit("V4", new DateOnly(2026, 9, 16), managerJoined: false),
        };

        var summary = VisitSummary.Compute(visits, Q3, QuarterEnd);

        Assert.Empty(summary.Findings);
        Assert.All(summary.Months, m => Assert.Equal(CheckStatus.Met, m.ManagerCheck));
    }

    [Fact]
    public void A_month_not_yet_ended_on_the_report_date_is_not_judged_under_R_VIS_1()
    {
        // R-VIS-1: on 15 September the manager can still join a September visit; July and August have ended
        var visits = new[]
        {
            Visit("V1", new DateOnly(2026, 7, 3), managerJoined: true),
            Visit("V2", new DateOnly(2026, 9, 10), managerJoined: false),
        };

        var summary = VisitSummary.Compute(visits, Q3, new DateOnly(2026, 9, 15));

        Assert.Equal([CheckStatus.Met, CheckStatus.Breached, CheckStatus.Pending], summary.Months.Select(m => m.ManagerCheck));
        Assert.Equal(new BillingPeriod(2026, 8), Assert.Single(summary.Findings).Month);
    }

    [Fact]
    public void A_month_ends_on_its_last_day_so_a_report_dated_then_judges_it()
    {
        // R-VIS-1: the report date is inclusive; on 31 August, August is over
        var summary = VisitSummary.Compute([Visit("V1", new DateOnly(2026, 7, 3), true)], Q3, new DateOnly(2026, 8, 31));

        Assert.Equal([CheckStatus.Met, CheckStatus.Breached, CheckStatus.Pending], summary.Months.Select(m => m.ManagerCheck));
    }

    [Fact]
    public void Visits_after_the_report_date_or_outside_the_quarter_are_not_counted()
    {
        // R-VIS-1: a visit made after the report date cannot satisfy an earlier report
        var visits = new[]
        {
            Visit("June", new DateOnly(2026, 6, 30), managerJoined: true),
            Visit("V1", new DateOnly(2026, 7, 3), managerJoined: true),
            Visit("Later", new DateOnly(2026, 8, 20), managerJoined: true),
            Visit("October", new DateOnly(2026, 10, 1), managerJoined: true),
        };

        var summary = VisitSummary.Compute(visits, Q3, new DateOnly(2026, 8, 19));

        Assert.Equal(["V1"], summary.Visits.Select(v => v.Id));
        Assert.Equal(CheckStatus.Pending, summary.Months[1].ManagerCheck);
    }

    [Fact]
    public void Visits_are_counted_per_month_per_household_and_per_topic_and_listed_by_date()
    {
        // R-VIS-1: the summary for the project manager lists every visit with its visitors and notes
        var visits = new[]
        {
            Visit("B", new DateOnly(2026, 7, 10), true, unitId: "U1", topic: "欠费沟通"),
            Visit("A", new DateOnly(2026, 7, 10), false, unitId: "U1", topic: "例行走访"),
            Visit("C", new DateOnly(2026, 7, 2), false, unitId: "U2", topic: "例行走访"),
            Visit("D", new DateOnly(2026, 8, 9), true, unitId: "U1", topic: "例行走访"),
        };

        var summary = VisitSummary.Compute(visits, Q3, QuarterEnd);

        Assert.Equal(["C", "A", "B", "D"], summary.Visits.Select(v => v.Id));
        Assert.Equal((4, 2, 2), (summary.Total, summary.Households, summary.ManagerVisits));
        Assert.Equal((3, 2, 1), (summary.Months[0].Visits, summary.Months[0].Households, summary.Months[0].ManagerVisits));
        Assert.Equal([new CountRow("例行走访", 3), new CountRow("欠费沟通", 1)], summary.ByTopic);
        Assert.Equal([7, 8, 9], summary.Months.Select(m => m.Month.Month));
    }

    [Fact]
    public void A_visit_without_visitors_or_topic_is_reported_with_its_key_and_still_counted()
    {
        // R-VIS-1: the record names who went and why; a gap is a data problem, not a reason to drop the visit
        var visits = new[] { Visit("V1", new DateOnly(2026, 7, 3), false, topic: " ", visitors: "") };

        var summary = VisitSummary.Compute(visits, Q3, QuarterEnd);

        Assert.Equal(["V1", "V1"], summary.Issues.Select(i => i.RecordId));
        Assert.Equal(new CountRow(ServiceMessages.UnstatedTopic, 1), Assert.Single(summary.ByTopic));
        Assert.Equal(1, summary.Total);
    }

    [Fact]
    public void A_quarter_without_visits_is_three_findings_once_it_has_ended()
    {
        // R-VIS-1: nobody visited, so the manager joined no visit in any month
        var summary = VisitSummary.Compute([], Q3, QuarterEnd);

        Assert.Equal(3, summary.Findings.Count);
        Assert.Equal(0, summary.Total);
        Assert.Empty(summary.ByTopic);
    }
}
