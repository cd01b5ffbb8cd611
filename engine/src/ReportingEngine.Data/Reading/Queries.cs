using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Reading;

/// <summary>
/// Every query the Data project runs, in one place so a test can parse each with the T-SQL parser.
/// Queries use named <c>@parameters</c> and only syntax valid on SQLite and SQL Server alike;
/// anything dialect-specific goes through <see cref="Dialects.ISqlDialect"/>.
/// </summary>
internal static class Queries
{
    /// <summary>Delivery order (R-DOS-1): community, building, floor, room.</summary>
    private const string DeliveryOrder = "b.community_id, b.sort_order, b.id, u.floor, u.room, u.id";

    private const string Scope =
        "(@communityId IS NULL OR b.community_id = @communityId) AND (@buildingId IS NULL OR u.building_id = @buildingId) AND (@unitId IS NULL OR u.id = @unitId)";


    public static readonly string CompanyProfiles = $"SELECT {Cols("p", "company_profiles")} FROM company_profiles p ORDER BY p.id";

    public static readonly string Communities = $"SELECT {Cols("c", "communities")} FROM communities c ORDER BY c.id";

    public static readonly string Buildings =
        $"SELECT {Cols("b", "buildings")} FROM buildings b WHERE (@communityId IS NULL OR b.community_id = @communityId) AND (@buildingId IS NULL OR b.id = @buildingId) ORDER BY b.community_id, b.sort_order, b.id";

    public static readonly string UnitListings =
        $"SELECT {Cols("c", "communities")}, {Cols("b", "buildings")}, {Cols("u", "units")}, {Cols("o", "owners")} FROM units u JOIN buildings b ON b.id = u.building_id JOIN communities c ON c.id = b.community_id LEFT JOIN owners o ON o.unit_id = u.id AND o.owned_to IS NULL WHERE {Scope} ORDER BY {DeliveryOrder}, o.id";

    public static readonly string Units =
        $"SELECT {Cols("u", "units")} FROM units u JOIN buildings b ON b.id = u.building_id WHERE {Scope} ORDER BY {DeliveryOrder}";

    public static readonly string Owners = ScopedByUnit("o", "owners", "o.owned_from, o.id");

    public static readonly string Tenants = ScopedByUnit("t", "tenants", "t.lease_start, t.id");

    public static readonly string HouseholdMembers = ScopedByUnit("h", "household_members", "h.id");

    public static readonly string EmergencyContacts = ScopedByUnit("e", "emergency_contacts", "e.id");

    public static readonly string VipDetails =
        $"SELECT {Cols("v", "vip_details")} FROM vip_details v JOIN owners o ON o.id = v.owner_id{UnitJoin("o")} WHERE {Scope} ORDER BY {DeliveryOrder}, v.id";

    public static readonly string Renovations = ScopedByUnit("r", "renovations", "r.applied_on, r.id");

    public static readonly string Transfers = ScopedByUnit("x", "transfers", "x.transferred_on, x.id");

    public static readonly string DocumentCatalog =
        $"SELECT {Cols("k", "document_catalog")} FROM document_catalog k WHERE k.profile = @profile ORDER BY k.phase, k.sort_order, k.code";

    public static readonly string DossierDocuments = ScopedByUnit("d", "dossier_documents", "d.phase, d.received_on, d.id");

    public static readonly string MajorEvents =
        $"SELECT {Cols("m", "major_events")} FROM major_events m WHERE (@communityId IS NULL OR m.community_id = @communityId) ORDER BY m.occurred_on, m.id";

    public static readonly string FeeItems =
        $"SELECT {Cols("f", "fee_items")} FROM fee_items f WHERE (@communityId IS NULL OR f.community_id = @communityId) ORDER BY f.community_id, f.code, f.id";

