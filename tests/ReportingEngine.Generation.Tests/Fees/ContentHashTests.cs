using System.Text.Json;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Tests.Fees;

public sealed class ContentHashTests
{
    private sealed record Sample(string OwnerName, decimal Amount, IReadOnlyList<string> Periods);

    [Fact]
    public void Canonical_json_sorts_keys_and_uses_snake_case_names()
    {
        var json = ContentHash.CanonicalJson(new Sample("王<&>", 12.50m, ["2026-09", "2026-10"]));
        Assert.Equal("""{"amount":12.50,"owner_name":"王<&>","periods":["2026-09","2026-10"]}""", json);
    }

    [Fact]
    public void The_same_data_in_another_key_order_has_the_same_data_hash()
    {
        using var a = JsonDocument.Parse("""{"b":1,"a":{"y":2,"x":[1,2]}}""");
        using var b = JsonDocument.Parse("""{ "a": { "x": [1, 2], "y": 2 }, "b": 1 }""");
        Assert.Equal(ContentHash.OfModel(a.RootElement), ContentHash.OfModel(b.RootElement));
    }

    [Fact]
    public void A_changed_amount_changes_the_data_hash()
    {
        Assert.NotEqual(
            ContentHash.OfModel(new Sample("王", 12.50m, [])),
            ContentHash.OfModel(new Sample("王", 12.51m, [])));
    }

    [Fact]
    public void File_hashes_are_lower_case_hex_sha256()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.Sha256([]));
    }

    [Theory]
    [InlineData("FN", "2026-11", "C01-B03-0302", "FN-2026-11-C01-B03-0302")]
    [InlineData("FNP", "2026-11", "C01-B03", "FNP-2026-11-C01-B03")]
    [InlineData("FN", "2026-11", "../x/y", "FN-2026-11-___x_y")]
    public void Archive_numbers_derive_from_kind_period_and_subject_and_are_safe_file_names(string prefix, string period, string subject, string expected)
    {
        Assert.Equal(expected, ArchiveNumbers.For(prefix, period, subject));
    }
}
