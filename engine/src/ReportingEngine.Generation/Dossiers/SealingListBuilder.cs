using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.Dossiers;

/// <summary>
/// Decides what is to be sealed (封存) in a year: the former owner's papers of every transfer of that year (R-DOS-10, R-DOS-4).
/// </summary>
/// <remarks>
/// <para>004 J says customer dossiers are kept permanently and those to be sealed are sealed before January; R-DOS-4 (000 §4.1.1 B,
/// 篇2 §4.4.1) says the former owner's papers are kept apart after a transfer, never discarded. A unit's dossier stays open for
/// as long as the unit exists, so the only papers that stop being in use are the former owner's: sealing them is how they are
/// kept apart and kept permanently.</para>
/// <para>The former owner's papers are the dossier's move-in, transfer and other documents received from the previous transfer
/// (or the start) up to the day before this transfer: the new owner's transfer bag is received on the transfer day and stays in
/// the active dossier. Renovation documents (drawings, permits, completion) describe the unit, which the next renovation
/// approval needs, so they stay active too.</para>
/// <para>What the data cannot say: there is no record of papers already sealed (no seal register or sealed-on date) and none
/// of a dossier closed for good (a unit demolished or merged). The list therefore covers the transfers of the year asked for;
/// earlier years' papers are taken as sealed in their own cycle.</para>
/// </remarks>
internal static class SealingListBuilder
{
    public static string DocumentId(string communityId, int year) => FormattableString.Invariant($"FCQD-{year}-{communityId}");

    public static List<SealingRow> Rows(Dossier dossier, string unitLabel, int year, DocumentCatalog catalog, ICollection<DossierProblem> problems)
    {
        var rows = new List<SealingRow>();
        var transfers = dossier.Transfers.OrderBy(t => t.TransferredOn).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        var previous = DateOnly.MinValue;
        foreach (var transfer in transfers)
        {
            var from = previous;
            previous = transfer.TransferredOn;
            if (transfer.TransferredOn.Year != year)
            {
                continue;
            }

            // R-DOS-4: the former owner's papers, received before this transfer and after the previous one.
            var papers = dossier.Documents
                .Where(d => d.Phase != DossierPhase.Renovation && d.ReceivedOn >= from && d.ReceivedOn < transfer.TransferredOn)
                .OrderBy(d => d.Phase)
                .ThenBy(d => d.ReceivedOn)
                .ThenBy(d => CatalogRank(catalog, d.KindCode))
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
            if (papers.Count == 0)
            {
                problems.Add(new DossierProblem("transfers", transfer.Id, "the dossier holds no papers of the former owner received before the transfer; listed with none to seal"));
            }

            rows.Add(new SealingRow(
                0,
                transfer.Id,
                unitLabel,
                OwnerName(dossier.Owners, transfer.FromOwnerId, transfer.Id, "from_owner_id", problems),
                OwnerName(dossier.Owners, transfer.ToOwnerId, transfer.Id, "to_owner_id", problems),
                DossierTexts.Iso(transfer.TransferredOn),
                string.Join("、", papers.Select(d => d.Form == DocumentForm.Original ? d.Title : $"{d.Title}（复印件）")),
                papers.Count,
                papers.Count(d => d.Form == DocumentForm.Original),
                string.Join("、", papers.Select(d => d.Location).Distinct(StringComparer.Ordinal))));
        }

        return rows;
    }

    /// <summary>Position in the catalog (R-DOS-9), so papers read in the order of the checklist; unknown kinds last.</summary>
    private static int CatalogRank(DocumentCatalog catalog, string code)
    {
        for (var i = 0; i < catalog.Items.Count; i++)
        {
            if (string.Equals(catalog.Items[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static string OwnerName(IReadOnlyList<Owner> owners, string ownerId, string transferId, string field, ICollection<DossierProblem> problems)
    {
        var owner = owners.FirstOrDefault(o => string.Equals(o.Id, ownerId, StringComparison.Ordinal));
        if (owner is null)
        {
            problems.Add(new DossierProblem("transfers", transferId, $"{field} '{ownerId}' is not an owner of the unit; the name is left blank"));
            return "";
        }

        return owner.Name.Trim();
    }
}
