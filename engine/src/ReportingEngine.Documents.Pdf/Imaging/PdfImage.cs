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
}
