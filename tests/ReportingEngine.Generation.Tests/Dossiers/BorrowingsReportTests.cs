using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Generation.Dossiers;

namespace ReportingEngine.Generation.Tests.Dossiers;

public sealed class BorrowingsReportTests(DossierEstateFixture estate) : IClassFixture<DossierEstateFixture>
{
    private static Borrowing Borrow(string id, DocumentForm form, DateTime at, DateTime due, DateTime? returned, bool offSite) =>
        new(id, "U1", "入伙通知书", form, "周敏", "工程部", "核对资料", "客户服务主管 林小红", at, due, returned, offSite, null);

    [Fact]
    public void Days_overdue_count_from_the_due_date_to_the_as_of_date()
    {
        // R-ACC-5
        var rows = BorrowingsBuilder.Rows([Borrow("B1", DocumentForm.Copy, new DateTime(2025, 11, 20, 10, 0, 0), new DateTime(2025, 11, 27, 10, 0, 0), null, false)], new Dictionary<string, string>(), new DateOnly(2025, 12, 1), new List<DossierProblem>());
        Assert.Equal(4, Assert.Single(rows).DaysOverdue);
    }

    [Fact]
    public void A_borrowing_returned_after_the_as_of_date_was_still_out_on_that_date()
    {
        var rows = BorrowingsBuilder.Rows([Borrow("B1", DocumentForm.Copy, new DateTime(2025, 11, 20, 10, 0, 0), new DateTime(2025, 11, 27, 10, 0, 0), new DateTime(2025, 12, 3, 9, 0, 0), false)], new Dictionary<string, string>(), new DateOnly(2025, 12, 1), new List<DossierProblem>());
        Assert.Single(rows);
    }

    [Fact]
    public void An_original_kept_past_the_day_is_a_violation_even_inside_the_company()
    {
        // R-ACC-4: a same-day borrow is returned the same day.
        var rows = BorrowingsBuilder.Rows([Borrow("B1", DocumentForm.Original, new DateTime(2025, 11, 30, 10, 0, 0), new DateTime(2025, 11, 30, 18, 0, 0), null, false)], new Dictionary<string, string>(), new DateOnly(2025, 12, 1), new List<DossierProblem>());
        Assert.Equal("原件未当日归还", Assert.Single(rows).Violation);
    }

    [Fact]
    public void A_borrowing_without_a_recorded_approval_is_a_violation()
    {
        // R-ACC-2: borrowing needs written approval.
        var rows = BorrowingsBuilder.Rows([Borrow("B1", DocumentForm.Copy, new DateTime(2025, 11, 28, 10, 0, 0), new DateTime(2025, 12, 5, 10, 0, 0), null, false) with { ApprovedBy = " " }], new Dictionary<string, string>(), new DateOnly(2025, 12, 1), new List<DossierProblem>());
        Assert.Equal("无批准记录", Assert.Single(rows).Violation);
    }

    [Fact]
    public void An_unapproved_original_taken_away_shows_both_violations()
    {
        // R-ACC-2 and R-ACC-4 together.
        var rows = BorrowingsBuilder.Rows([Borrow("B1", DocumentForm.Original, new DateTime(2025, 12, 1, 10, 0, 0), new DateTime(2025, 12, 1, 18, 0, 0), null, true) with { ApprovedBy = "" }], new Dictionary<string, string>(), new DateOnly(2025, 12, 1), new List<DossierProblem>());
        Assert.Equal("无批准记录；原件带出公司", Assert.Single(rows).Violation);
    }

    [Fact]
    public void An_approved_copy_taken_away_is_allowed_but_marked_as_needing_the_owners_consent()
    {
        // R-ACC-4: copies may leave with approval; R-ACC-6: customer data leaves only with the customer's consent.
        var rows = BorrowingsBuilder.Rows([Borrow("B1", DocumentForm.Copy, new DateTime(2025, 11, 28, 10, 0, 0), new DateTime(2025, 12, 5, 10, 0, 0), null, true)], new Dictionary<string, string>(), new DateOnly(2025, 12, 1), new List<DossierProblem>());
        var row = Assert.Single(rows);
        Assert.Equal("", row.Violation);
        Assert.Equal("已带出公司（须业户同意）", row.WhereTo);
    }

    [Fact]
    public async Task The_report_lists_what_is_out_flags_originals_taken_away_and_reports_the_impossible_return_by_key()
    {
        // R-ACC-4, R-ACC-5; issue 4 bad input (returned before borrowed).
        var result = await estate.Documents.BorrowingsAsync(estate.Job(new DateOnly(2025, 12, 1), "pdf", "docx"), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("borrowings", DossierEstate.ReturnedBeforeBorrowed), (problem.Table, problem.Key));

        var text = PdfText.Of(result.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Contains("原件带出公司", text, StringComparison.Ordinal);
        Assert.Contains("已带出公司", text, StringComparison.Ordinal);
        Assert.Contains("买卖协议复印件", text, StringComparison.Ordinal);
        Assert.Contains("1栋1-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("装修申请表", text, StringComparison.Ordinal);
        Assert.Contains("报：总经理", text, StringComparison.Ordinal);
        PdfText.AssertValidDocx(result.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
    }
}
