namespace ReportingEngine.Domain.Dossiers;

/// <summary>What form a catalog item demands.</summary>
public enum RequiredForm
{
    /// <summary>Either form satisfies the item.</summary>
    Any,

    /// <summary>Only an original satisfies it (e.g. 入伙通知书 原件).</summary>
    Original,

    /// <summary>A copy is what is kept (e.g. 身份证复印件); an original also satisfies it.</summary>
    Copy,
}
