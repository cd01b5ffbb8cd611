using ReportingEngine.Domain;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;
using ReportingEngine.Domain.Service;
using ReportingEngine.Domain.Archive;

namespace ReportingEngine.Data.Schema;

/// <summary>
/// The data contract: every table, in import (foreign-key) order. The schema scripts, the CSV
/// importer and the synthetic generator all follow this one description.
/// </summary>
public static class EstateSchema
{
    /// <summary>Tables in dependency order (a table only references tables before it, or itself).</summary>
    public static IReadOnlyList<TableSpec> Tables { get; } = Build();

    /// <summary>The table with a name.</summary>
    /// <param name="name">Table name.</param>
    /// <returns>The table.</returns>
    public static TableSpec Table(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"no table '{name}' in the data contract", nameof(name));

    private static ColumnSpec Id() => new() { Name = "id", Type = ColumnType.Id };

    private static ColumnSpec Ref(string name, string table, bool required = true) =>
        new() { Name = name, Type = ColumnType.Id, References = table, Required = required, Indexed = true };

    private static ColumnSpec Text(string name, int max, bool required = true) =>
        new() { Name = name, Type = ColumnType.Text, MaxLength = max, Required = required };

    private static ColumnSpec Code<T>(string name, bool required = true)
        where T : struct, Enum =>
        new() { Name = name, Type = ColumnType.Code, MaxLength = 32, Required = required, Codes = DomainCodes.AllCodes<T>() };

    private static ColumnSpec Int(string name, int min, int max) =>
        new() { Name = name, Type = ColumnType.WholeNumber, Min = min, Max = max };

    private static ColumnSpec Of(string name, ColumnType type, bool required = true) =>
        new() { Name = name, Type = type, Required = required };

    private static TableSpec T(string name, params ColumnSpec[] columns) => new(name, columns, []);

