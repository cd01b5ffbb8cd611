namespace ReportingEngine.Domain.Dossiers;

/// <summary>档案资料 — one document held in a unit's dossier (R-DOS-8: listed on its checklist).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit whose dossier holds it.</param>
/// <param name="KindCode">Catalog code (<see cref="CatalogItem.Code"/>) or a free kind for 其他.</param>
/// <param name="Title">Title as written on the document.</param>
/// <param name="Phase">Bag it is filed in.</param>
/// <param name="Form">Original or copy.</param>
/// <param name="ReceivedOn">When customer service received it.</param>
/// <param name="Location">Storage location (cabinet-drawer, e.g. <c>A柜-03屉</c>).</param>
public sealed record DossierDocument(
    string Id,
    string UnitId,
    string KindCode,
    string Title,
    DossierPhase Phase,
    DocumentForm Form,
    DateOnly ReceivedOn,
    string Location);
