namespace ReportingEngine.Generation.Collection;

/// <summary>律师事务所 — the law firm the company instructs to send its lawyer letters (R-COL-1 step 4).</summary>
/// <param name="Name">The firm's name as it signs, e.g. 广东某某律师事务所.</param>
/// <param name="Address">Its address, printed under the signature; may be empty.</param>
/// <param name="Phone">Its phone, printed under the signature; may be empty.</param>
/// <param name="Lawyer">The handling lawyer(s), e.g. 张三律师; may be empty.</param>
public sealed record LawFirm(string Name, string Address = "", string Phone = "", string Lawyer = "");
