namespace ReportingEngine.Domain.Satisfaction.Forms;

/// <summary>A free-text box on the 业户评议表 (praise or problems), with room for handwriting.</summary>
/// <param name="Key">Stable key: <c>praise</c> or <c>problems</c> (the response column it fills).</param>
/// <param name="Label">Printed label.</param>
/// <param name="Lines">Number of blank lines to print.</param>
public sealed record FreeTextField(string Key, string Label, int Lines);
