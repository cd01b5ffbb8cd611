namespace ReportingEngine.Documents.Pdf.Drawing;

/// <summary>An opaque sRGB colour.</summary>
internal readonly record struct RgbColor(byte R, byte G, byte B)
{
    /// <summary>Black.</summary>
    public static RgbColor Black { get; } = new(0, 0, 0);

    /// <summary>Parses <c>RRGGBB</c>.</summary>
    public static RgbColor FromHex(string hex) => new(
        Convert.ToByte(hex[0..2], 16), Convert.ToByte(hex[2..4], 16), Convert.ToByte(hex[4..6], 16));
}
