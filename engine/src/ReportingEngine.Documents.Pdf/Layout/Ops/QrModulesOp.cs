using ReportingEngine.Documents.Barcodes;
using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Layout.Ops;

/// <summary>
/// A QR code's dark modules, top-left corner at (<paramref name="X"/>, <paramref name="Y"/>), drawn as one filled
/// path of horizontal runs. One op instead of one rectangle op per run: a payment QR has 500–800 runs, and as separate
/// rectangles they cost ≈ 75 KB of objects per notice and ≈ 30 KB of page content (issue 5).
/// </summary>
internal sealed record QrModulesOp(double X, double Y, double ModuleSize, QrModules Modules) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Offset(double dy) => this with { Y = Y + dy };

    /// <inheritdoc/>
    public override void Draw(IPdfCanvas canvas) => canvas.FillRectangles(Runs(), RgbColor.Black);

    /// <summary>The dark runs as rectangles (top-left corner, width, height in points).</summary>
    public IEnumerable<(double X, double Y, double Width, double Height)> Runs()
    {
        foreach (var (row, column, length) in Modules.DarkRuns())
        {
            yield return (X + (column * ModuleSize), Y + (row * ModuleSize), length * ModuleSize, ModuleSize);
        }
    }
}
