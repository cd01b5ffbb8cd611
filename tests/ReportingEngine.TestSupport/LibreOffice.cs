using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace ReportingEngine.TestSupport;

/// <summary>Converts a .docx to PDF with a private LibreOffice profile (parallel runs do not clash).</summary>
public static partial class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The PDF path, or null when soffice is missing and missing tools are allowed.</summary>
    public static string? ConvertToPdf(string docxPath, string outputDirectory, ITestOutputHelper output)
    {
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            var environment = new Dictionary<string, string> { ["HOME"] = profile };
            var result = ExternalTool.Soffice.TryRun(
                output,
                Timeout,
                environment,
                "-env:UserInstallation=file://" + profile,
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                outputDirectory,
                docxPath);
            result?.AssertSuccess();
            if (result is null)
            {
                return null;
            }

            var pdf = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
            if (!File.Exists(pdf))
            {
                throw new Xunit.Sdk.XunitException($"soffice reported success but wrote no PDF: {result.StandardOutput}{result.StandardError}");
            }

            return pdf;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>Page count from pdfinfo, or null when pdfinfo is missing and allowed.</summary>
    public static int? PageCount(string pdfPath, ITestOutputHelper output)
    {
        var result = ExternalTool.PdfInfo.TryRun(output, TimeSpan.FromSeconds(30), null, pdfPath)?.AssertSuccess();
        if (result is null)
        {
            return null;
        }

        var match = PagesLine().Match(result.StandardOutput);
        Assert.True(match.Success, "pdfinfo printed no Pages line: " + result.StandardOutput);
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
