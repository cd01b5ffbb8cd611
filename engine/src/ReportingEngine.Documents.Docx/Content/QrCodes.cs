using QRCoder;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>QR codes as PNG bytes (QRCoder's own encoder: no System.Drawing, deterministic).</summary>
internal static class QrCodes
{
    /// <summary>Module size in pixels: 10 px modules stay sharp at print sizes up to about 40 mm.</summary>
    private const int PixelsPerModule = 10;

    /// <summary>A black-on-white PNG of <paramref name="payload"/> with the standard quiet zone, error correction M.</summary>
    public static byte[] Png(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        using var code = new PngByteQRCode(data);
        return code.GetGraphic(PixelsPerModule);
    }
}
