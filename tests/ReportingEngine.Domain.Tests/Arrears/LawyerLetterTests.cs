using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Arrears;

public sealed class LawyerLetterTests
{
    private static StageAssessment Assess(string unit, DateOnly asOf, params ReportingEngine.Domain.Fees.Bill[] bills)
    {
        var statement = AccountStatement.Compute(unit, bills, [], asOf);
        return CollectionLadder.Assess(new CollectionCase { Statement = statement, UnitLabel = unit });
    }

    private static readonly DateOnly AsOf = D(2026, 9, 1);

    private static IReadOnlyList<StageAssessment> Estate() =>
    [
        Assess("U-A", AsOf, Bill("2026-04", 300m, "U-A"), Bill("2026-05", 300m, "U-A")),
        Assess("U-B", AsOf, Bill("2026-08", 300m, "U-B")),
        Assess("U-C", AsOf, Bill("2026-05", 250m, "U-C")),
        Assess("U-D", AsOf, Bill("2025-06", 250m, "U-D")),
        Assess("U-E", AsOf, Bill("2026-06", 200m, "U-E")),
    ];

    [Fact]
    public void The_draft_list_holds_the_accounts_more_than_two_months_and_at_most_a_year_past_due()
    {
        // R-COL-1 step 4: customer service drafts the list
        var draft = LawyerLetters.Draft(Estate());

        Assert.Equal(["U-A", "U-C", "U-E"], draft.Select(c => c.UnitId));
        var first = draft[0];
        Assert.Equal(600m, first.Amount);
        Assert.Equal(["2026-04", "2026-05"], first.Periods.Select(p => p.Period.ToString()));
        Assert.Equal(D(2026, 9, 16), first.Deadline);
    }

    [Fact]
    public void Letters_are_produced_only_for_approved_accounts_not_yet_sent()
    {
        // R-COL-1 step 4: departments and leaders approve; a law firm sends
        var draft = LawyerLetters.Draft(Estate());
        var actions = new[]
        {
            Letter("L1", D(2026, 8, 20), ApprovalState.Drafted, "U-A"),
            Letter("L2", D(2026, 8, 25), ApprovalState.Approved, "U-A"),
            Letter("L3", D(2026, 8, 25), ApprovalState.Rejected, "U-C"),
            Letter("L4", D(2026, 8, 21), ApprovalState.Approved, "U-E"),
            Letter("L5", D(2026, 8, 28), ApprovalState.Sent, "U-E"),
            Letter("L6", D(2026, 9, 2), ApprovalState.Approved, "U-C"),
        };

        var decisions = LawyerLetters.Decide(draft, actions, AsOf);
        var approved = LawyerLetters.Approved(draft, actions, AsOf);

        Assert.Equal(["U-A"], approved.Select(c => c.UnitId));
        Assert.Equal([ApprovalState.Approved, ApprovalState.Rejected, ApprovalState.Sent], decisions.Select(d => d.State));
        Assert.Equal("L2", decisions[0].ActionId);
    }

    [Fact]
    public void An_account_never_submitted_gets_no_letter()
    {
        var draft = LawyerLetters.Draft(Estate());

        var decisions = LawyerLetters.Decide(draft, [], AsOf);

        Assert.All(decisions, d => Assert.False(d.MayIssue));
        Assert.All(decisions, d => Assert.Null(d.State));
    }

    [Fact]
    public void A_letter_sent_for_earlier_arrears_neither_blocks_nor_authorises_a_new_one()
    {
        // R-COL-1 step 4: each list is approved for the arrears it names
        var draft = LawyerLetters.Draft(Estate());
        var earlier = new[] { Letter("L0", D(2025, 11, 2), ApprovalState.Sent, "U-A"), Letter("L9", D(2025, 12, 1), ApprovalState.Approved, "U-C") };

        var decisions = LawyerLetters.Decide(draft, earlier, AsOf);

        Assert.All(decisions, d => Assert.Null(d.State));
        Assert.Equal(["U-C"], LawyerLetters.Approved(draft, [.. earlier, Letter("L1", D(2026, 8, 30), ApprovalState.Approved, "U-C")], AsOf).Select(c => c.UnitId));
    }
}
