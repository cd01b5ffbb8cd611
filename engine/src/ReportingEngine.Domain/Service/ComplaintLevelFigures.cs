namespace ReportingEngine.Domain.Service;

/// <summary>The month's complaints of one level.</summary>
/// <param name="Level">Level.</param>
/// <param name="Count">Complaints received.</param>
/// <param name="OnTime">Complaints that met every limit of their level, out of those judged.</param>
/// <param name="Open">Not fixed on the report date.</param>
public sealed record ComplaintLevelFigures(ComplaintLevel Level, int Count, ServiceRate OnTime, int Open);
