namespace ReportingEngine.Generation.Dossiers;

/// <summary>One document held in a dossier, as the checklist prints it (R-DOS-8).</summary>
/// <param name="No">Line number.</param>
/// <param name="Phase">入伙 / 装修 / 过户 / 其他.</param>
/// <param name="Name">Document name.</param>
/// <param name="Form">原件 / 复印件.</param>
/// <param name="ReceivedOn">Date received, yyyy-MM-dd.</param>
/// <param name="Location">Where it is kept (cabinet-drawer).</param>
/// <param name="Remark">Remark (e.g. a kind the catalog does not know).</param>
public sealed record ChecklistLine(int No, string Phase, string Name, string Form, string ReceivedOn, string Location, string Remark);
