using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Schema;
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
/// <see cref="IEstateReader"/> over ADO.NET and Dapper. Each call opens its own pooled connection; streams read
/// unbuffered, one row at a time, so memory stays flat for large estates.
/// </summary>
internal sealed class EstateReader(EstateDatabase database) : IEstateReader
{
    public Task<IReadOnlyList<CompanyProfile>> GetCompanyProfilesAsync(CancellationToken cancellationToken) =>
        ListAsync(Queries.CompanyProfiles, new DynamicParameters(), r => RecordMaps.CompanyProfile(r), cancellationToken);

    public Task<IReadOnlyList<Community>> GetCommunitiesAsync(CancellationToken cancellationToken) =>
        ListAsync(Queries.Communities, new DynamicParameters(), r => RecordMaps.Community(r), cancellationToken);

    public Task<IReadOnlyList<Building>> GetBuildingsAsync(UnitScope scope, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        parameters.Add("communityId", scope?.CommunityId);
        parameters.Add("buildingId", scope?.BuildingId);
        return ListAsync(Queries.Buildings, parameters, r => RecordMaps.Building(r), cancellationToken);
    }

    public IAsyncEnumerable<UnitListing> StreamUnitsAsync(UnitScope scope, CancellationToken cancellationToken) =>
        JoinedRows.Listings(StreamAsync(Queries.UnitListings, Scoped(scope), JoinedRows.ListingRow, cancellationToken), cancellationToken);

    public IAsyncEnumerable<Owner> StreamOwnersAsync(UnitScope scope, CancellationToken cancellationToken) =>
        StreamAsync(Queries.Owners, Scoped(scope), r => RecordMaps.Owner(r), cancellationToken);

    public Task<IReadOnlyList<Tenant>> GetTenantsAsync(UnitScope scope, CancellationToken cancellationToken) =>
        ListAsync(Queries.Tenants, Scoped(scope), RecordMaps.Tenant, cancellationToken);

    public Task<IReadOnlyList<HouseholdMember>> GetHouseholdMembersAsync(UnitScope scope, CancellationToken cancellationToken) =>
        ListAsync(Queries.HouseholdMembers, Scoped(scope), RecordMaps.HouseholdMember, cancellationToken);

    public Task<IReadOnlyList<EmergencyContact>> GetEmergencyContactsAsync(UnitScope scope, CancellationToken cancellationToken) =>
        ListAsync(Queries.EmergencyContacts, Scoped(scope), RecordMaps.EmergencyContact, cancellationToken);

    public Task<IReadOnlyList<VipDetails>> GetVipDetailsAsync(UnitScope scope, CancellationToken cancellationToken) =>
        ListAsync(Queries.VipDetails, Scoped(scope), RecordMaps.VipDetails, cancellationToken);

    public async Task<DocumentCatalog> GetDocumentCatalogAsync(string profile, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        parameters.Add("profile", profile);
        var items = await ListAsync(Queries.DocumentCatalog, parameters, RecordMaps.CatalogItem, cancellationToken).ConfigureAwait(false);
        if (items.Count == 0 && string.Equals(profile, DefaultDocumentCatalog.ProfileName, StringComparison.Ordinal))
        {
            return DefaultDocumentCatalog.Instance;
        }

        return items.Count == 0
            ? throw new DataConfigurationException($"document_catalog has no rows for profile '{profile}' (R-DOS-9: add the company's catalog or use '{DefaultDocumentCatalog.ProfileName}')")
            : new DocumentCatalog(profile, items);
    }

    public IAsyncEnumerable<DossierDocument> StreamDossierDocumentsAsync(UnitScope scope, CancellationToken cancellationToken) =>
        StreamAsync(Queries.DossierDocuments, Scoped(scope), RecordMaps.DossierDocument, cancellationToken);

    public async IAsyncEnumerable<Dossier> StreamDossiersAsync(UnitScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var buildings = await GetBuildingsAsync(scope, cancellationToken).ConfigureAwait(false);
        foreach (var building in buildings)
        {
            var chunk = new UnitScope { BuildingId = building.Id, UnitId = scope.UnitId };
            var units = await ListAsync(Queries.Units, Scoped(chunk), r => RecordMaps.Unit(r), cancellationToken).ConfigureAwait(false);
            if (units.Count == 0)
            {
                continue;
            }

            var owners = (await ListAsync(Queries.Owners, Scoped(chunk), r => RecordMaps.Owner(r), cancellationToken).ConfigureAwait(false)).ToLookup(o => o.UnitId, StringComparer.Ordinal);
            var renovations = (await ListAsync(Queries.Renovations, Scoped(chunk), RecordMaps.Renovation, cancellationToken).ConfigureAwait(false)).ToLookup(o => o.UnitId, StringComparer.Ordinal);
            var transfers = (await ListAsync(Queries.Transfers, Scoped(chunk), RecordMaps.Transfer, cancellationToken).ConfigureAwait(false)).ToLookup(o => o.UnitId, StringComparer.Ordinal);
            var documents = (await ListAsync(Queries.DossierDocuments, Scoped(chunk), RecordMaps.DossierDocument, cancellationToken).ConfigureAwait(false)).ToLookup(o => o.UnitId, StringComparer.Ordinal);
            foreach (var unit in units)
            {
                yield return new Dossier(unit, [.. owners[unit.Id]], [.. renovations[unit.Id]], [.. transfers[unit.Id]], [.. documents[unit.Id]]);
            }
        }
    }

    public Task<IReadOnlyList<MajorEvent>> GetMajorEventsAsync(string? communityId, CancellationToken cancellationToken) =>
        ListAsync(Queries.MajorEvents, Community(communityId), RecordMaps.MajorEvent, cancellationToken);

