using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;
using Xunit;

namespace ReportingEngine.Domain.Tests;

/// <summary>R-DOS-5 (electronic basic record) and R-DOS-6 (VIP record, updated monthly).</summary>
public class BasicRecordCheckTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static Owner Owner(string id = "O1", bool vip = false, bool current = true) =>
        new(id, "U1", "李娜", Gender.Female, "440301198505052345", "湖北武汉", "湖北武汉市", "13900000002", null, new DateOnly(2020, 1, 1), current ? null : new DateOnly(2023, 1, 1), vip, false);

    private static Dossier Dossier(decimal area = 89.5m, params Owner[] owners) =>
        new(new Unit("U1", "B1", 1, 12, "02", area, UnitUse.Residence, new DateOnly(2020, 1, 1)), owners, [], [], []);

    private static VipDetails Vip(DateOnly updated, string opinions = "希望加强夜间巡逻") =>
        new("V1", "O1", new DateOnly(1985, 5, 5), "开朗", "园艺", "书法", "无", opinions, "无", updated);

    private static readonly Dictionary<string, VipDetails> NoVip = [];

    [Fact]
    public void A_complete_record_has_no_findings()
    {
        Assert.Empty(BasicRecordCheck.Check(Dossier(89.5m, Owner()), NoVip, AsOf));
    }

    [Theory]
    [InlineData("native", "籍贯")]
    [InlineData("household", "户口所在地")]
    [InlineData("id", "身份证号码")]
    [InlineData("phone", "联系电话")]
    public void Each_blank_field_of_the_electronic_record_is_a_finding(string blank, string item)
    {
        // R-DOS-5: name, gender, ID number, native place, household registration, phone.
        var owner = blank switch
        {
            "native" => Owner() with { NativePlace = " " },
            "household" => Owner() with { HouseholdRegistration = "" },
            "id" => Owner() with { IdNumber = "" },
            _ => Owner() with { Mobile = "", HomePhone = null },
        };

        var finding = Assert.Single(BasicRecordCheck.Check(Dossier(89.5m, owner), NoVip, AsOf));

        Assert.Equal(("R-DOS-5", "李娜", item, "未录入", "补录"), (finding.Rule, finding.Subject, finding.Item, finding.Finding, finding.Action));
    }

    [Fact]
    public void A_home_phone_alone_is_a_phone()
    {
        // R-DOS-5 asks for a phone, not a mobile.
        Assert.Empty(BasicRecordCheck.Check(Dossier(89.5m, Owner() with { Mobile = "", HomePhone = "0755-2222" }), NoVip, AsOf));
    }

    [Fact]
    public void A_unit_without_building_area_is_a_finding_on_the_unit()
    {
        // R-DOS-5: building area.
        var finding = Assert.Single(BasicRecordCheck.Check(Dossier(0m, Owner()), NoVip, AsOf));
        Assert.Equal((BasicRecordCheck.UnitSubject, "建筑面积"), (finding.Subject, finding.Item));
    }

    [Theory]
    [InlineData("440301198505052345", true)]
    [InlineData("44030119850505234X", true)]
    [InlineData("440301850505234", true)]
    [InlineData("44030119850505234", false)]
    [InlineData("4403011985050523A5", false)]
    [InlineData("44030119850505234Y", false)]
    public void The_id_number_must_have_the_shape_of_a_resident_id(string idNumber, bool valid)
    {
        // R-DOS-5: the ID number as on the card (shape only, see BasicRecordCheck remarks).
        Assert.Equal(valid, BasicRecordCheck.HasIdNumberShape(idNumber));
        Assert.Equal(valid, BasicRecordCheck.Check(Dossier(89.5m, Owner() with { IdNumber = idNumber }), NoVip, AsOf).Count == 0);
    }

    [Fact]
    public void A_former_owners_record_is_history_and_not_checked()
    {
        // R-DOS-4 keeps former owners; R-DOS-5 applies to the current record.
        var former = Owner("O0", current: false) with { NativePlace = "" };
        Assert.Empty(BasicRecordCheck.Check(Dossier(89.5m, former, Owner()), NoVip, AsOf));
    }

    [Fact]
    public void A_vip_owner_without_a_vip_record_is_a_finding()
    {
        // R-DOS-6.
        var finding = Assert.Single(BasicRecordCheck.Check(Dossier(89.5m, Owner(vip: true)), NoVip, AsOf));
        Assert.Equal(("R-DOS-6", "重点业户资料", "未建立"), (finding.Rule, finding.Item, finding.Finding));
    }

    [Theory]
    [InlineData(2026, 10, 30, true)]
    [InlineData(2026, 10, 29, false)]
    [InlineData(2026, 12, 5, true)]
    public void A_vip_record_must_have_been_updated_within_the_month_before_the_checklist(int year, int month, int day, bool current)
    {
        // R-DOS-6: updated monthly — at most one month old on the checklist date (30 November → 30 October).
        var records = new Dictionary<string, VipDetails> { ["O1"] = Vip(new DateOnly(year, month, day)) };

        var findings = BasicRecordCheck.Check(Dossier(89.5m, Owner(vip: true)), records, AsOf);

        if (current)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal(("R-DOS-6", "超过一个月未更新", "更新", new DateOnly(2026, 10, 29)), (finding.Rule, finding.Finding, finding.Action, finding.LastUpdated));
        }
    }

    [Fact]
    public void Blank_vip_fields_are_named()
    {
        // R-DOS-6: birthday, personality, preferences, specialties, special requests, opinions, complaints handled.
        var records = new Dictionary<string, VipDetails> { ["O1"] = Vip(AsOf) with { Birthday = null, Opinions = "" } };
        var finding = Assert.Single(BasicRecordCheck.Check(Dossier(89.5m, Owner(vip: true)), records, AsOf));
        Assert.Equal("生日、意见未录入", finding.Finding);
    }

    [Fact]
    public void A_vip_record_of_a_non_vip_owner_is_ignored()
    {
        var records = new Dictionary<string, VipDetails> { ["O1"] = Vip(new DateOnly(2020, 1, 1)) };
        Assert.Empty(BasicRecordCheck.Check(Dossier(89.5m, Owner()), records, AsOf));
    }
}
