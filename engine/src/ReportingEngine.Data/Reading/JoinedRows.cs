using System.Runtime.CompilerServices;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Data.Reading;

/// <summary>
/// Joined rows folded back into records: a unit listing with its owners, a bill with its lines. The estate reader and
/// the building ledger reader run different queries with the same column layout and fold them alike.
/// </summary>
internal static class JoinedRows
{
    private const int CommunityColumns = 8;
    private const int BuildingColumns = 7;
    private const int UnitColumns = 8;
    private const int UnitOffset = CommunityColumns + BuildingColumns;
    private const int OwnerOffset = UnitOffset + UnitColumns;
    private const int LineOffset = 6;

    /// <summary>A unit-listing row: community, building, unit and one owner (none when the unit has no owner).</summary>
    public static (Community Community, Building Building, Unit Unit, Owner? Owner) ListingRow(RowReader r) =>
        (RecordMaps.Community(r), RecordMaps.Building(r, CommunityColumns), RecordMaps.Unit(r, UnitOffset), r.StrOrNull(OwnerOffset) is null ? null : RecordMaps.Owner(r, OwnerOffset));

    /// <summary>A bill-statement row: the bill and one of its lines.</summary>
    public static (Bill Bill, BillLine Line) StatementRow(RowReader r) => (RecordMaps.Bill(r), RecordMaps.BillLine(r, LineOffset));

    /// <summary>Consecutive rows of one unit become one listing with all its owners.</summary>
    public static async IAsyncEnumerable<UnitListing> Listings(IAsyncEnumerable<(Community Community, Building Building, Unit Unit, Owner? Owner)> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        UnitListing? current = null;
        List<Owner> owners = [];
        await foreach (var (community, building, unit, owner) in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (current is not null && !string.Equals(current.Unit.Id, unit.Id, StringComparison.Ordinal))
            {
                yield return current;
                owners = [];
                current = null;
            }

            current ??= new UnitListing(community, building, unit, owners);
            if (owner is not null)
            {
                owners.Add(owner);
            }
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>Consecutive rows of one bill become one statement with all its lines.</summary>
    public static async IAsyncEnumerable<BillStatement> Statements(IAsyncEnumerable<(Bill Bill, BillLine Line)> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Bill? current = null;
        var lines = new List<BillLine>();
        await foreach (var (bill, line) in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (current is not null && !string.Equals(current.Id, bill.Id, StringComparison.Ordinal))
            {
                yield return new BillStatement(current, lines);
                lines = [];
            }

            current = bill;
            lines.Add(line);
        }

        if (current is not null)
        {
            yield return new BillStatement(current, lines);
        }
    }
}
