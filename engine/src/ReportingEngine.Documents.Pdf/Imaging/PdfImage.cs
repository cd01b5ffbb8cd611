using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using ReportingEngine.Documents.Pdf.Objects;

namespace ReportingEngine.Documents.Pdf.Imaging;

/// <summary>An image encoded for PDF: Flate-compressed 8-bit samples and an optional Flate soft mask.</summary>
/// <param name="Width">Pixels.</param>
/// <param name="Height">Pixels.</param>
/// <param name="ColorSpace"><c>DeviceRGB</c> or <c>DeviceGray</c>.</param>
/// <param name="Samples">Compressed colour samples.</param>
/// <param name="SoftMask">Compressed alpha samples, or null when opaque.</param>
internal sealed record PdfImage(int Width, int Height, string ColorSpace, byte[] Samples, byte[]? SoftMask)
{
    private static readonly ConditionalWeakTable<byte[], string> Keys = [];

    /// <summary>Decodes a PNG and compresses it for PDF.</summary>
    /// <exception cref="PngFormatException">The PNG cannot be decoded.</exception>
    public static PdfImage FromPng(ReadOnlySpan<byte> png)
    {
        var image = PngDecoder.Decode(png);
        return new PdfImage(
            image.Width,
            image.Height,
            image.Components == 3 ? "DeviceRGB" : "DeviceGray",
            Flate.Compress(image.Pixels),
            image.Alpha is null ? null : Flate.Compress(image.Alpha));
    }

    /// <summary>Content hash used to share one XObject between identical images (the seal on every page).</summary>
    public static string ContentKey(ReadOnlySpan<byte> png) => Convert.ToHexString(SHA256.HashData(png));

    /// <summary>
    /// <see cref="ContentKey(ReadOnlySpan{byte})"/> remembered per array: a renderer hands out a kind's seal as one array
    /// for every document, so a batch hashes it once instead of once per file. Image bytes are never modified once
    /// loaded (the document model is immutable).
    /// </summary>
    public static string ContentKey(byte[] png) => Keys.GetValue(png, static p => ContentKey(p.AsSpan()));
}
