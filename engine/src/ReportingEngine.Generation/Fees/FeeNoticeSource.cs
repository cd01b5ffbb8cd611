using System.Globalization;
using ReportingEngine.Data.Reading;
using ReportingEngine.Data.Reading.Fees;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;
using ReportingEngine.Generation.Collection;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Fees;

/// <summary>
/// Reads one building's ledger and composes its fee-notice models (R-FEE-2): the current bill's lines, earlier
/// periods still owed month by month, time-barred periods apart and not demanded (R-COL-2).
/// </summary>
/// <remarks>
/// Everything is derived from the data as of the bill's issue date (payments and deliveries after it are left
/// out), so the same ledger gives the same model — and the same files — on every run.
/// </remarks>
internal sealed class FeeNoticeSource(IEstateReader reader, FeeNoticeOptions options, BuildingLedgerReader? ledger = null)
{
    public async Task<BuildingNotices> LoadAsync(
        CompanyProfile? company,
        Community community,
        Building building,
        BillingPeriod period,
        string? onlyUnitId,
        CancellationToken cancellationToken)
    {
        // A whole building reads through its units (cost: its own rows); a single unit uses the general reader.
        var byBuilding = onlyUnitId is null && ledger is not null;
        var scope = onlyUnitId is null ? UnitScope.Building(building.Id) : UnitScope.Unit(onlyUnitId);
        var current = new Dictionary<string, BillStatement>(StringComparer.Ordinal);
        var statements = byBuilding ? ledger!.StreamBillStatementsAsync(building.Id, period, period, cancellationToken) : reader.StreamBillStatementsAsync(period, period, scope, cancellationToken);
        await foreach (var statement in statements.ConfigureAwait(false))
        {
            current[statement.Bill.UnitId] = statement;
        }

        var bills = await ScopeLedger.GroupAsync(byBuilding ? ledger!.StreamBillsAsync(building.Id, ScopeLedger.FirstPeriod, period, cancellationToken) : reader.StreamBillsAsync(ScopeLedger.FirstPeriod, period, scope, cancellationToken), b => b.UnitId).ConfigureAwait(false);
        var payments = await ScopeLedger.GroupAsync(byBuilding ? ledger!.StreamPaymentsAsync(building.Id, ScopeLedger.FirstPeriod, period, cancellationToken) : reader.StreamPaymentsAsync(ScopeLedger.FirstPeriod, period, scope, cancellationToken), p => p.UnitId).ConfigureAwait(false);
        var deliveries = await ScopeLedger.GroupAsync(byBuilding ? ledger!.StreamDeliveriesAsync(building.Id, cancellationToken) : reader.StreamDeliveriesAsync(scope, cancellationToken), d => d.UnitId).ConfigureAwait(false);

        var notices = new List<(Unit, FeeNoticeModel)>();
        var withoutBill = 0;
        var units = byBuilding ? ledger!.StreamUnitsAsync(building.Id, cancellationToken) : reader.StreamUnitsAsync(scope, cancellationToken);
        await foreach (var listing in units.ConfigureAwait(false))
        {
            if (!string.Equals(listing.Building.Id, building.Id, StringComparison.Ordinal))
            {
                continue;
            }

            if (!current.TryGetValue(listing.Unit.Id, out var bill))
            {
                withoutBill++;
                continue;
            }

            notices.Add((listing.Unit, Compose(company, listing, bill, period, bills, payments, deliveries)));
        }

        return new BuildingNotices(community, building, notices, withoutBill);
    }

    private FeeNoticeModel Compose(
        CompanyProfile? company,
        UnitListing listing,
        BillStatement current,
        BillingPeriod period,
        Dictionary<string, List<Bill>> bills,
        Dictionary<string, List<Payment>> payments,
        Dictionary<string, List<Delivery>> deliveries)
    {
        var unit = listing.Unit;
        var asOf = current.Bill.IssuedOn;
        var statement = AccountStatement.Compute(unit.Id, bills.GetValueOrDefault(unit.Id) ?? [current.Bill], payments.GetValueOrDefault(unit.Id) ?? [], asOf);
        var limitation = LimitationClock.Evaluate(statement, deliveries.GetValueOrDefault(unit.Id) ?? [], []);

        // R-COL-2: time-barred periods are flagged apart and never demanded.
        var balance = NoticeBalance.Compose(statement, period, limitation.TimeBarredBillIds);
        var reference = PaymentReference(company, unit.Id, period);
        var archiveNumber = ArchiveNumbers.For(ArchiveNumbers.FeeNotice, period.ToString(), unit.Id);
        return new FeeNoticeModel
        {
            DocumentId = archiveNumber,
            Company = company?.Name ?? string.Empty,
            ServiceCenter = ServiceCenter(listing.Community),
            ServicePhone = listing.Community.ServiceCenterPhone,
            Community = listing.Community.Name,
            Building = listing.Building.Name,
            UnitId = unit.Id,
            UnitLabel = unit.Label,
            Owner = OwnerNames(listing.Owners),
            BuildingArea = unit.BuildingArea,
            Period = period.ToString(),
            IssueDate = Iso(current.Bill.IssuedOn),
            DueDate = Iso(current.Bill.DueOn),
            Lines = [.. current.Lines.Select(l => new FeeNoticeLine(l.Description, l.Quantity, l.UnitPrice, l.Amount))],
            CreditApplied = balance.Current?.Paid ?? 0m,
            CurrentAmount = balance.CurrentAmount,
            Arrears = [.. balance.ArrearsByMonth.Select(Row)],
            ArrearsTotal = balance.ArrearsTotal,
            TimeBarred = [.. balance.TimeBarred.Select(Row)],
            TimeBarredTotal = balance.TimeBarred.Sum(p => p.Outstanding),
            TotalDue = balance.TotalDue,
            PaymentReference = reference,
            PaymentPayload = options.PaymentPayloadFormat
                .Replace("{reference}", reference, StringComparison.Ordinal)
                .Replace("{unit}", unit.Id, StringComparison.Ordinal)
                .Replace("{period}", period.ToString(), StringComparison.Ordinal)
                .Replace("{amount}", balance.TotalDue.ToString("0.00", CultureInfo.InvariantCulture), StringComparison.Ordinal),
            PaymentNotes = options.PaymentNotes,
            Seal = options.Seal,
        };
    }

    /// <summary>物业服务中心 of a community: the community's name plus the center's title.</summary>
    public static string ServiceCenter(Community community) => community.Name + "物业服务中心";

    /// <summary>Current owners' names joined by 、 (co-owners), empty when unsold.</summary>
    public static string OwnerNames(IReadOnlyList<Owner> owners) =>
        string.Join("、", owners.Where(o => o.IsCurrent).Select(o => o.Name));

    private static string PaymentReference(CompanyProfile? company, string unitId, BillingPeriod period) =>
        string.Create(CultureInfo.InvariantCulture, $"{(company is null ? string.Empty : company.Id + "-")}{unitId}-{period.Year:0000}{period.Month:00}");

    private static FeeNoticeArrears Row(PeriodBalance p) => new(p.Period.ToString(), p.Billed, p.Paid, p.Outstanding);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
