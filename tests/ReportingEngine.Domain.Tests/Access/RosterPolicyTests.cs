using ReportingEngine.Domain.Access;
using ReportingEngine.Domain.Estate;
using Xunit;

namespace ReportingEngine.Domain.Tests.Access;

public class RosterPolicyTests
{
    private static readonly RosterEntry Ordinary = new("U1", "B1", "1栋", "3-02", "张伟", Gender.Male, "440301199001011234", "13800000001", "0755-1111", false);
    private static readonly RosterEntry Vip = new("U2", "B1", "1栋", "5-01", "李娜", Gender.Female, "440301198505052345", "13900000002", "0755-2222", true);
    private static readonly RosterEntry OtherBuilding = new("U3", "B2", "2栋", "1-01", "王芳", Gender.Female, "440301197012123456", "13700000003", null, false);
    private static readonly RosterEntry[] Entries = [Ordinary, Vip, OtherBuilding];

    private static Roster Granted(RosterRequest request)
    {
        var decision = RosterPolicy.Decide(request, Entries);
        Assert.True(decision.Granted, decision.Refusal);
        return decision.Roster!;
    }

    private static string Cell(Roster roster, int row, RosterColumn column) => roster.Rows[row][roster.Columns.ToList().IndexOf(column)];

    [Fact]
    public void The_customer_service_roster_omits_VIP_mobiles()
    {
        // R-ACC-3 (b)
        var roster = Granted(new RosterRequest { Role = StaffRole.CustomerService });
        Assert.Equal("13800000001", Cell(roster, 0, RosterColumn.Mobile));
        Assert.Equal("", Cell(roster, 1, RosterColumn.Mobile));
        Assert.DoesNotContain(roster.Rows.SelectMany(r => r), c => c.Contains("13900000002", StringComparison.Ordinal));
        Assert.Equal("0755-2222", Cell(roster, 1, RosterColumn.HomePhone));
        Assert.Equal(1, roster.OmittedVipMobiles);
    }

    [Fact]
    public void The_customer_service_roster_shows_name_mobile_home_phone_and_unit_only()
    {
        // R-ACC-3 (b): no ID numbers, no gender.
        var roster = Granted(new RosterRequest { Role = StaffRole.CustomerService });
        Assert.Equal([RosterColumn.Building, RosterColumn.Unit, RosterColumn.Name, RosterColumn.Mobile, RosterColumn.HomePhone], roster.Columns);
        Assert.DoesNotContain(roster.Rows.SelectMany(r => r), c => c.EndsWith("1234", StringComparison.Ordinal));
    }

    [Fact]
    public void The_customer_service_roster_lists_only_units_in_scope()
    {
        // R-ACC-3 (b)
        var roster = Granted(new RosterRequest { Role = StaffRole.CustomerService, BuildingScope = new HashSet<string>(["B2"], StringComparer.Ordinal) });
        Assert.Single(roster.Rows);
        Assert.Equal("王芳", Cell(roster, 0, RosterColumn.Name));
    }

    [Fact]
    public void The_supervisor_roster_shows_name_and_unit_only()
    {
        // R-ACC-3 (c)
        var roster = Granted(new RosterRequest { Role = StaffRole.PropertySupervisor });
        Assert.Equal([RosterColumn.Building, RosterColumn.Unit, RosterColumn.Name], roster.Columns);
        Assert.Equal(["1栋", "3-02", "张伟"], roster.Rows[0]);
    }

    [Fact]
    public void ID_numbers_on_the_full_roster_are_masked_to_the_last_four()
    {
        // R-ACC-3 (a)
        var roster = Granted(new RosterRequest { Role = StaffRole.CompanyHead });
        Assert.Equal("**************1234", Cell(roster, 0, RosterColumn.IdNumber));
        Assert.DoesNotContain(roster.Rows.SelectMany(r => r), c => c.Contains("440301", StringComparison.Ordinal));
        Assert.Equal("13900000002", Cell(roster, 1, RosterColumn.Mobile));
    }

    [Fact]
    public void The_head_may_ask_for_full_ID_numbers()
    {
        var roster = Granted(new RosterRequest { Role = StaffRole.CompanyHead, RevealIdNumbers = true });
        Assert.Equal("440301199001011234", Cell(roster, 0, RosterColumn.IdNumber));
    }

    [Theory]
    [InlineData(StaffRole.Engineering)]
    [InlineData(StaffRole.Security)]
    [InlineData(StaffRole.Finance)]
    public void A_role_without_a_roster_is_refused_with_a_reason(StaffRole role)
    {
        // R-ACC-3
        var decision = RosterPolicy.Decide(new RosterRequest { Role = role }, Entries);
        Assert.False(decision.Granted);
        Assert.Contains("R-ACC-3", decision.Refusal, StringComparison.Ordinal);
        Assert.Contains(RosterPolicy.RoleName(role), decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_head_may_ask_for_full_ID_numbers()
    {
        var decision = RosterPolicy.Decide(new RosterRequest { Role = StaffRole.CustomerService, RevealIdNumbers = true }, Entries);
        Assert.False(decision.Granted);
    }

    [Theory]
    [InlineData("440301199001011234", "**************1234")]
    [InlineData("123", "***")]
    [InlineData(" 12345 ", "*2345")]
    public void Masking_keeps_the_last_four_characters(string id, string masked) => Assert.Equal(masked, IdNumbers.Mask(id));
}
