namespace ReportingEngine.Documents.Model;

/// <summary>A raster image (PNG bytes) placed in the flow or, for seals, over the preceding text.</summary>
/// <param name="Png">PNG file bytes (alpha honoured).</param>
/// <param name="WidthMm">Printed width in millimetres.</param>
/// <param name="HeightMm">Printed height in millimetres.</param>
public sealed record Image(byte[] Png, double WidthMm, double HeightMm) : Block
{
    /// <summary>Horizontal placement.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>How the image sits relative to text.</summary>
    public ImagePlacement Placement { get; init; } = ImagePlacement.Inline;

    /// <summary>Alternative text (accessibility, DOCX descr).</summary>
    public string? Description { get; init; }

    /// <summary>A seal (公章) image: required by profiles with <c>sealRequired</c> (R-COL-3, R-NOT-3).</summary>
    public bool IsSeal { get; init; }
}

/// <summary>Image placement.</summary>
public enum ImagePlacement
{
    /// <summary>Takes its own space in the flow.</summary>
    Inline,
    /// <summary>Takes no space; drawn behind the text, its top aligned with the previous block's top
    /// (a seal stamped over the sign-off, as a clerk would).</summary>
    OverPrevious,
}

/// <summary>A QR code (payment link, verification URL), drawn as vector modules in PDF.</summary>
/// <param name="Payload">Text encoded in the code.</param>
/// <param name="SizeMm">Printed edge length in millimetres.</param>
public sealed record QrCode(string Payload, double SizeMm) : Block
{
    /// <summary>Horizontal placement.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Optional caption under the code.</summary>
    public string? Caption { get; init; }
}

/// <summary>A chart drawn from data series: native chart in DOCX, vector drawing in PDF.</summary>
/// <param name="Kind">Bar, line or pie.</param>
/// <param name="Title">Chart title.</param>
/// <param name="Categories">Category labels (x axis, or pie slices).</param>
/// <param name="Series">One or more series with one value per category (pie: first series only).</param>
public sealed record Chart(ChartKind Kind, string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series) : Block
{
    /// <summary>Printed width in millimetres (default: the text width).</summary>
    public double? WidthMm { get; init; }

    /// <summary>Printed height in millimetres.</summary>
    public double HeightMm { get; init; } = 70;

    /// <summary>Value axis minimum; null = 0 for bars, automatic for lines.</summary>
    public double? AxisMin { get; init; }

    /// <summary>Value axis maximum; null = automatic.</summary>
    public double? AxisMax { get; init; }
}

/// <summary>Chart kind.</summary>
public enum ChartKind
{
    /// <summary>Clustered vertical bars.</summary>
    Bar,
    /// <summary>Lines with markers.</summary>
    Line,
    /// <summary>Pie of the first series.</summary>
    Pie,
}

/// <summary>A named data series.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