    public Task<IReadOnlyList<FeeItem>> GetFeeItemsAsync(string? communityId, CancellationToken cancellationToken) =>
        ListAsync(Queries.FeeItems, Community(communityId), RecordMaps.FeeItem, cancellationToken);

    public IAsyncEnumerable<MeterReading> StreamMeterReadingsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken) =>
        StreamAsync(Queries.MeterReadings, Periods(scope, firstPeriod, lastPeriod), RecordMaps.MeterReading, cancellationToken);

    public IAsyncEnumerable<Bill> StreamBillsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken) =>
        StreamAsync(Queries.Bills, Periods(scope, firstPeriod, lastPeriod), RecordMaps.Bill, cancellationToken);

    public IAsyncEnumerable<BillStatement> StreamBillStatementsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken) =>
        JoinedRows.Statements(StreamAsync(Queries.BillStatements, Periods(scope, firstPeriod, lastPeriod), JoinedRows.StatementRow, cancellationToken), cancellationToken);

    public IAsyncEnumerable<Payment> StreamPaymentsAsync(BillingPeriod firstPeriod, BillingPeriod lastPeriod, UnitScope scope, CancellationToken cancellationToken) =>
        StreamAsync(Queries.Payments, Periods(scope, firstPeriod, lastPeriod), RecordMaps.Payment, cancellationToken);

    public IAsyncEnumerable<CollectionAction> StreamCollectionActionsAsync(UnitScope scope, CancellationToken cancellationToken) =>
        StreamAsync(Queries.CollectionActions, Scoped(scope), RecordMaps.CollectionAction, cancellationToken);

    public IAsyncEnumerable<Delivery> StreamDeliveriesAsync(UnitScope scope, CancellationToken cancellationToken) =>
        StreamAsync(Queries.Deliveries, Scoped(scope), RecordMaps.Delivery, cancellationToken);

    public Task<IReadOnlyList<Borrowing>> GetBorrowingsAsync(UnitScope scope, bool outstandingOnly, CancellationToken cancellationToken)
    {
        var parameters = Scoped(scope);
        parameters.Add("outstandingOnly", outstandingOnly ? 1 : 0);
        return ListAsync(Queries.Borrowings, parameters, RecordMaps.Borrowing, cancellationToken);
    }

    public Task<IReadOnlyList<Inspection>> GetInspectionsAsync(string? communityId, CancellationToken cancellationToken) =>
        ListAsync(Queries.Inspections, Community(communityId), RecordMaps.Inspection, cancellationToken);

    public IAsyncEnumerable<Complaint> StreamComplaintsAsync(DateTime since, DateTime until, string? communityId, CancellationToken cancellationToken)
    {
        var parameters = Community(communityId);
        parameters.Add("fromTime", database.Dialect.DateTimeValue(since));
        parameters.Add("toTime", database.Dialect.DateTimeValue(until));
        return StreamAsync(Queries.Complaints, parameters, RecordMaps.Complaint, cancellationToken);
    }

    public IAsyncEnumerable<Repair> StreamRepairsAsync(DateTime since, DateTime until, UnitScope scope, CancellationToken cancellationToken)
    {
        var parameters = Scoped(scope);
        parameters.Add("fromTime", database.Dialect.DateTimeValue(since));
        parameters.Add("toTime", database.Dialect.DateTimeValue(until));
        return StreamAsync(Queries.Repairs, parameters, RecordMaps.Repair, cancellationToken);
    }

    public Task<IReadOnlyList<Visit>> GetVisitsAsync(DateOnly firstDate, DateOnly lastDate, UnitScope scope, CancellationToken cancellationToken)
    {
        var parameters = Scoped(scope);
        parameters.Add("fromDate", database.Dialect.DateValue(firstDate));
        parameters.Add("toDate", database.Dialect.DateValue(lastDate));
        return ListAsync(Queries.Visits, parameters, RecordMaps.Visit, cancellationToken);
    }

    public IAsyncEnumerable<SurveyResponse> StreamSurveyResponsesAsync(SurveyQuarter quarter, UnitScope scope, CancellationToken cancellationToken)
    {
        var parameters = Scoped(scope);
        parameters.Add("quarter", quarter.ToString());
        return StreamAsync(Queries.SurveyResponses, parameters, RecordMaps.SurveyResponse, cancellationToken);
    }

    public async Task<long> CountRowsAsync(string table, CancellationToken cancellationToken)
    {
        var spec = EstateSchema.Table(table);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Queries.CountRows(spec), cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    private static DynamicParameters Scoped(UnitScope? scope)
    {
        var parameters = new DynamicParameters();
        parameters.Add("communityId", scope?.CommunityId, System.Data.DbType.String);
        parameters.Add("buildingId", scope?.BuildingId, System.Data.DbType.String);
        parameters.Add("unitId", scope?.UnitId, System.Data.DbType.String);
        return parameters;
    }

    private static DynamicParameters Community(string? communityId)
    {
        var parameters = new DynamicParameters();
        parameters.Add("communityId", communityId, System.Data.DbType.String);
        return parameters;
    }

    private static DynamicParameters Periods(UnitScope scope, BillingPeriod firstPeriod, BillingPeriod lastPeriod)
    {
        var parameters = Scoped(scope);
        parameters.Add("fromPeriod", firstPeriod.ToString());
        parameters.Add("toPeriod", lastPeriod.ToString());
        return parameters;
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(string sql, DynamicParameters parameters, Func<RowReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in StreamAsync(sql, parameters, map, cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    private async IAsyncEnumerable<T> StreamAsync<T>(string sql, DynamicParameters parameters, Func<RowReader, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            DbDataReader reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var row = new RowReader(reader);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return map(row);
                }
            }
        }
    }
}
