namespace ReportingEngine.Generation.Dossiers;

/// <summary>A gap in the electronic basic record (R-DOS-5) or a VIP owner's record (R-DOS-6), as the checklist prints it.</summary>
/// <param name="No">Line number.</param>
/// <param name="Subject">Owner's name, or 房屋.</param>
/// <param name="Item">Field or record.</param>
/// <param name="Finding">What is wrong.</param>
/// <param name="Rule">R-DOS-5 or R-DOS-6.</param>
/// <param name="Action">补录 / 更新 / 核对补录.</param>
public sealed record RecordFindingLine(int No, string Subject, string Item, string Finding, string Rule, string Action);
