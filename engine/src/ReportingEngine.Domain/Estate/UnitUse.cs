namespace ReportingEngine.Domain.Estate;

/// <summary>房屋用途 — what a unit is used for.</summary>
public enum UnitUse
{
    /// <summary>住宅.</summary>
    Residence,

    /// <summary>商铺.</summary>
    Shop,

    /// <summary>写字间.</summary>
    Office,
}
