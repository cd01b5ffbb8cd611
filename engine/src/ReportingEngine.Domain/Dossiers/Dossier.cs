using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Dossiers;

/// <summary>业户档案 — one per unit (R-DOS-1): the unit, its owners and the events and documents it holds.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Owners">Owners, current and former (R-DOS-4 keeps former owners).</param>
/// <param name="Renovations">Renovations of the unit.</param>
/// <param name="Transfers">Ownership transfers.</param>
/// <param name="Documents">Documents held.</param>
public sealed record Dossier(
    Unit Unit,
    IReadOnlyList<Owner> Owners,
    IReadOnlyList<Renovation> Renovations,
    IReadOnlyList<OwnershipTransfer> Transfers,
    IReadOnlyList<DossierDocument> Documents);
