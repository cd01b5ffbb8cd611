using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;
using ReportingEngine.Domain.Service;
using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Data.Reading;

/// <summary>
/// Reads the data contract as domain records. Large sets are streamed (<see cref="IAsyncEnumerable{T}"/>,
/// one row at a time, in delivery order: community, building, floor, room), small ones are lists.
/// </summary>
public interface IEstateReader
{
    /// <summary>Company profiles.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Profiles by id.</returns>
    Task<IReadOnlyList<CompanyProfile>> GetCompanyProfilesAsync(CancellationToken cancellationToken);

    /// <summary>Communities by id.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Communities.</returns>
    Task<IReadOnlyList<Community>> GetCommunitiesAsync(CancellationToken cancellationToken);

    /// <summary>Buildings of a scope in delivery order.</summary>
    /// <param name="scope">Scope (community or building).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Buildings.</returns>
    Task<IReadOnlyList<Building>> GetBuildingsAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Units with community, building and current owners, in delivery order.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A stream of listings.</returns>
    IAsyncEnumerable<UnitListing> StreamUnitsAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Owners, current and former, of the units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Owners in delivery order.</returns>
    IAsyncEnumerable<Owner> StreamOwnersAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Tenants of the units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Tenants.</returns>
    Task<IReadOnlyList<Tenant>> GetTenantsAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Household members of the units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Members.</returns>
    Task<IReadOnlyList<HouseholdMember>> GetHouseholdMembersAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Emergency contacts of the units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Contacts.</returns>
    Task<IReadOnlyList<EmergencyContact>> GetEmergencyContactsAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>VIP details (R-DOS-6) of owners of units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>VIP details.</returns>
    Task<IReadOnlyList<VipDetails>> GetVipDetailsAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>The required-document catalog of a profile (R-DOS-9); the embedded default when the table has none.</summary>
    /// <param name="profile">Catalog profile name.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The catalog.</returns>
    Task<DocumentCatalog> GetDocumentCatalogAsync(string profile, CancellationToken cancellationToken);

    /// <summary>Dossier documents of the units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Documents in delivery order.</returns>
    IAsyncEnumerable<DossierDocument> StreamDossierDocumentsAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Whole dossiers (unit, owners, renovations, transfers, documents), read a building at a time.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Dossiers in delivery order.</returns>
    IAsyncEnumerable<Dossier> StreamDossiersAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Major events (R-DOS-7) of a community, or all when null.</summary>
    /// <param name="communityId">Community or null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Events by date.</returns>
    Task<IReadOnlyList<MajorEvent>> GetMajorEventsAsync(string? communityId, CancellationToken cancellationToken);

    /// <summary>Fee items of a community, or all when null.</summary>
    /// <param name="communityId">Community or null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Fee items.</returns>
    Task<IReadOnlyList<FeeItem>> GetFeeItemsAsync(string? communityId, CancellationToken cancellationToken);

    /// <summary>Meter readings for a period range.</summary>
    /// <param name="firstPeriod">First period.</param>
    /// <param name="lastPeriod">Last period (inclusive).</param>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Readings in delivery order.</returns>
    IAsyncEnumerable<MeterReading> StreamMeterReadingsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Bills for a period range.</summary>
    /// <param name="firstPeriod">First period.</param>
    /// <param name="lastPeriod">Last period (inclusive).</param>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Bills in delivery order, then period.</returns>
    IAsyncEnumerable<Bill> StreamBillsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Bills with their lines for a period range.</summary>
    /// <param name="firstPeriod">First period.</param>
    /// <param name="lastPeriod">Last period (inclusive).</param>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Statements in delivery order, then period.</returns>
    IAsyncEnumerable<BillStatement> StreamBillStatementsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Payments against bills of a period range.</summary>
    /// <param name="firstPeriod">First bill period.</param>
    /// <param name="lastPeriod">Last bill period (inclusive).</param>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Payments in delivery order.</returns>
    IAsyncEnumerable<Payment> StreamPaymentsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Collection actions (R-COL-1) for units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Actions in delivery order, then time.</returns>
    IAsyncEnumerable<CollectionAction> StreamCollectionActionsAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Deliveries (R-COL-2) for units in scope.</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Deliveries in delivery order, then date.</returns>
    IAsyncEnumerable<Delivery> StreamDeliveriesAsync(UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Borrowings (R-ACC-4, R-ACC-5).</summary>
    /// <param name="scope">Scope.</param>
    /// <param name="outstandingOnly">Only those not returned.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Borrowings by time.</returns>
    Task<IReadOnlyList<Borrowing>> GetBorrowingsAsync(UnitScope scope, bool outstandingOnly, CancellationToken cancellationToken);

    /// <summary>Dossier inspections (R-QI-1..3).</summary>
    /// <param name="communityId">Community or null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Inspections by date.</returns>
    Task<IReadOnlyList<Inspection>> GetInspectionsAsync(string? communityId, CancellationToken cancellationToken);

    /// <summary>Complaints received in [since, until).</summary>
    /// <param name="since">Start (inclusive).</param>
    /// <param name="until">End (exclusive).</param>
    /// <param name="communityId">Community or null.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Complaints by time.</returns>
    IAsyncEnumerable<Complaint> StreamComplaintsAsync(DateTime since, DateTime until, string? communityId, CancellationToken cancellationToken);

    /// <summary>Repairs called in [since, until).</summary>
    /// <param name="since">Start (inclusive).</param>
    /// <param name="until">End (exclusive).</param>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Repairs by time.</returns>
    IAsyncEnumerable<Repair> StreamRepairsAsync(DateTime since, DateTime until, UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Visits in [firstDate, lastDate] (dates inclusive).</summary>
    /// <param name="firstDate">First date.</param>
    /// <param name="lastDate">Last date.</param>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Visits by date.</returns>
    Task<IReadOnlyList<Visit>> GetVisitsAsync(DateOnly firstDate, DateOnly lastDate, UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Survey responses of a quarter (R-SAT-1).</summary>
    /// <param name="quarter">Quarter.</param>
    /// <param name="scope">Scope.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Responses in delivery order.</returns>
    IAsyncEnumerable<SurveyResponse> StreamSurveyResponsesAsync(SurveyQuarter quarter, UnitScope scope, CancellationToken cancellationToken);

    /// <summary>Rows in a contract table.</summary>
    /// <param name="table">Table name from the data contract.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Row count.</returns>
    Task<long> CountRowsAsync(string table, CancellationToken cancellationToken);
}
