using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;

namespace ReportingEngine.Domain.Arrears;

/// <summary>What the ladder needs to know about one unit.</summary>
public sealed record CollectionCase
{
    /// <summary>The unit's statement; its day is the assessment day.</summary>
    public required AccountStatement Statement { get; init; }

    /// <summary>楼层-房号 or the full unit label, for lists and reasons.</summary>
    public required string UnitLabel { get; init; }

    /// <summary>The current owner lives abroad (R-COL-1 step 2: reached by phone, not by door visits).</summary>
    public bool OwnerLivesAbroad { get; init; }

    /// <summary>The unit's collection actions (calls, visits, letters); later ones and other units' are ignored.</summary>
    public IReadOnlyList<CollectionAction> Actions { get; init; } = [];

    /// <summary>The unit's limitation report for the same day; time-barred periods are left out of the ladder. None when null.</summary>
    public LimitationReport? Limitation { get; init; }
}
