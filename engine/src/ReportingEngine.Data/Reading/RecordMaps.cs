using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;
using ReportingEngine.Domain.Service;
using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Data.Reading;

/// <summary>Row → record maps; ordinals follow the contract column order (<see cref="Queries.Cols"/>), from an offset.</summary>
internal static class RecordMaps
{
    public static CompanyProfile CompanyProfile(RowReader r, int o = 0) =>
        new(r.Str(o), r.Str(o + 1), r.Str(o + 2), r.Str(o + 3), r.Str(o + 4));

    public static Community Community(RowReader r, int o = 0) =>
        new(r.Str(o), r.Str(o + 1), r.Str(o + 2), r.Code<CommunityKind>(o + 3), r.Str(o + 4), r.Date(o + 5), r.Int(o + 6), r.Str(o + 7));

    public static Building Building(RowReader r, int o = 0) =>
        new(r.Str(o), r.Str(o + 1), r.Str(o + 2), r.Code<BuildingKind>(o + 3), r.Int(o + 4), r.Int(o + 5), r.Int(o + 6));

    public static Unit Unit(RowReader r, int o = 0) =>
        new(r.Str(o), r.Str(o + 1), r.Int(o + 2), r.Int(o + 3), r.Str(o + 4), r.Dec(o + 5), r.Code<UnitUse>(o + 6), r.DateOrNull(o + 7));

    public static Owner Owner(RowReader r, int o = 0) =>
        new(r.Str(o), r.Str(o + 1), r.Str(o + 2), r.Code<Gender>(o + 3), r.Str(o + 4), r.Str(o + 5), r.Str(o + 6), r.Str(o + 7),
            r.StrOrNull(o + 8), r.Date(o + 9), r.DateOrNull(o + 10), r.Bool(o + 11), r.Bool(o + 12));

    public static Tenant Tenant(RowReader r) => new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.Date(4), r.DateOrNull(5));

    public static HouseholdMember HouseholdMember(RowReader r) => new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.StrOrNull(4));

    public static EmergencyContact EmergencyContact(RowReader r) => new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.Str(4));

    public static VipDetails VipDetails(RowReader r) =>
        new(r.Str(0), r.Str(1), r.DateOrNull(2), r.StrOrEmpty(3), r.StrOrEmpty(4), r.StrOrEmpty(5), r.StrOrEmpty(6), r.StrOrEmpty(7), r.StrOrEmpty(8), r.Date(9));

    public static Renovation Renovation(RowReader r) => new(r.Str(0), r.Str(1), r.Date(2), r.DateOrNull(3), r.Bool(4), r.Bool(5), r.Bool(6));

    public static OwnershipTransfer Transfer(RowReader r) => new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.Date(4));

    public static CatalogItem CatalogItem(RowReader r) =>
        new(r.Str(2), r.Str(3), r.Code<DossierPhase>(4), r.Code<RequiredForm>(5), r.StrOrNull(6), r.Code<CatalogCondition>(7), r.Int(8));

    public static DossierDocument DossierDocument(RowReader r) =>
        new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.Code<DossierPhase>(4), r.Code<DocumentForm>(5), r.Date(6), r.Str(7));

    public static MajorEvent MajorEvent(RowReader r) =>
        new(r.Str(0), r.Str(1), r.StrOrNull(2), r.Code<MajorEventCategory>(3), r.Date(4), r.Str(5), r.Str(6), r.StrOrEmpty(7), r.StrOrNull(8), r.DateOrNull(9));

    public static FeeItem FeeItem(RowReader r) =>
        new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.Code<FeeKind>(4), r.Code<RateBasis>(5), r.Dec(6), r.Str(7));

    public static MeterReading MeterReading(RowReader r) => new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.Dec(4), r.Dec(5), r.Date(6));

    public static Bill Bill(RowReader r) => new(r.Str(0), r.Str(1), r.Str(2), r.Date(3), r.Date(4), r.Dec(5));

    public static BillLine BillLine(RowReader r, int o) => new(r.Str(o), r.Str(o + 1), r.Str(o + 2), r.Str(o + 3), r.Dec(o + 4), r.Dec(o + 5), r.Dec(o + 6));

    public static Payment Payment(RowReader r) => new(r.Str(0), r.Str(1), r.Str(2), r.Date(3), r.Dec(4), r.Code<PaymentMethod>(5), r.Str(6));

    public static CollectionAction CollectionAction(RowReader r) =>
        new(r.Str(0), r.Str(1), r.Code<CollectionActionKind>(2), r.Moment(3), r.Str(4), r.Code<CollectionOutcome>(5), r.CodeOrNull<ApprovalState>(6), r.Dec(7), r.StrOrEmpty(8));

    public static Delivery Delivery(RowReader r) =>
        new(r.Str(0), r.Str(1), r.Code<DeliveredDocumentKind>(2), r.Str(3), r.Dec(4), r.Date(5), r.Code<DeliveryEvidence>(6), r.Bool(7), r.Str(8), r.Str(9));

    public static Borrowing Borrowing(RowReader r) =>
        new(r.Str(0), r.Str(1), r.Str(2), r.Code<DocumentForm>(3), r.Str(4), r.Str(5), r.Str(6), r.Str(7), r.Moment(8), r.Moment(9), r.MomentOrNull(10), r.Bool(11), r.BoolOrNull(12));

    public static Inspection Inspection(RowReader r) =>
        new(r.Str(0), r.Str(1), r.Code<InspectionKind>(2), r.Date(3), r.Str(4), r.Int(5), r.Int(6), r.StrOrEmpty(7));

    public static Complaint Complaint(RowReader r) =>
        new(r.Str(0), r.StrOrNull(1), r.Str(2), r.Code<ComplaintLevel>(3), r.Str(4), r.Str(5), r.Moment(6), r.MomentOrNull(7), r.MomentOrNull(8), r.Str(9), r.StrOrEmpty(10));

    public static Repair Repair(RowReader r) =>
        new(r.Str(0), r.Str(1), r.Str(2), r.Str(3), r.Bool(4), r.Moment(5), r.MomentOrNull(6), r.MomentOrNull(7), r.MomentOrNull(8), r.Str(9),
            r.MomentOrNull(10), r.StrOrNull(11), r.StrOrNull(12));

    public static Visit Visit(RowReader r) => new(r.Str(0), r.Str(1), r.Date(2), r.Str(3), r.Bool(4), r.Str(5), r.StrOrEmpty(6));

    public static SurveyResponse SurveyResponse(RowReader r)
    {
        var scores = new int[SurveyItems.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = r.Int(4 + i);
        }

        return new SurveyResponse(r.Str(0), r.Str(1), r.Str(2), r.Date(3), scores, r.StrOrEmpty(4 + SurveyItems.Count), r.StrOrEmpty(5 + SurveyItems.Count));
    }
}
