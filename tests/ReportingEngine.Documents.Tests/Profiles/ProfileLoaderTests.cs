using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;
using ReportingEngine.Documents.Tests.TestSupport;

namespace ReportingEngine.Documents.Tests.Profiles;

public sealed class ProfileLoaderTests
{
    private const string File = "templates/demo/profile.json";

    private static string[] Errors(string json)
    {
        var result = ProfileLoader.Load(json, File, "demo");
        Assert.Null(result.Profile);
        return [.. result.Diagnostics.Select(d => d.ToString())];
    }

    [Fact]
    public void The_customer_notice_profile_loads_with_the_R_NOT_2_layout()
    {
        var path = RepoRoot.Combine("templates", "customer-notice", "profile.json");
        var result = ProfileLoader.Load(System.IO.File.ReadAllText(path), "templates/customer-notice/profile.json", "customer-notice");

        Assert.Empty(result.Diagnostics);
        var profile = result.Profile!;
        Assert.Equal("customer-notice", profile.Kind);
        // R-NOT-2: A4, left/right margins 1.5 cm, title 黑体 二号 bold, body 宋体 小四 at 1.5 lines.
        Assert.Equal((210.0, 297.0, 15.0, 15.0), (profile.Page.WidthMm, profile.Page.HeightMm, profile.Page.MarginLeftMm, profile.Page.MarginRightMm));
        Assert.Equal(new TextStyle("黑体", 22) { Bold = true, LineSpacing = 1.5, Alignment = TextAlignment.Center, SpaceBeforePt = 6, SpaceAfterPt = 12 }, profile.Styles["title"]);
        Assert.Equal(new TextStyle("宋体", 12) { LineSpacing = 1.5, FirstLineIndentChars = 2 }, profile.Styles["body"]);
        Assert.Equal(TextAlignment.Right, profile.Styles["signoff"].Alignment);
        Assert.Equal(["posting-date", "validity"], profile.RequiredRoles);
        Assert.True(profile.SealRequired);
        Assert.Equal(new RequiredMargins(15, 15, null, null), profile.RequiredMargins);
        Assert.Equal("A4", profile.RequiredPaper);
        Assert.Equal("R-NOT-3", profile.RuleIds["seal"]);
        Assert.Equal(["R-NOT-1", "R-NOT-2", "R-NOT-3"], profile.Implements);
    }

    [Fact]
    public void Chinese_size_names_and_page_size_names_are_understood()
    {
        var result = ProfileLoader.Load("""
            { "page": { "size": "A5", "orientation": "landscape", "marginsMm": { "left": 10 } },
              "styles": { "body": { "fontFamily": "仿宋", "sizePt": "五号" }, "big": { "fontFamily": "楷体", "sizePt": "小初" } } }
            """, File, "demo");

        Assert.Empty(result.Diagnostics);
        Assert.Equal((210.0, 148.0, 10.0), (result.Profile!.Page.WidthMm, result.Profile.Page.HeightMm, result.Profile.Page.MarginLeftMm));
        Assert.Equal(10.5, result.Profile.Styles["body"].SizePt);
        Assert.Equal(36, result.Profile.Styles["big"].SizePt);
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line()
    {
        var errors = Errors("{\n  \"styles\": {\n    \"body\": { \"fontFamily\": \"宋体\" \"sizePt\": 12 }\n  }\n}");

        var error = Assert.Single(errors);
        Assert.StartsWith("templates/demo/profile.json(3,", error, StringComparison.Ordinal);
        Assert.Contains("error: malformed JSON:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_family_outside_the_regulation_fonts_is_reported_at_its_value()
    {
        var errors = Errors("""
            {
              "styles": {
                "body": { "fontFamily": "Arial", "sizePt": 12 }
              }
            }
            """);

        Assert.Equal(["templates/demo/profile.json(3,29): error: 'styles.body.fontFamily' is 'Arial'; expected one of 黑体, 宋体, 楷体, 仿宋"], errors);
    }

    [Fact]
    public void Unknown_properties_wrong_types_and_unknown_size_names_are_all_reported()
    {
        var errors = Errors("""
            {
              "stiles": {},
              "styles": {
                "body": { "fontFamily": "宋体", "sizePt": "巨号", "bold": "yes" }
              },
              "sealRequired": 1
            }
            """);

        Assert.Equal(4, errors.Length);
        Assert.StartsWith("templates/demo/profile.json(2,3): error: unknown property 'stiles'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("templates/demo/profile.json(4,45): error: 'styles.body.sizePt' is '巨号'", errors[1], StringComparison.Ordinal);
        Assert.Equal("templates/demo/profile.json(4,59): error: 'styles.body.bold' must be true or false", errors[2]);
        Assert.Equal("templates/demo/profile.json(6,19): error: 'sealRequired' must be true or false", errors[3]);
    }

    [Fact]
    public void A_profile_without_a_body_style_is_refused()
    {
        var errors = Errors("""{ "styles": { "title": { "fontFamily": "黑体", "sizePt": 22 } } }""");

        Assert.Equal(["templates/demo/profile.json(1,13): error: 'styles' must define 'body', the default paragraph style"], errors);
    }

    [Fact]
    public void A_required_style_the_profile_does_not_define_is_reported()
    {
        var errors = Errors("""
            { "styles": { "body": { "fontFamily": "宋体", "sizePt": 12 } },
              "requiredStyles": { "title": { "fontFamily": "黑体", "sizePt": 22, "bold": true } } }
            """);

        Assert.Equal(["templates/demo/profile.json(2,23): error: 'requiredStyles.title' names a style that 'styles' does not define"], errors);
    }

    [Fact]
    public void A_kind_that_differs_from_the_folder_and_a_bad_rule_id_are_reported()
    {
        var errors = Errors("""
            { "kind": "fee-notice", "styles": { "body": { "fontFamily": "宋体", "sizePt": 12 } },
              "rules": { "seal": "NOT-3" }, "implements": ["R-NOT-2", "seal"] }
            """);

        Assert.Equal(
            [
                "templates/demo/profile.json(1,11): error: kind 'fee-notice' does not match the template folder 'demo'",
                "templates/demo/profile.json(2,22): error: 'rules.seal' is 'NOT-3'; expected a regulation ID such as R-NOT-2",
                "templates/demo/profile.json(2,59): error: 'implements[1]' is 'seal'; expected a regulation ID such as R-NOT-2",
            ],
            errors);
    }

    [Fact]
    public void Margins_that_leave_no_room_for_text_are_reported()
    {
        var errors = Errors("""{ "page": { "marginsMm": { "left": 110, "right": 100 } }, "styles": { "body": { "fontFamily": "宋体", "sizePt": 12 } } }""");

        Assert.Equal(["templates/demo/profile.json(1,26): error: the left and right margins leave no room for text"], errors);
    }

    [Fact]
    public async Task A_missing_profile_file_is_a_diagnostic_not_an_exception()
    {
        var result = await ProfileLoader.LoadFileAsync(Path.Combine(Path.GetTempPath(), "no-such-kind", "profile.json"), "templates/no-such-kind/profile.json");

        Assert.Equal("templates/no-such-kind/profile.json: error: profile.json not found", Assert.Single(result.Diagnostics).ToString());
    }
}
