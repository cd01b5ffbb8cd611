namespace ReportingEngine.Domain.Satisfaction;

/// <summary>The five-level answer scale: 很满意 100, 满意 80, 一般 60, 不满意 40, 很不满意 20, plus 不适用 (R-SAT-2).</summary>
public static class SatisfactionScale
{
    /// <summary>The scale in printing order: most satisfied first, 不适用 last.</summary>
    public static IReadOnlyList<ScaleOption> Options { get; } =
    [
        new(SatisfactionLevel.VerySatisfied, "很满意", 100),
        new(SatisfactionLevel.Satisfied, "满意", 80),
        new(SatisfactionLevel.Neutral, "一般", 60),
        new(SatisfactionLevel.Dissatisfied, "不满意", 40),
        new(SatisfactionLevel.VeryDissatisfied, "很不满意", 20),
        new(SatisfactionLevel.NotApplicable, "不适用", null),
    ];

    /// <summary>Points of an answered level (20 per step: 1 → 20 … 5 → 100).</summary>
    /// <param name="level">An answered level.</param>
    /// <returns>The points, or null for <see cref="SatisfactionLevel.NotApplicable"/>.</returns>
    public static int? Points(SatisfactionLevel level) =>
        level is >= SatisfactionLevel.VeryDissatisfied and <= SatisfactionLevel.VerySatisfied ? (int)level * 20 : null;

    /// <summary>The Chinese label of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its label.</returns>
    public static string Label(SatisfactionLevel level) =>
        Options.FirstOrDefault(o => o.Level == level)?.Label ?? throw new ArgumentOutOfRangeException(nameof(level), level, null);

    /// <summary>Reads a stored answer (0 = 不适用, 1 … 5).</summary>
    /// <param name="raw">The stored value.</param>
    /// <param name="level">The level when valid.</param>
    /// <returns>False when the value is outside 0–5.</returns>
    public static bool TryRead(int raw, out SatisfactionLevel level)
    {
        if (raw is >= 0 and <= 5)
        {
            level = (SatisfactionLevel)raw;
            return true;
        }

        level = SatisfactionLevel.NotApplicable;
        return false;
    }
}
