using ReportingEngine.Generation.AuditPacks.Models;
using ReportingEngine.Generation.Dossiers;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 3: originals and copies out and not returned on the as-of day (R-ACC-5), with R-ACC-4 violations, selected by the
    /// same rules as the monthly list (<see cref="BorrowingsBuilder"/>); plus how many borrowings the range saw.
    /// </summary>
    private async Task<AuditSectionModel> BorrowingsAsync(AuditPackContext context, int number, List<string> notes, CancellationToken cancellationToken)
    {
        var title = $"{AuditTexts.Ordinal(number)}、未归还档案资料";
        const string rules = "R-ACC-2、R-ACC-4、R-ACC-5";
        var labels = context.Units.ToDictionary(u => u.Unit.Id, u => $"{u.Building.Name} {u.Unit.Label}", StringComparer.Ordinal);
        var borrowings = await reader.GetBorrowingsAsync(context.Scope, false, cancellationToken).ConfigureAwait(false);
        var problems = new List<DossierProblem>();
        var rows = BorrowingsBuilder.Rows(borrowings, labels, context.AsOf, problems);
        notes.AddRange(problems.Select(p => p.ToString()));
        var borrowedInRange = borrowings.Count(b => context.InRange(DateOnly.FromDateTime(b.BorrowedAt)));
        var summary = new List<string>
        {
            $"本期借阅登记{borrowedInRange}笔。截至{AuditTexts.Cn(context.AsOf)}借出未归还{rows.Count}份（原件{rows.Count(r => r.Form == "原件")}份、复印件{rows.Count(r => r.Form != "原件")}份），其中逾期{rows.Count(r => r.DaysOverdue > 0)}份，违反借阅规定{rows.Count(r => r.Violation.Length > 0)}份。",
        };
        if (rows.Count == 0)
        {
            summary.Add("本期无借出未归还的档案资料。");
            return Section(context, title, rules, summary, []);
        }

        var table = new AuditTable("1,3,5,2,2,3,3,3,2,3", ["序号", "房号", "资料名称", "原/复", "借阅人", "部门", "借出时间", "应还日期", "逾期天数", "违规"],
            ["center", "left", "left", "center", "left", "left", "left", "left", "right", "left"],
            [.. rows.Select(r => new AuditRow([AuditTexts.Count(r.No), r.Unit, r.Document, r.Form, r.Borrower, r.Department, r.BorrowedAt, r.DueOn, AuditTexts.Count(r.DaysOverdue), r.Violation.Length == 0 ? "—" : r.Violation]))]);
        return Section(context, title, rules, summary, [new AuditPart { Table = table, Notes = ["注：借阅须登记并经书面批准（R-ACC-2）；原件不得带出公司，当日借阅当日归还；复印件经批准方可带出（R-ACC-4），且须经业户本人同意（R-ACC-6）。"] }]);
    }
}
