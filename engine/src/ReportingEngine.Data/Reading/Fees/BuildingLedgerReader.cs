using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using ReportingEngine.Data.Connections;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Data.Reading.Fees;

/// <summary>
/// 楼栋账 — one building's units, bills, payments and deliveries for the fee-notice batch, each read through the
/// building's units so a building costs its own rows whatever the estate's size (see <see cref="BuildingLedgerQueries"/>).
/// Rows come in the same order as <see cref="IEstateReader"/> gives them for a building scope.
/// </summary>
/// <remarks>Thread-safe: each call opens its own pooled connection and streams unbuffered.</remarks>
public sealed class BuildingLedgerReader
{
    private readonly EstateDatabase database;

    /// <summary>A reader over <paramref name="database"/>.</summary>
    public BuildingLedgerReader(EstateDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
    }

    /// <summary>The building's units in delivery order, each with its community, building and current owners.</summary>
    public IAsyncEnumerable<UnitListing> StreamUnitsAsync(string buildingId, CancellationToken cancellationToken) =>
        JoinedRows.Listings(StreamAsync(BuildingLedgerQueries.UnitListings, Parameters(buildingId, null), JoinedRows.ListingRow, cancellationToken), cancellationToken);

    /// <summary>The building's bills of the periods with their lines.</summary>
    public IAsyncEnumerable<BillStatement> StreamBillStatementsAsync(string buildingId, BillingPeriod firstPeriod, BillingPeriod lastPeriod, CancellationToken cancellationToken) =>
        JoinedRows.Statements(StreamAsync(BuildingLedgerQueries.BillStatements, Parameters(buildingId, (firstPeriod, lastPeriod)), JoinedRows.StatementRow, cancellationToken), cancellationToken);

    /// <summary>The building's bills of the periods.</summary>
    public IAsyncEnumerable<Bill> StreamBillsAsync(string buildingId, BillingPeriod firstPeriod, BillingPeriod lastPeriod, CancellationToken cancellationToken) =>
        StreamAsync(BuildingLedgerQueries.Bills, Parameters(buildingId, (firstPeriod, lastPeriod)), RecordMaps.Bill, cancellationToken);

    /// <summary>Payments against the building's bills of the periods.</summary>
    public IAsyncEnumerable<Payment> StreamPaymentsAsync(string buildingId, BillingPeriod firstPeriod, BillingPeriod lastPeriod, CancellationToken cancellationToken) =>
        StreamAsync(BuildingLedgerQueries.Payments, Parameters(buildingId, (firstPeriod, lastPeriod)), RecordMaps.Payment, cancellationToken);

    /// <summary>Deliveries of notices to the building's units (R-COL-2).</summary>
    public IAsyncEnumerable<Delivery> StreamDeliveriesAsync(string buildingId, CancellationToken cancellationToken) =>
        StreamAsync(BuildingLedgerQueries.Deliveries, Parameters(buildingId, null), RecordMaps.Delivery, cancellationToken);

    private static DynamicParameters Parameters(string buildingId, (BillingPeriod First, BillingPeriod Last)? periods)
    {
        ArgumentException.ThrowIfNullOrEmpty(buildingId);
        var parameters = new DynamicParameters();
        parameters.Add("buildingId", buildingId, System.Data.DbType.String);
        if (periods is { } p)
        {
            parameters.Add("fromPeriod", p.First.ToString());
            parameters.Add("toPeriod", p.Last.ToString());
        }

        return parameters;
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
