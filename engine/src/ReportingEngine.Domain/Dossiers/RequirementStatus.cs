namespace ReportingEngine.Domain.Dossiers;

/// <summary>Outcome of one catalog requirement for one dossier.</summary>
public enum RequirementStatus
{
    /// <summary>齐全 — a matching document is held.</summary>
    Present,

    /// <summary>缺失 — required but not held (or held only in the wrong form).</summary>
    Missing,

    /// <summary>不适用 — its phase or condition does not apply to this unit.</summary>
    NotRequired,
}
