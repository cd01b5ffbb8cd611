using System.Globalization;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Domain.Billing;

/// <summary>计费 — the monthly bill lines of a unit from the community's fee items (R-FEE-1, R-FEE-2).</summary>
/// <remarks>
/// <para>One line per fee item that applies, in fee-item order:</para>
/// <list type="bullet">
/// <item>per m² (物业管理费): rate × building area;</item>
/// <item>parking (停车费): rate × parking spaces, left off when the unit has none;</item>
/// <item>metered (水费, 电费): (current − previous reading) × price; a reading going backwards, a missing or a
/// duplicated reading is an error with the unit/meter key, never an exception;</item>
/// <item>equipment operation (有偿服务): one line per paid service of the period the owner has signed for;
/// unsigned services are a warning and stay off the bill until signed;</item>
/// <item>per unit and fixed items: the rate, once;</item>
/// <item>carried arrears items are never billed here: arrears come from the account statement.</item>
/// </list>
/// <para>Each line is rounded half-up to 0.01 yuan (<see cref="Money.Line"/>); the total is the sum of the rounded lines.</para>
/// </remarks>
public static class BillCalculator
{
    /// <summary>Bills one unit for one month.</summary>
    /// <param name="request">Unit, period, fee items, readings and services.</param>
    /// <param name="schedule">Notice and due dates, <see cref="FeeScheduleOptions.Default"/> when null.</param>
    /// <returns>The bill with its lines, or the errors that prevent it.</returns>
    public static BillCalculation Calculate(BillingRequest request, FeeScheduleOptions? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = request.Period;
        var periodText = period.ToString();
        var billId = request.BillId ?? $"B-{request.UnitId}-{periodText}";
        var unitKey = BillingMessages.UnitKey(request.UnitId, periodText);
        var issues = new List<BillingIssue>();
        var lines = new List<BillLine>();

        void Add(FeeItem item, string description, decimal quantity, decimal unitPrice)
        {
            var number = (lines.Count + 1).ToString("00", CultureInfo.InvariantCulture);

            // R-FEE-1: each line rounded half-up to 0.01 yuan.
            lines.Add(new BillLine($"{billId}-{number}", billId, item.Id, description, quantity, unitPrice, Money.Line(quantity, unitPrice)));
        }

        if (request.ParkingSpaces < 0)
        {
            issues.Add(Error(unitKey, BillingMessages.ParkingNegative(request.ParkingSpaces)));
        }

        foreach (var item in request.FeeItems)
        {
            if (item.Rate < 0)
            {
                issues.Add(Error(unitKey, BillingMessages.NegativeRate(item.Code, item.Rate)));
                continue;
            }

            var description = $"{item.Name} {periodText}";
            switch (item.Kind)
            {
                case FeeKind.ArrearsCarried:
                    break;

                case FeeKind.EquipmentOperation:
                    AddServices(request, item, periodText, issues, Add);
                    break;

                case FeeKind.Parking when item.Basis != RateBasis.Metered:
                    if (request.ParkingSpaces > 0)
                    {
                        Add(item, description, request.ParkingSpaces, item.Rate);
                    }

                    break;

                default:
                    switch (item.Basis)
                    {
                        case RateBasis.PerSquareMetre:
                            if (request.BuildingArea <= 0)
                            {
                                issues.Add(Error(unitKey, BillingMessages.AreaNotPositive(request.BuildingArea)));
                            }
                            else
                            {
                                // R-FEE-1: property management fee = rate × building area.
                                Add(item, description, request.BuildingArea, item.Rate);
                            }

                            break;

                        case RateBasis.Metered:
                            AddMetered(request, item, periodText, issues, description, Add);
                            break;

                        default:
                            Add(item, description, 1m, item.Rate);
                            break;
                    }

                    break;
            }
        }

        // A signed service under an unknown item would otherwise vanish from the bill unnoticed.
        issues.AddRange(OrphanedServices(request));
        if (issues.Exists(i => i.Severity == IssueSeverity.Error))
        {
            return new BillCalculation(request.UnitId, period, null, lines, issues);
        }

        var dates = FeeSchedule.For(period, schedule);
        var bill = new Bill(billId, request.UnitId, periodText, dates.NoticeOn, dates.DueOn, lines.Sum(l => l.Amount));
        return new BillCalculation(request.UnitId, period, bill, lines, issues);
    }

    private static void AddMetered(
        BillingRequest request,
        FeeItem item,
        string periodText,
        List<BillingIssue> issues,
        string description,
        Action<FeeItem, string, decimal, decimal> add)
    {
        var key = BillingMessages.MeterKey(request.UnitId, item.Code, periodText);
        var readings = request.Readings
            .Where(r => string.Equals(r.UnitId, request.UnitId, StringComparison.Ordinal)
                && string.Equals(r.FeeItemId, item.Id, StringComparison.Ordinal)
                && string.Equals(r.Period, periodText, StringComparison.Ordinal))
            .ToList();
        if (readings.Count == 0)
        {
            issues.Add(Error(key, BillingMessages.ReadingMissing(item.Name)));
            return;
        }

        if (readings.Count > 1)
        {
            issues.Add(Error(key, BillingMessages.ReadingDuplicated(readings.Count)));
            return;
        }

        var reading = readings[0];
        if (reading.CurrentReading < reading.PreviousReading)
        {
            issues.Add(Error(key, BillingMessages.ReadingBackwards(reading.PreviousReading, reading.CurrentReading)));
            return;
        }

        // R-FEE-1: pass-through water/electricity = consumption × price.
        add(item, description, reading.Consumption, item.Rate);
    }

    private static void AddServices(
        BillingRequest request,
        FeeItem item,
        string periodText,
        List<BillingIssue> issues,
        Action<FeeItem, string, decimal, decimal> add)
    {
        var services = request.PaidServices
            .Where(s => string.Equals(s.UnitId, request.UnitId, StringComparison.Ordinal)
                && string.Equals(s.FeeItemId, item.Id, StringComparison.Ordinal)
                && string.Equals(s.Period, periodText, StringComparison.Ordinal));
        foreach (var service in services)
        {
            var key = BillingMessages.UnitKey(request.UnitId, periodText);
            if (service.Quantity < 0 || service.UnitPrice < 0)
            {
                issues.Add(Error(key, BillingMessages.ServiceNegative(service.Id)));
            }
            else if (service.OwnerSignedOn is null)
            {
                // R-FEE-1: paid services are confirmed by the owner's signature before they are charged.
                issues.Add(new BillingIssue(IssueSeverity.Warning, key, BillingMessages.ServiceUnsigned(service.Id, service.Description), "R-FEE-1"));
            }
            else
            {
                add(item, service.Description, service.Quantity, service.UnitPrice);
            }
        }
    }

    private static IEnumerable<BillingIssue> OrphanedServices(BillingRequest request)
    {
        var periodText = request.Period.ToString();
        var itemIds = request.FeeItems
            .Where(i => i.Kind == FeeKind.EquipmentOperation)
            .Select(i => i.Id)
            .ToHashSet(StringComparer.Ordinal);
        return request.PaidServices
            .Where(s => string.Equals(s.UnitId, request.UnitId, StringComparison.Ordinal)
                && string.Equals(s.Period, periodText, StringComparison.Ordinal)
                && !itemIds.Contains(s.FeeItemId))
            .Select(s => Error(BillingMessages.UnitKey(request.UnitId, periodText), BillingMessages.ServiceUnknownItem(s.Id, s.FeeItemId)));
    }

    private static BillingIssue Error(string key, string message) => new(IssueSeverity.Error, key, message, "R-FEE-1");
}
