using FsCheck.Xunit;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Billing;

public sealed class BillingProperties
{
    [Property(MaxTest = 300)]
    public bool A_bill_total_is_the_sum_of_its_lines_each_rounded_to_the_fen(ushort areaCentiMetres, ushort rateMilli, ushort litres, byte spaces)
    {
        // R-FEE-1: each line rounded half-up to 0.01; total = sum of rounded lines
        var area = 1m + (areaCentiMetres / 100m);
        var management = Management with { Rate = rateMilli / 1000m };
        var request = new BillingRequest
        {
            UnitId = Unit,
            BuildingArea = area,
            Period = new BillingPeriod(2026, 10),
            FeeItems = [management, Water, Parking],
            ParkingSpaces = spaces % 3,
            Readings = [Reading(Water, "2026-10", 100m, 100m + (litres / 1000m))],
        };

        var result = BillCalculator.Calculate(request);

        return result.Succeeded
            && result.Bill!.Total == result.Lines.Sum(l => l.Amount)
            && result.Lines.All(l => l.Amount == Math.Round(l.Quantity * l.UnitPrice, 2, MidpointRounding.AwayFromZero))
            && result.Lines.All(l => decimal.Round(l.Amount, 2) == l.Amount);
    }

    [Property(MaxTest = 300)]
    public bool Outstanding_is_never_negative_money_is_conserved_and_older_periods_are_settled_first(ushort[] billCents, ushort[] paymentCents)
    {
        // Issue 5: payments applied oldest first; no period ever shows a negative outstanding amount
        var start = new BillingPeriod(2024, 1);
        var bills = billCents.Take(24).Select((cents, i) => Bill(start.AddMonths(i).ToString(), cents / 100m)).ToList();
        var afterLastBill = D(2026, 1, 1);
        var payments = paymentCents.Take(24)
            .Select((cents, i) => Pay($"P{i:00}", bills.Count > 0 ? bills[i % bills.Count].Id : "none", afterLastBill.AddDays(i), (cents + 1) / 100m))
            .ToList();

        var statement = AccountStatement.Compute(Unit, bills, payments, D(2026, 12, 31));

        var conserved = statement.TotalPaid + statement.Credit == payments.Sum(p => p.Amount);
        var nonNegative = statement.Periods.All(p => p.Outstanding >= 0 && p.Paid >= 0) && statement.Credit >= 0;
        var firstOpen = statement.Periods.ToList().FindIndex(p => p.IsOpen);
        var oldestFirst = firstOpen < 0 || statement.Periods.Skip(firstOpen + 1).All(p => p.Paid == 0);
        var creditOnlyWhenSettled = statement.Credit == 0 || statement.TotalOutstanding == 0;
        return conserved && nonNegative && oldestFirst && creditOnlyWhenSettled;
    }
}
