using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Collection;

/// <summary>pdftotext and qpdf over a PDF (poppler-utils, qpdf), through the shared <see cref="ExternalTool"/>.</summary>
internal static class PdfText
{
    /// <summary>The PDF's text with spaces and line breaks removed (CJK text is compared without layout), or null when
    /// pdftotext is missing and <c>RE_ALLOW_MISSING_TOOLS=1</c>.</summary>
    public static async Task<string?> ExtractAsync(byte[] pdf, string folder, ITestOutputHelper output)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        return ExtractFile(path, output);
    }

    public static string? ExtractFile(string path, ITestOutputHelper output)
    {
        var result = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-layout", path, "-");
        if (result is null)
        {
            return null;
        }

        Assert.True(result.ExitCode == 0, result.StandardError);
        return string.Concat(result.StandardOutput.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>Fails unless <c>qpdf --check</c> accepts the file (skipped only when qpdf is missing and allowed).</summary>
    public static void AssertQpdfCheck(string path, ITestOutputHelper output)
    {
        var result = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", path);
        if (result is null)
        {
            return;
        }

        Assert.True(result.ExitCode == 0, $"qpdf --check {path}: {result.StandardOutput}\n{result.StandardError}");
    }
}
