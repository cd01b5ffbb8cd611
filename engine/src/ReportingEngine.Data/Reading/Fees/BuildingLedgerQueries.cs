namespace ReportingEngine.Data.Reading.Fees;

/// <summary>
/// One building's ledger, written so both databases reach the rows through the building's units
/// (<c>ix_units_building_id</c>, then the bills', payments' and deliveries' unit indexes): the cost of a building is
/// its own rows, not the estate's. The general scoped queries (<see cref="Queries"/>) cannot promise that — their
/// optional-filter form <c>(@buildingId IS NULL OR …)</c> makes SQLite walk every bill of the period range for each
/// building, which made the fee batch quadratic in the estate's size.
/// </summary>
/// <remarks>Named parameters, syntax valid on SQLite and SQL Server alike; each is parsed by the T-SQL parser in tests.</remarks>
internal static class BuildingLedgerQueries
{
    /// <summary>Delivery order inside one building (R-DOS-1): floor, room.</summary>
    private const string UnitOrder = "u.floor, u.room, u.id";

    public static readonly string UnitListings =
        $"SELECT {Queries.Cols("c", "communities")}, {Queries.Cols("b", "buildings")}, {Queries.Cols("u", "units")}, {Queries.Cols("o", "owners")} FROM units u JOIN buildings b ON b.id = u.building_id JOIN communities c ON c.id = b.community_id LEFT JOIN owners o ON o.unit_id = u.id AND o.owned_to IS NULL WHERE u.building_id = @buildingId ORDER BY {UnitOrder}, o.id";

    public static readonly string BillStatements =
        $"SELECT {Queries.Cols("bl", "bills")}, {Queries.Cols("l", "bill_lines")} FROM units u JOIN bills bl ON bl.unit_id = u.id JOIN bill_lines l ON l.bill_id = bl.id WHERE u.building_id = @buildingId AND bl.period >= @fromPeriod AND bl.period <= @toPeriod ORDER BY {UnitOrder}, bl.period, bl.id, l.id";

    public static readonly string Bills =
        $"SELECT {Queries.Cols("bl", "bills")} FROM units u JOIN bills bl ON bl.unit_id = u.id WHERE u.building_id = @buildingId AND bl.period >= @fromPeriod AND bl.period <= @toPeriod ORDER BY {UnitOrder}, bl.period, bl.id";

    public static readonly string Payments =
        $"SELECT {Queries.Cols("p", "payments")} FROM units u JOIN payments p ON p.unit_id = u.id JOIN bills bl ON bl.id = p.bill_id WHERE u.building_id = @buildingId AND bl.period >= @fromPeriod AND bl.period <= @toPeriod ORDER BY {UnitOrder}, p.paid_on, p.id";

    public static readonly string Deliveries =
        $"SELECT {Queries.Cols("dl", "deliveries")} FROM units u JOIN deliveries dl ON dl.unit_id = u.id WHERE u.building_id = @buildingId ORDER BY {UnitOrder}, dl.delivered_on, dl.id";
}
