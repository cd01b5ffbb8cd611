using ReportingEngine.Domain.Common;

namespace ReportingEngine.Generation.Fees;

/// <summary>One run of the monthly fee-notice batch: a period, a scope and the output folder.</summary>
public sealed record FeeBatchRequest
{
    /// <summary>The billing month whose bills get notices.</summary>
    public required BillingPeriod Period { get; init; }

    /// <summary>Only this community, or every community when null.</summary>
    public string? CommunityId { get; init; }

    /// <summary>Only this building, or every building of the scope when null.</summary>
    public string? BuildingId { get; init; }

    /// <summary>Root of the output; files go to <c>{period}/{community}/{building}/</c> under it.</summary>
    public required string OutputFolder { get; init; }
}