    public static readonly string MeterReadings =
        $"SELECT {Cols("r", "meter_readings")} FROM meter_readings r{UnitJoin("r")} WHERE r.period >= @fromPeriod AND r.period <= @toPeriod AND {Scope} ORDER BY {DeliveryOrder}, r.period, r.fee_item_id";

    public static readonly string Bills =
        $"SELECT {Cols("bl", "bills")} FROM bills bl{UnitJoin("bl")} WHERE bl.period >= @fromPeriod AND bl.period <= @toPeriod AND {Scope} ORDER BY {DeliveryOrder}, bl.period, bl.id";

    public static readonly string BillStatements =
        $"SELECT {Cols("bl", "bills")}, {Cols("l", "bill_lines")} FROM bills bl JOIN bill_lines l ON l.bill_id = bl.id{UnitJoin("bl")} WHERE bl.period >= @fromPeriod AND bl.period <= @toPeriod AND {Scope} ORDER BY {DeliveryOrder}, bl.period, bl.id, l.id";

    public static readonly string Payments =
        $"SELECT {Cols("p", "payments")} FROM payments p JOIN bills bl ON bl.id = p.bill_id{UnitJoin("p")} WHERE bl.period >= @fromPeriod AND bl.period <= @toPeriod AND {Scope} ORDER BY {DeliveryOrder}, p.paid_on, p.id";

    public static readonly string CollectionActions = ScopedByUnit("a", "collection_actions", "a.acted_at, a.id");

    public static readonly string Deliveries = ScopedByUnit("dl", "deliveries", "dl.delivered_on, dl.id");

    public static readonly string Borrowings =
        $"SELECT {Cols("w", "borrowings")} FROM borrowings w{UnitJoin("w")} WHERE (@outstandingOnly = 0 OR w.returned_at IS NULL) AND {Scope} ORDER BY w.borrowed_at, w.id";

    public static readonly string Inspections =
        $"SELECT {Cols("i", "inspections")} FROM inspections i WHERE (@communityId IS NULL OR i.community_id = @communityId) ORDER BY i.inspected_on, i.id";

    public static readonly string Complaints =
        $"SELECT {Cols("q", "complaints")} FROM complaints q WHERE q.received_at >= @fromTime AND q.received_at < @toTime AND (@communityId IS NULL OR q.community_id = @communityId) ORDER BY q.received_at, q.id";

    public static readonly string Repairs =
        $"SELECT {Cols("rp", "repairs")} FROM repairs rp{UnitJoin("rp")} WHERE rp.called_at >= @fromTime AND rp.called_at < @toTime AND {Scope} ORDER BY rp.called_at, rp.id";

    public static readonly string Visits =
        $"SELECT {Cols("vs", "visits")} FROM visits vs{UnitJoin("vs")} WHERE vs.visited_on >= @fromDate AND vs.visited_on <= @toDate AND {Scope} ORDER BY vs.visited_on, vs.id";

    public static readonly string SurveyResponses =
        $"SELECT {Cols("s", "survey_responses")} FROM survey_responses s{UnitJoin("s")} WHERE s.quarter = @quarter AND {Scope} ORDER BY {DeliveryOrder}, s.id";

    /// <summary>Row count of one contract table (names come from <see cref="EstateSchema"/> only).</summary>
    public static string CountRows(TableSpec table) => "SELECT COUNT(*) AS row_count FROM " + table.Name;

    /// <summary>The column list of a table with an alias, in contract order.</summary>
    public static string Cols(string alias, string table) =>
        string.Join(", ", EstateSchema.Table(table).Columns.Select(c => alias + "." + c.Name));

    private static string UnitJoin(string alias) => $" JOIN units u ON u.id = {alias}.unit_id JOIN buildings b ON b.id = u.building_id";

    private static string ScopedByUnit(string alias, string table, string order) =>
        $"SELECT {Cols(alias, table)} FROM {table} {alias}{UnitJoin(alias)} WHERE {Scope} ORDER BY {DeliveryOrder}, {order}";
}
