using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>The ledger starts at the first period any estate can have; payments are applied oldest first over all of it.</summary>
    private static readonly BillingPeriod FirstPeriod = new(2000, 1);

    /// <summary>
    /// Reads the community's bills and payments up to the range's last month and evaluates every unit on the as-of day with the
    /// domain rules: statement, limitation clock and ladder stage.
    /// </summary>
    private async Task<IReadOnlyList<AuditLedgerUnit>> LedgerAsync(AuditPackContext context, List<string> notes, CancellationToken cancellationToken)
    {
        var lastPeriod = BillingPeriod.Of(context.To);
        var bills = await GroupAsync(reader.StreamBillsAsync(FirstPeriod, lastPeriod, context.Scope, cancellationToken), b => b.UnitId).ConfigureAwait(false);
        var payments = await GroupAsync(reader.StreamPaymentsAsync(FirstPeriod, lastPeriod, context.Scope, cancellationToken), p => p.UnitId).ConfigureAwait(false);
        var deliveries = await GroupAsync(reader.StreamDeliveriesAsync(context.Scope, cancellationToken), d => d.UnitId).ConfigureAwait(false);
        var actions = await GroupAsync(reader.StreamCollectionActionsAsync(context.Scope, cancellationToken), a => a.UnitId).ConfigureAwait(false);
        var units = new List<AuditLedgerUnit>(context.Units.Count);
        foreach (var listing in context.Units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unitId = listing.Unit.Id;
            var statement = AccountStatement.Compute(unitId, bills.GetValueOrDefault(unitId) ?? [], payments.GetValueOrDefault(unitId) ?? [], context.AsOf);
            var limitation = LimitationClock.Evaluate(statement, deliveries.GetValueOrDefault(unitId) ?? [], []);
            var stage = CollectionLadder.Assess(new CollectionCase
            {
                Statement = statement,
                UnitLabel = $"{listing.Building.Name} {listing.Unit.Label}",
                OwnerLivesAbroad = listing.Owners.Any(o => o.IsCurrent && o.LivesAbroad),
                Actions = actions.GetValueOrDefault(unitId) ?? [],
                Limitation = limitation,
            });
            notes.AddRange(statement.Issues.Select(i => i.ToString()));
            notes.AddRange(limitation.Issues.Select(i => i.ToString()));
            units.Add(new AuditLedgerUnit(listing, statement, limitation, stage));
        }

        return units;
    }

    private static async Task<Dictionary<string, List<T>>> GroupAsync<T>(IAsyncEnumerable<T> items, Func<T, string> key)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        await foreach (var item in items.ConfigureAwait(false))
        {
            var k = key(item);
            if (!groups.TryGetValue(k, out var list))
            {
                list = [];
                groups[k] = list;
            }

            list.Add(item);
        }

        return groups;
    }
}
