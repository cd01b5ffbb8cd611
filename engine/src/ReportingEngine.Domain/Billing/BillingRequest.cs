using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Domain.Billing;

/// <summary>Everything needed to bill one unit for one month (R-FEE-1).</summary>
public sealed record BillingRequest
{
    /// <summary>The unit billed.</summary>
    public required string UnitId { get; init; }

    /// <summary>建筑面积 in m², the basis of the management fee.</summary>
    public required decimal BuildingArea { get; init; }

    /// <summary>The billing month.</summary>
    public required BillingPeriod Period { get; init; }

    /// <summary>The community's fee items, in the order lines should appear on the notice.</summary>
    public required IReadOnlyList<FeeItem> FeeItems { get; init; }

    /// <summary>Parking spaces the unit rents or owns; parking items are charged per space, none when 0.</summary>
    public int ParkingSpaces { get; init; }

    /// <summary>Meter readings of the unit (other units' and periods' readings are ignored).</summary>
    public IReadOnlyList<MeterReading> Readings { get; init; } = [];

    /// <summary>Paid services of the unit (other units' and periods' services are ignored).</summary>
    public IReadOnlyList<PaidService> PaidServices { get; init; } = [];

    /// <summary>The bill's identifier; <c>B-{unit}-{period}</c> when null.</summary>
    public string? BillId { get; init; }
}
