namespace ReportingEngine.Domain.Fees;

/// <summary>计费方式 — what a fee item's rate is multiplied by.</summary>
public enum RateBasis
{
    /// <summary>元/m²·月 of building area.</summary>
    PerSquareMetre,

    /// <summary>元/户·月 (or per parking space).</summary>
    PerUnit,

    /// <summary>元 per metered unit (m³, kWh) from meter readings.</summary>
    Metered,

    /// <summary>A fixed amount stated on the line.</summary>
    Fixed,
}
