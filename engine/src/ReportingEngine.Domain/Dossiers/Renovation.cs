namespace ReportingEngine.Domain.Dossiers;

/// <summary>装修 — a renovation of a unit; its flags decide R-DOS-3's conditional documents.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="AppliedOn">装修申请日期.</param>
/// <param name="CompletedOn">竣工日期, null while works continue.</param>
/// <param name="ExtensionRequested">An extension was asked for (装修延期申请表 required).</param>
/// <param name="HotWork">Hot work was done (动用明火申请表 required).</param>
/// <param name="Violation">A violation happened (违章记录 required).</param>
public sealed record Renovation(
    string Id,
    string UnitId,
    DateOnly AppliedOn,
    DateOnly? CompletedOn,
    bool ExtensionRequested,
    bool HotWork,
    bool Violation);
