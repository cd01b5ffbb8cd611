namespace ReportingEngine.Domain.Estate;

/// <summary>性别.</summary>
public enum Gender
{
    /// <summary>男.</summary>
    Male,

    /// <summary>女.</summary>
    Female,
}
