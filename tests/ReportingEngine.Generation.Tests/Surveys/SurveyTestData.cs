using System.Text.Encodings.Web;
using System.Text.Json;
using UglyToad.PdfPig;

namespace ReportingEngine.Generation.Tests.Surveys;

/// <summary>Helpers shared by the survey tests: PDF text, and re-approving a template's sample.json on purpose.</summary>
internal static class SurveyTestData
{
    /// <summary>Set to 1 to rewrite <c>templates/&lt;kind&gt;/sample.json</c> from the sample estate (never silently).</summary>
    public const string UpdateSamplesVariable = "RE_UPDATE_SURVEY_SAMPLES";

    private static readonly JsonSerializerOptions SampleJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>All page text of a PDF, pages joined by new lines, spaces removed (CJK text extracts without word gaps).</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Number of pages of a PDF.</summary>
    public static int PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>Writes <paramref name="model"/> as the kind's sample.json when <see cref="UpdateSamplesVariable"/> is 1.</summary>
    public static void MaybeUpdateSample(string templatesRoot, string kind, object model)
    {
        if (!string.Equals(Environment.GetEnvironmentVariable(UpdateSamplesVariable), "1", StringComparison.Ordinal))
        {
            return;
        }

        var json = JsonSerializer.Serialize(model, model.GetType(), SampleJson);
        File.WriteAllText(Path.Combine(templatesRoot, kind, "sample.json"), json + "\n");
    }
}
