using ReportingEngine.Domain.Dossiers;

namespace ReportingEngine.Domain.Archive;

/// <summary>文件借阅登记 — one borrow of dossier documents (R-ACC-2, R-ACC-4, R-ACC-5).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Dossier borrowed from.</param>
/// <param name="DocumentTitle">What was borrowed.</param>
/// <param name="Form">Original or copy (originals never leave the company, R-ACC-4).</param>
/// <param name="Borrower">Borrower's name.</param>
/// <param name="Department">Borrower's department or organization.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="BorrowedAt">When it was taken.</param>
/// <param name="DueAt">When it must be back.</param>
/// <param name="ReturnedAt">When it came back, null while out.</param>
/// <param name="TakenOffSite">It left the company premises.</param>
/// <param name="ReturnedComplete">Checked complete on return; null while out.</param>
public sealed record Borrowing(
    string Id,
    string UnitId,
    string DocumentTitle,
    DocumentForm Form,
    string Borrower,
    string Department,
    string Purpose,
    string ApprovedBy,
    DateTime BorrowedAt,
    DateTime DueAt,
    DateTime? ReturnedAt,
    bool TakenOffSite,
    bool? ReturnedComplete)
{
    /// <summary>True while not returned.</summary>
    public bool IsOutstanding => ReturnedAt is null;
}
