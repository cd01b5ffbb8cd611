using System.Globalization;
using ReportingEngine.Domain.Access;
using ReportingEngine.Generation.Dossiers;

namespace ReportingEngine.Generation.Tests.Dossiers;

public sealed class RosterTests(DossierEstateFixture estate) : IClassFixture<DossierEstateFixture>
{
    private static readonly DateOnly IssuedOn = new(2025, 12, 1);

    private Task<DossierRunResult> Issue(StaffRole role, string recipient = "林小红", bool reveal = false) =>
        estate.Documents.RosterAsync(estate.Job(IssuedOn), new RosterRequest { Role = role, RevealIdNumbers = reveal }, recipient, CancellationToken.None);

    private static int Sequence(string controlNumber) => int.Parse(controlNumber[^4..], CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_customer_service_roster_leaves_out_VIP_mobiles_and_ID_numbers()
    {
        // R-ACC-3 (b)
        var result = await Issue(StaffRole.CustomerService);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var text = PdfText.Of(result.Files.Single());
        Assert.Contains(DossierEstate.OrdinaryMobile, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DossierEstate.VipMobile, text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", text.Replace("HA-HZB", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("李娜", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_roster_masks_ID_numbers_unless_the_head_asks()
    {
        // R-ACC-3 (a)
        var masked = PdfText.Of((await Issue(StaffRole.CompanyHead, "王振华")).Files.Single());
        Assert.Contains("**************1234", masked, StringComparison.Ordinal);
        Assert.DoesNotContain(DossierEstate.OrdinaryIdNumber, masked, StringComparison.Ordinal);
        var full = PdfText.Of((await Issue(StaffRole.CompanyHead, "王振华", reveal: true)).Files.Single());
        Assert.Contains(DossierEstate.OrdinaryIdNumber, full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_copy_gets_the_next_control_number_printed_watermarked_and_registered_with_its_recipient()
    {
        // R-ACC-3: 受控 No., issued through the register.
        var first = await Issue(StaffRole.PropertySupervisor, "陈主管");
        var second = await Issue(StaffRole.PropertySupervisor, "吴主管");
        var firstNumber = Path.GetFileNameWithoutExtension(first.Files.Single())["roster-".Length..];
        var secondNumber = Path.GetFileNameWithoutExtension(second.Files.Single())["roster-".Length..];
        Assert.Equal(Sequence(firstNumber) + 1, Sequence(secondNumber));

        var text = PdfText.Of(first.Files.Single());
        Assert.Contains("受控No." + firstNumber, text, StringComparison.Ordinal);
        Assert.Contains("陈主管", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DossierEstate.OrdinaryMobile, text, StringComparison.Ordinal);
        // R-ACC-6: the copy may not leave the company and is returned to be destroyed when withdrawn.
        Assert.Contains("不得复印、转借或带出公司；停用时交回客户服务部销毁", text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var entry = Assert.Single(await estate.Register.FindAsync(firstNumber, CancellationToken.None));
        Assert.Equal(("陈主管", firstNumber), (entry.Recipient, entry.ControlNumber));
    }

    [Fact]
    public async Task Copies_issued_at_the_same_time_never_share_a_control_number()
    {
        // R-ACC-3: every controlled copy has its own number; a copy issued at the same moment must not take it over.
        string[] recipients = ["赵一", "钱二", "孙三", "李四", "周五", "吴六"];
        var results = await Task.WhenAll(recipients.Select(r => Task.Run(() => Issue(StaffRole.PropertySupervisor, r))));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("\n", r.Errors)));
        var numbers = results.Select(r => Path.GetFileNameWithoutExtension(r.Files.Single())["roster-".Length..]).ToList();
        Assert.Equal(recipients.Length, numbers.Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < recipients.Length; i++)
        {
            var entry = Assert.Single(await estate.Register.FindAsync(numbers[i], CancellationToken.None));
            Assert.Equal(recipients[i], entry.Recipient);
            Assert.Equal(entry.FileSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(results[i].Files.Single()))));
            Assert.Contains(recipients[i], PdfText.Of(results[i].Files.Single()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_role_that_may_not_have_a_roster_is_refused_and_nothing_is_written()
    {
        // R-ACC-3
        var result = await Issue(StaffRole.Engineering, "张工");
        Assert.False(result.Succeeded);
        Assert.Contains("may not have a roster", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public async Task A_roster_needs_a_named_recipient()
    {
        var result = await Issue(StaffRole.PropertySupervisor, " ");
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
    }
}
