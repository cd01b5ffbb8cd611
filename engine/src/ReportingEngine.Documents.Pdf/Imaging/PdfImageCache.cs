using System.Collections.Concurrent;

namespace ReportingEngine.Documents.Pdf.Imaging;

/// <summary>
/// Process-wide cache of encoded images by content hash. A batch of 100,000 fee notices stamps the same seal on every
/// notice: decoding and recompressing that PNG each time cost more than laying out the whole page (≈ 200 ms of 250 ms).
/// </summary>
/// <remarks>Entries are immutable. The cache is bounded: past <see cref="Capacity"/> images it starts afresh,
/// which keeps memory flat when a run meets many distinct images (logos of many companies).</remarks>
internal static class PdfImageCache
{
    /// <summary>Most distinct images kept at once.</summary>
    public const int Capacity = 64;

    private static readonly ConcurrentDictionary<string, Lazy<PdfImage>> Images = new(StringComparer.Ordinal);

    /// <summary>The encoded image for <paramref name="png"/>, decoding it on first use.</summary>
    /// <exception cref="PngFormatException">The PNG cannot be decoded (never cached).</exception>
    public static PdfImage Get(string contentKey, byte[] png)
    {
        if (Images.Count >= Capacity)
        {
            Images.Clear();
        }

        var lazy = Images.GetOrAdd(contentKey, _ => new Lazy<PdfImage>(() => PdfImage.FromPng(png)));
        try
        {
            return lazy.Value;
        }
        catch (PngFormatException)
        {
            Images.TryRemove(contentKey, out _);
            throw;
        }
    }
}
