namespace ReportingEngine.Domain.Dossiers;

/// <summary>资料阶段 — which bag of the dossier a document belongs to (R-DOS-2..4).</summary>
public enum DossierPhase
{
    /// <summary>入伙 — move-in (R-DOS-2).</summary>
    MoveIn,

    /// <summary>装修 — renovation (R-DOS-3).</summary>
    Renovation,

    /// <summary>过户 — ownership transfer (R-DOS-4).</summary>
    Transfer,

    /// <summary>其他 — anything else kept in the dossier.</summary>
    Other,
}
