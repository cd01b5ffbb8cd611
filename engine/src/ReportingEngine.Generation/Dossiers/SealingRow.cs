namespace ReportingEngine.Generation.Dossiers;

/// <summary>One former owner's papers to seal after a transfer (R-DOS-10 with R-DOS-4: kept apart, never discarded).</summary>
/// <param name="No">Line number.</param>
/// <param name="Key">Transfer id.</param>
/// <param name="Unit">Building and floor-room.</param>
/// <param name="FormerOwner">Former owner's name.</param>
/// <param name="NewOwner">New owner's name.</param>
/// <param name="TransferredOn">yyyy-MM-dd.</param>
/// <param name="Documents">Titles of the papers to seal, joined with 、 (原件 / 复印件 noted).</param>
/// <param name="Count">Number of papers.</param>
/// <param name="Originals">Originals among them.</param>
/// <param name="Locations">Where they are filed now (cabinet-drawer), joined with 、.</param>
public sealed record SealingRow(
    int No,
    string Key,
    string Unit,
    string FormerOwner,
    string NewOwner,
    string TransferredOn,
    string Documents,
    int Count,
    int Originals,
    string Locations);
