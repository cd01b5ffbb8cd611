namespace ReportingEngine.Domain.Service;

/// <summary>投诉级别 (R-CMP-1).</summary>
public enum ComplaintLevel
{
    /// <summary>一般投诉: fixed and reported to the front desk in 20 min, customer answered in 30 min.</summary>
    General,

    /// <summary>重要投诉: fixed within 12 hours.</summary>
    Important,

    /// <summary>重大投诉: reported to the project manager, reply within 30 min.</summary>
    Major,
}
