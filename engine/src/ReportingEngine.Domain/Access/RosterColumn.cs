namespace ReportingEngine.Domain.Access;

/// <summary>A column a roster may show; which ones depends on the role (R-ACC-3).</summary>
public enum RosterColumn
{
    /// <summary>楼栋.</summary>
    Building,

    /// <summary>房号 (floor-room, R-DOS-1).</summary>
    Unit,

    /// <summary>业主姓名.</summary>
    Name,

    /// <summary>性别.</summary>
    Gender,

    /// <summary>身份证号 — full roster only, masked unless the head asks.</summary>
    IdNumber,

    /// <summary>手机.</summary>
    Mobile,

    /// <summary>住宅电话.</summary>
    HomePhone,
}
