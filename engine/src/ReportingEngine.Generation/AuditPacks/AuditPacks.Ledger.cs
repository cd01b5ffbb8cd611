using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Collection;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Reads the community's bills and payments up to the range's last month and evaluates every unit on the as-of day with the
    /// domain rules and their default options: statement, limitation clock and ladder stage.
    /// </summary>
    private async Task<IReadOnlyList<AuditLedgerUnit>> LedgerAsync(AuditPackContext context, List<string> notes, CancellationToken cancellationToken)
    {
        var accounts = await ScopeLedger.LoadAsync(reader, context.Scope, BillingPeriod.Of(context.To), cancellationToken).ConfigureAwait(false);
        var units = new List<AuditLedgerUnit>(context.Units.Count);
        foreach (var listing in context.Units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var account = accounts.Evaluate(listing, context.AsOf, null, null, notes);
            units.Add(new AuditLedgerUnit(listing, account.Statement, account.Limitation, account.Stage));
        }

        return units;
    }
}
