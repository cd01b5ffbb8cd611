namespace ReportingEngine.Domain.Dossiers;

/// <summary>When a catalog item is required (R-DOS-3 conditional items).</summary>
public enum CatalogCondition
{
    /// <summary>Whenever its phase applies.</summary>
    Always,

    /// <summary>装修延期申请表 — only when an extension was asked for.</summary>
    ExtensionRequested,

    /// <summary>动用明火申请表 — only when hot work was done.</summary>
    HotWork,

    /// <summary>违章记录 — only when a violation happened.</summary>
    Violation,

    /// <summary>装修竣工申请表, returned passes — only once the renovation is finished.</summary>
    RenovationCompleted,
}
