using System.Text.Json;

namespace ReportingEngine.Generation.Rendering;

/// <summary>
/// Compiles every template against its <c>sample.json</c>, runs the conformance check and both writers:
/// what <c>reporting check templates</c> prints, and what CI relies on to keep templates releasable.
/// </summary>
public static class TemplateChecker
{
    /// <summary>Checks every kind under the renderer's templates folder, in name order.</summary>
    public static IReadOnlyList<TemplateCheck> CheckAll(DocumentRenderer renderer, string templatesRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        return [.. renderer.Kinds().Select(kind => Check(renderer, templatesRoot, kind, cancellationToken))];
    }

    /// <summary>Checks one kind.</summary>
    public static TemplateCheck Check(DocumentRenderer renderer, string templatesRoot, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var samplePath = Path.Combine(templatesRoot, kind, "sample.json");
        if (!File.Exists(samplePath))
        {
            return new TemplateCheck(kind, null, [], [GenerationMessages.MissingSample(kind)]);
        }

        JsonDocument sample;
        try
        {
            sample = JsonDocument.Parse(File.ReadAllText(samplePath));
        }
        catch (JsonException ex)
        {
            return new TemplateCheck(kind, null, [], [GenerationMessages.BadSample(kind, $"({ex.LineNumber + 1},{ex.BytePositionInLine + 1}) {ex.Message}")]);
        }

        using (sample)
        {
            var outcome = renderer.Render(kind, sample.RootElement, DocumentRenderer.Formats, cancellationToken);
            var implements = outcome.Document?.Profile.Implements ?? [];
            return new TemplateCheck(kind, outcome.TemplateVersion, implements, outcome.Problems);
        }
    }
}
