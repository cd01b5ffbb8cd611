namespace ReportingEngine.Domain.Dossiers;

/// <summary>原件/复印件 — whether a held document is the original or a copy (R-ACC-4: originals never leave).</summary>
public enum DocumentForm
{
    /// <summary>原件.</summary>
    Original,

    /// <summary>复印件.</summary>
    Copy,
}
