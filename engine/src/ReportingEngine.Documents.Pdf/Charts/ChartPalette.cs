using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Charts;

/// <summary>A fixed, print-friendly palette: distinct in colour and still distinguishable in greyscale.</summary>
internal static class ChartPalette
{
    private static readonly RgbColor[] Colors =
    [
        new(0x2F, 0x55, 0x97), // dark blue
        new(0xE0, 0x7B, 0x39), // orange
        new(0x8C, 0x8C, 0x8C), // grey
        new(0xF2, 0xC1, 0x2E), // gold
        new(0x5B, 0x9B, 0xD5), // light blue
        new(0x4E, 0x8F, 0x3A), // green
        new(0x9E, 0x48, 0x0E), // brown
        new(0x1B, 0x2A, 0x4A), // navy
    ];

    /// <summary>Grid lines.</summary>
    public static RgbColor Grid { get; } = new(0xD9, 0xD9, 0xD9);

    /// <summary>Axes and labels.</summary>
    public static RgbColor Ink { get; } = new(0x40, 0x40, 0x40);

    /// <summary>The colour of series or slice <paramref name="index"/> (cycles).</summary>
    public static RgbColor At(int index) => Colors[index % Colors.Length];
}
