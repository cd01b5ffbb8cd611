using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Dossiers;

namespace ReportingEngine.Generation.Dossiers;

/// <summary>Selects the borrowings out and not returned on a date (R-ACC-5) and flags R-ACC-2 and R-ACC-4 violations.</summary>
internal static class BorrowingsBuilder
{
    public static string DocumentId(string communityId, DateOnly asOf) => $"JYQD-{DossierTexts.Compact(asOf)}-{communityId}";

    public static IReadOnlyList<BorrowingRow> Rows(IEnumerable<Borrowing> borrowings, IReadOnlyDictionary<string, string> unitLabels, DateOnly asOf, ICollection<DossierProblem> problems)
    {
        var rows = new List<BorrowingRow>();
        foreach (var b in borrowings.OrderBy(b => b.BorrowedAt).ThenBy(b => b.Id, StringComparer.Ordinal))
        {
            if (b.ReturnedAt is { } returned && returned < b.BorrowedAt)
            {
                problems.Add(new DossierProblem("borrowings", b.Id, $"returned {DossierTexts.Minutes(returned)} before it was borrowed {DossierTexts.Minutes(b.BorrowedAt)}: left off the list; correct the borrowing register (《文件借阅登记表》)"));
                continue;
            }

            if (b.DueAt < b.BorrowedAt)
            {
                problems.Add(new DossierProblem("borrowings", b.Id, $"due {DossierTexts.Minutes(b.DueAt)} before it was borrowed {DossierTexts.Minutes(b.BorrowedAt)}: listed, with days overdue counted from the borrowing date"));
            }

            var borrowedOn = DateOnly.FromDateTime(b.BorrowedAt);
            var outstanding = borrowedOn <= asOf && (b.ReturnedAt is null || DateOnly.FromDateTime(b.ReturnedAt.Value) > asOf);
            if (!outstanding)
            {
                continue;
            }

            var due = DateOnly.FromDateTime(b.DueAt < b.BorrowedAt ? b.BorrowedAt : b.DueAt);
            var overdue = Math.Max(0, asOf.DayNumber - due.DayNumber);
            rows.Add(new BorrowingRow(
                rows.Count + 1,
                b.Id,
                unitLabels.TryGetValue(b.UnitId, out var label) ? label : b.UnitId,
                b.DocumentTitle,
                DossierTexts.Form(b.Form),
                b.Borrower,
                b.Department,
                b.Purpose,
                b.ApprovedBy,
                DossierTexts.Minutes(b.BorrowedAt),
                DossierTexts.Iso(DateOnly.FromDateTime(b.DueAt)),
                overdue,
                WhereTo(b),
                Violation(b, asOf)));
        }

        return rows;
    }

    /// <summary>Where the papers are; a copy taken away carries customer data out of the company (R-ACC-6).</summary>
    private static string WhereTo(Borrowing b) => (b.TakenOffSite, b.Form) switch
    {
        (false, _) => $"公司内（{b.Department}）",
        // R-ACC-6: customer data leaves the company only with the customer's consent; the register does not record it.
        (true, DocumentForm.Copy) => "已带出公司（须业户同意）",
        _ => "已带出公司",
    };

    private static string Violation(Borrowing b, DateOnly asOf)
    {
        var violations = new List<string>(2);

        // R-ACC-2: every borrowing carries a written approval (000 §4.2.4, §4.2.8; 篇2 §4.5.2, §4.5.4).
        if (string.IsNullOrWhiteSpace(b.ApprovedBy))
        {
            violations.Add("无批准记录");
        }

        // R-ACC-4: originals never leave the company; a same-day borrow is returned the same day.
        if (b.Form == DocumentForm.Original && b.TakenOffSite)
        {
            violations.Add("原件带出公司");
        }
        else if (b.Form == DocumentForm.Original && DateOnly.FromDateTime(b.BorrowedAt) < asOf)
        {
            violations.Add("原件未当日归还");
        }

        return string.Join("；", violations);
    }
}
