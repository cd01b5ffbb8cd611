using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Generation.Collection;

/// <summary>
/// A scope's fee history grouped by unit: bills and payments up to a period, deliveries and collection actions. Each
/// unit's account is evaluated with the domain rules: statement (payments oldest first), limitation clock (R-COL-2)
/// and ladder stage (R-COL-1). The collection documents and the audit pack share it, so they judge an account the same way.
/// </summary>
internal sealed class ScopeLedger
{
    /// <summary>The ledger starts at the first period any estate can have; payments are applied oldest first over all of it.</summary>
    public static readonly BillingPeriod FirstPeriod = new(2000, 1);

    private readonly Dictionary<string, List<Bill>> bills;
    private readonly Dictionary<string, List<Payment>> payments;
    private readonly Dictionary<string, List<Delivery>> deliveries;
    private readonly Dictionary<string, List<CollectionAction>> actions;

    private ScopeLedger(Dictionary<string, List<Bill>> bills, Dictionary<string, List<Payment>> payments, Dictionary<string, List<Delivery>> deliveries, Dictionary<string, List<CollectionAction>> actions)
    {
        this.bills = bills;
        this.payments = payments;
        this.deliveries = deliveries;
        this.actions = actions;
    }

    /// <summary>Reads the scope's bills and payments up to <paramref name="lastPeriod"/>, its deliveries and its collection actions.</summary>
    public static async Task<ScopeLedger> LoadAsync(IEstateReader reader, UnitScope scope, BillingPeriod lastPeriod, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ScopeLedger(
            await GroupAsync(reader.StreamBillsAsync(FirstPeriod, lastPeriod, scope, cancellationToken), b => b.UnitId).ConfigureAwait(false),
            await GroupAsync(reader.StreamPaymentsAsync(FirstPeriod, lastPeriod, scope, cancellationToken), p => p.UnitId).ConfigureAwait(false),
            await GroupAsync(reader.StreamDeliveriesAsync(scope, cancellationToken), d => d.UnitId).ConfigureAwait(false),
            await GroupAsync(reader.StreamCollectionActionsAsync(scope, cancellationToken), a => a.UnitId).ConfigureAwait(false));
    }

    /// <summary>A unit's account on <paramref name="asOf"/>; the rules' remarks about the data go to <paramref name="notes"/>.</summary>
    public AccountAssessment Evaluate(UnitListing listing, DateOnly asOf, LimitationOptions? limitationOptions, CollectionLadderOptions? ladderOptions, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(notes);
        var unitId = listing.Unit.Id;
        var statement = AccountStatement.Compute(unitId, bills.GetValueOrDefault(unitId) ?? [], payments.GetValueOrDefault(unitId) ?? [], asOf);
        var limitation = LimitationClock.Evaluate(statement, deliveries.GetValueOrDefault(unitId) ?? [], [], limitationOptions);
        IReadOnlyList<CollectionAction> unitActions = actions.GetValueOrDefault(unitId) ?? [];
        var stage = CollectionLadder.Assess(
            new CollectionCase
            {
                Statement = statement,
                UnitLabel = listing.Building.Name + " " + listing.Unit.Label,
                OwnerLivesAbroad = listing.Owners.Any(o => o.IsCurrent && o.LivesAbroad),
                Actions = unitActions,
                Limitation = limitation,
            },
            ladderOptions);
        notes.AddRange(statement.Issues.Select(i => i.ToString()));
        notes.AddRange(limitation.Issues.Select(i => i.ToString()));
        return new AccountAssessment(statement, limitation, stage, unitActions);
    }

    /// <summary>Items grouped by unit id, in reading order within a unit.</summary>
    public static async Task<Dictionary<string, List<T>>> GroupAsync<T>(IAsyncEnumerable<T> source, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(key);
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        await foreach (var item in source.ConfigureAwait(false))
        {
            var k = key(item);
            if (!result.TryGetValue(k, out var list))
            {
                list = [];
                result[k] = list;
            }

            list.Add(item);
        }

        return result;
    }
}

/// <summary>One unit's account on a day: statement, limitation clock (R-COL-2), ladder stage (R-COL-1) and the actions behind it.</summary>
internal sealed record AccountAssessment(AccountStatement Statement, LimitationReport Limitation, StageAssessment Stage, IReadOnlyList<CollectionAction> Actions);
