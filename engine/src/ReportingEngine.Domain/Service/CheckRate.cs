namespace ReportingEngine.Domain.Service;

/// <summary>The month's figures for one limit.</summary>
/// <param name="Check">The limit.</param>
/// <param name="Rate">Met out of judged.</param>
/// <param name="Pending">Records whose limit was still running on the report date.</param>
public sealed record CheckRate(ServiceCheck Check, ServiceRate Rate, int Pending);
