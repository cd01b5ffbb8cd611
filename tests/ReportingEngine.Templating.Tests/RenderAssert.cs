namespace ReportingEngine.Templating.Tests;

internal static class RenderAssert
{
    public static string Markup(RenderResult result)
    {
        Assert.True(result.Succeeded, "render failed: " + string.Join(Environment.NewLine, result.Diagnostics));
        return result.Markup!;
    }

    public static string SingleError(RenderResult result)
    {
        Assert.False(result.Succeeded, "expected a diagnostic, got markup: " + result.Markup);
        var diagnostic = Assert.Single(result.Diagnostics);
        return diagnostic.ToString();
    }
}
