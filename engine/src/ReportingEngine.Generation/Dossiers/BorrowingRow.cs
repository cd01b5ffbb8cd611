namespace ReportingEngine.Generation.Dossiers;

/// <summary>One unreturned borrowing (R-ACC-5) with its R-ACC-4 violation, if any.</summary>
/// <param name="No">Line number.</param>
/// <param name="Key">Borrowing id.</param>
/// <param name="Unit">Building and floor-room.</param>
/// <param name="Document">Document borrowed.</param>
/// <param name="Form">原件 / 复印件.</param>
/// <param name="Borrower">Borrower.</param>
/// <param name="Department">Department.</param>
/// <param name="Purpose">Purpose.</param>
/// <param name="ApprovedBy">Approval.</param>
/// <param name="BorrowedAt">yyyy-MM-dd HH:mm.</param>
/// <param name="DueOn">yyyy-MM-dd.</param>
/// <param name="DaysOverdue">Days past due on the as-of date (0 when not yet due).</param>
/// <param name="WhereTo">Where it went.</param>
/// <param name="Violation">The R-ACC-2 / R-ACC-4 violations (joined with ；), or empty.</param>
public sealed record BorrowingRow(
    int No,
    string Key,
    string Unit,
    string Document,
    string Form,
    string Borrower,
    string Department,
    string Purpose,
    string ApprovedBy,
    string BorrowedAt,
    string DueOn,
    int DaysOverdue,
    string WhereTo,
    string Violation);
