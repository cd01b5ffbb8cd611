namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One owed fee item stated on a call: name, first and last month, amount.</summary>
public sealed record PhoneItem(string Name, string FromPeriod, string ToPeriod, decimal Amount);
