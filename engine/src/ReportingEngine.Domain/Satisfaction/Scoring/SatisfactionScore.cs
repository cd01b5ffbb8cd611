using System.Globalization;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>A score on the 0–100 scale: exact for computing, rounded half-up to 0.1 for display (R-SAT-4).</summary>
/// <param name="Exact">The exact mean, never rounded.</param>
public readonly record struct SatisfactionScore(decimal Exact) : IComparable<SatisfactionScore>
{
    /// <summary>The value as printed: rounded half-up (away from zero) to one decimal.</summary>
    public decimal Display => Math.Round(Exact, 1, MidpointRounding.AwayFromZero);

    /// <inheritdoc />
    public int CompareTo(SatisfactionScore other) => Exact.CompareTo(other.Exact);

    /// <summary>Compares two scores.</summary>
    public static bool operator <(SatisfactionScore left, SatisfactionScore right) => left.CompareTo(right) < 0;

    /// <summary>Compares two scores.</summary>
    public static bool operator >(SatisfactionScore left, SatisfactionScore right) => left.CompareTo(right) > 0;

    /// <summary>Compares two scores.</summary>
    public static bool operator <=(SatisfactionScore left, SatisfactionScore right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two scores.</summary>
    public static bool operator >=(SatisfactionScore left, SatisfactionScore right) => left.CompareTo(right) >= 0;

    /// <summary>The display value with one decimal, e.g. <c>82.7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Display.ToString("0.0", CultureInfo.InvariantCulture);
}