    private static List<TableSpec> Build()
    {
        var scores = Enumerable.Range(1, 25)
            .Select(i => Int(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"s{i:00}"), 0, 5));
        return
        [
            T("company_profiles", Id(), Text("name", 100), Text("catalog_profile", 32), Text("service_phone", 32), Text("address", 200)),
            T("communities", Id(), Ref("company_id", "company_profiles"), Text("name", 100), Code<CommunityKind>("kind"), Text("address", 200),
                Of("move_in_start", ColumnType.Date), Int("total_units", 1, 1_000_000), Text("service_center_phone", 32)),
            T("buildings", Id(), Ref("community_id", "communities"), Text("name", 50), Code<BuildingKind>("kind"), Int("entrances", 1, 50),
                Int("floors", 1, 200), Int("sort_order", 0, 100_000)),
            T("units", Id(), Ref("building_id", "buildings"), Int("entrance", 1, 50), Int("floor", -5, 200), Text("room", 10),
                new ColumnSpec { Name = "building_area", Type = ColumnType.Quantity, Positive = true }, Code<UnitUse>("unit_use"),
                Of("occupied_on", ColumnType.Date, required: false)),
            T("owners", Id(), Ref("unit_id", "units"), Text("name", 50), Code<Gender>("gender"), Text("id_number", 18), Text("native_place", 50),
                Text("household_registration", 100), Text("mobile", 20), Text("home_phone", 20, required: false), Of("owned_from", ColumnType.Date),
                Of("owned_to", ColumnType.Date, required: false), Of("is_vip", ColumnType.Boolean), Of("lives_abroad", ColumnType.Boolean)),
            T("tenants", Id(), Ref("unit_id", "units"), Text("name", 100), Text("mobile", 20), Of("lease_start", ColumnType.Date),
                Of("lease_end", ColumnType.Date, required: false)),
            T("household_members", Id(), Ref("unit_id", "units"), Text("name", 50), Text("relation", 20), Text("mobile", 20, required: false)),
            T("emergency_contacts", Id(), Ref("unit_id", "units"), Text("name", 50), Text("relation", 20), Text("phone", 20)),
            T("vip_details", Id(), Ref("owner_id", "owners"), Of("birthday", ColumnType.Date, required: false), Text("personality", 200, false),
                Text("preferences", 200, false), Text("specialties", 200, false), Text("special_requests", 200, false), Text("opinions", 500, false),
                Text("complaints_handled", 500, false), Of("updated_on", ColumnType.Date)),
            T("renovations", Id(), Ref("unit_id", "units"), Of("applied_on", ColumnType.Date), Of("completed_on", ColumnType.Date, required: false),
                Of("extension_requested", ColumnType.Boolean), Of("hot_work", ColumnType.Boolean), Of("violation", ColumnType.Boolean)),
            T("transfers", Id(), Ref("unit_id", "units"), Ref("from_owner_id", "owners"), Ref("to_owner_id", "owners"), Of("transferred_on", ColumnType.Date)),
            new TableSpec("document_catalog",
                [Id(), Text("profile", 32), Text("code", 32), Text("name", 100), Code<DossierPhase>("phase"), Code<RequiredForm>("form"),
                 Text("alternative_group", 32, required: false), Code<CatalogCondition>("condition"), Int("sort_order", 0, 10_000)],
                [["profile", "code"]]),
            T("dossier_documents", Id(), Ref("unit_id", "units"), Text("kind_code", 32), Text("title", 100), Code<DossierPhase>("phase"),
                Code<DocumentForm>("form"), Of("received_on", ColumnType.Date), Text("location", 50)),
            T("major_events", Id(), Ref("community_id", "communities"), Ref("unit_id", "units", required: false), Code<MajorEventCategory>("category"),
                Of("occurred_on", ColumnType.Date), Text("title", 100), Text("description", 1000), Text("evidence", 500, false),
                Text("reviewed_by", 50, false), Of("reviewed_on", ColumnType.Date, required: false)),
            T("fee_items", Id(), Ref("community_id", "communities"), Text("code", 16), Text("name", 50), Code<FeeKind>("kind"), Code<RateBasis>("basis"),
                Of("rate", ColumnType.Quantity), Text("unit_of_measure", 10)),
            new TableSpec("meter_readings",
                [Id(), Ref("unit_id", "units"), Ref("fee_item_id", "fee_items"), new ColumnSpec { Name = "period", Type = ColumnType.Period, Indexed = true },
                 Of("previous_reading", ColumnType.Quantity), Of("current_reading", ColumnType.Quantity), Of("read_on", ColumnType.Date)],
                [["unit_id", "fee_item_id", "period"]]),
            new TableSpec("bills",
                [Id(), Ref("unit_id", "units"), new ColumnSpec { Name = "period", Type = ColumnType.Period, Indexed = true },
                 Of("issued_on", ColumnType.Date), Of("due_on", ColumnType.Date), Of("total", ColumnType.Money)],
                [["unit_id", "period"]]),
            T("bill_lines", Id(), Ref("bill_id", "bills"), Ref("fee_item_id", "fee_items"), Text("description", 100), Of("quantity", ColumnType.Quantity),
                Of("unit_price", ColumnType.Quantity), Of("amount", ColumnType.Money)),
            T("payments", Id(), Ref("bill_id", "bills"), Ref("unit_id", "units"), Of("paid_on", ColumnType.Date), Of("amount", ColumnType.Money),
                Code<PaymentMethod>("method"), Text("receipt_number", 32)),
            T("collection_actions", Id(), Ref("unit_id", "units"), Code<CollectionActionKind>("kind"), Of("acted_at", ColumnType.DateTime),
                Text("staff", 100), Code<CollectionOutcome>("outcome"), Code<ApprovalState>("approval", required: false),
                Of("arrears_amount", ColumnType.Money), Text("note", 500, false)),
            T("deliveries", Id(), Ref("unit_id", "units"), Code<DeliveredDocumentKind>("document_kind"), Of("period", ColumnType.Period),
                Of("amount", ColumnType.Money), Of("delivered_on", ColumnType.Date), Code<DeliveryEvidence>("evidence"), Of("notarized", ColumnType.Boolean),
                Text("reference", 64), Text("delivered_by", 50)),
            T("borrowings", Id(), Ref("unit_id", "units"), Text("document_title", 100), Code<DocumentForm>("form"), Text("borrower", 50),
                Text("department", 50), Text("purpose", 200), Text("approved_by", 50), Of("borrowed_at", ColumnType.DateTime), Of("due_at", ColumnType.DateTime),
                Of("returned_at", ColumnType.DateTime, required: false), Of("taken_off_site", ColumnType.Boolean),
                Of("returned_complete", ColumnType.Boolean, required: false)),
            T("inspections", Id(), Ref("community_id", "communities"), Code<InspectionKind>("kind"), Of("inspected_on", ColumnType.Date),
                Text("inspector", 50), Int("dossiers_checked", 0, 1_000_000), Int("missing_found", 0, 10_000_000), Text("follow_up", 500, false)),
            T("complaints", Id(), Ref("unit_id", "units", required: false), Ref("community_id", "communities"), Code<ComplaintLevel>("level"),
                Text("category", 20), Text("content", 500), Of("received_at", ColumnType.DateTime), Of("fixed_at", ColumnType.DateTime, required: false),
                Of("replied_at", ColumnType.DateTime, required: false), Text("handler", 50), Text("result", 500, false)),
            T("repairs", Id(), Ref("unit_id", "units"), Text("category", 20), Text("description", 500), Of("urgent", ColumnType.Boolean),
                Of("called_at", ColumnType.DateTime), Of("dispatched_at", ColumnType.DateTime, required: false),
                Of("arrived_at", ColumnType.DateTime, required: false), Of("finished_at", ColumnType.DateTime, required: false), Text("worker", 50),
                Of("followed_up_at", ColumnType.DateTime, required: false), Text("follow_up_result", 200, false), Ref("repeat_of", "repairs", required: false)),
            T("visits", Id(), Ref("unit_id", "units"), Of("visited_on", ColumnType.Date), Text("visitors", 100), Of("manager_joined", ColumnType.Boolean),
                Text("topic", 100), Text("notes", 500, false)),
            new TableSpec("survey_responses",
                [Id(), Ref("unit_id", "units"), new ColumnSpec { Name = "quarter", Type = ColumnType.Quarter, Indexed = true },
                 Of("responded_on", ColumnType.Date), .. scores, Text("praise", 500, false), Text("problems", 500, false)],
                [["unit_id", "quarter"]]),
        ];
    }
}
