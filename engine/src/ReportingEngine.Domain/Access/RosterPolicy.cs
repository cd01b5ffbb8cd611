using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Access;

/// <summary>Who may have which roster (业户资料汇总表) and what it shows (R-ACC-3).</summary>
public static class RosterPolicy
{
    /// <summary>Role names as typed on the command line.</summary>
    public static IReadOnlyDictionary<string, StaffRole> RoleNames { get; } = new Dictionary<string, StaffRole>(StringComparer.Ordinal)
    {
        ["head"] = StaffRole.CompanyHead,
        ["customer-service"] = StaffRole.CustomerService,
        ["supervisor"] = StaffRole.PropertySupervisor,
        ["engineering"] = StaffRole.Engineering,
        ["security"] = StaffRole.Security,
        ["finance"] = StaffRole.Finance,
    };

    /// <summary>The columns a role sees, or an empty list when it may not have a roster.</summary>
    /// <param name="role">Role.</param>
    /// <returns>Columns.</returns>
    public static IReadOnlyList<RosterColumn> ColumnsFor(StaffRole role) => role switch
    {
        // R-ACC-3 (a): the full roster is the company head's alone.
        StaffRole.CompanyHead => [RosterColumn.Building, RosterColumn.Unit, RosterColumn.Name, RosterColumn.Gender, RosterColumn.IdNumber, RosterColumn.Mobile, RosterColumn.HomePhone],

        // R-ACC-3 (b): name, mobile, home phone and unit.
        StaffRole.CustomerService => [RosterColumn.Building, RosterColumn.Unit, RosterColumn.Name, RosterColumn.Mobile, RosterColumn.HomePhone],

        // R-ACC-3 (c): name and unit.
        StaffRole.PropertySupervisor => [RosterColumn.Building, RosterColumn.Unit, RosterColumn.Name],
        _ => [],
    };

    /// <summary>The Chinese name of a role.</summary>
    /// <param name="role">Role.</param>
    /// <returns>Name.</returns>
    public static string RoleName(StaffRole role) => role switch
    {
        StaffRole.CompanyHead => "公司负责人",
        StaffRole.CustomerService => "客户服务人员",
        StaffRole.PropertySupervisor => "物业主管",
        StaffRole.Engineering => "工程部",
        StaffRole.Security => "安保部",
        StaffRole.Finance => "财务部",
        _ => role.ToString(),
    };

    /// <summary>Builds the roster a request may have, or refuses it with a reason.</summary>
    /// <param name="request">Request.</param>
    /// <param name="entries">Owners of the units (delivery order).</param>
    /// <returns>The decision.</returns>
    public static RosterDecision Decide(RosterRequest request, IEnumerable<RosterEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(entries);
        var columns = ColumnsFor(request.Role);
        if (columns.Count == 0)
        {
            return new RosterDecision(null, $"R-ACC-3: role '{RoleName(request.Role)}' may not have a roster; rosters are issued only to the company head (full), customer-service staff and property supervisors");
        }

        if (request.RevealIdNumbers && request.Role != StaffRole.CompanyHead)
        {
            return new RosterDecision(null, $"R-ACC-3: only the company head may ask for full ID numbers; the {RoleName(request.Role)} roster shows no ID numbers");
        }

        var omitted = 0;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var entry in entries)
        {
            // R-ACC-3 (b): customer service sees only units in its scope.
            if (request.BuildingScope is { } scope && !scope.Contains(entry.BuildingId))
            {
                continue;
            }

            var row = new string[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                row[i] = columns[i] switch
                {
                    RosterColumn.Building => entry.BuildingName,
                    RosterColumn.Unit => entry.UnitLabel,
                    RosterColumn.Name => entry.Name,
                    RosterColumn.Gender => entry.Gender switch { Gender.Male => "男", Gender.Female => "女", _ => "" },
                    RosterColumn.IdNumber => request.RevealIdNumbers ? entry.IdNumber : IdNumbers.Mask(entry.IdNumber),
                    RosterColumn.Mobile when request.Role == StaffRole.CustomerService && entry.IsVip => "",
                    RosterColumn.Mobile => entry.Mobile,
                    RosterColumn.HomePhone => entry.HomePhone ?? "",
                    _ => "",
                };
            }

            // R-ACC-3 (b): VIP mobiles are not listed on the customer-service roster.
            if (request.Role == StaffRole.CustomerService && entry.IsVip)
            {
                omitted++;
            }

            rows.Add(row);
        }

        var title = request.Role switch
        {
            StaffRole.CompanyHead => "业户资料汇总表（全表）",
            StaffRole.CustomerService => "业户资料汇总表（客户服务）",
            _ => "业户资料汇总表（物业主管）",
        };
        return new RosterDecision(new Roster(request.Role, title, columns, rows, omitted), null);
    }

    /// <summary>Column header text.</summary>
    /// <param name="column">Column.</param>
    /// <returns>Header.</returns>
    public static string Header(RosterColumn column) => column switch
    {
        RosterColumn.Building => "楼栋",
        RosterColumn.Unit => "房号",
        RosterColumn.Name => "业主姓名",
        RosterColumn.Gender => "性别",
        RosterColumn.IdNumber => "身份证号",
        RosterColumn.Mobile => "手机",
        RosterColumn.HomePhone => "住宅电话",
        _ => column.ToString(),
    };
}
