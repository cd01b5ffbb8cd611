namespace ReportingEngine.Domain.Access;

/// <summary>The role of the person a roster (业户资料汇总表) would be issued to (R-ACC-3).</summary>
public enum StaffRole
{
    /// <summary>公司负责人 — the only holder of the full roster.</summary>
    CompanyHead,

    /// <summary>客户服务人员 — name, mobile, home phone, unit; own scope only; no VIP mobiles.</summary>
    CustomerService,

    /// <summary>物业主管 — name and unit only.</summary>
    PropertySupervisor,

    /// <summary>工程部 — no roster.</summary>
    Engineering,

    /// <summary>安保部 — no roster.</summary>
    Security,

    /// <summary>财务部 — no roster.</summary>
    Finance,
}
