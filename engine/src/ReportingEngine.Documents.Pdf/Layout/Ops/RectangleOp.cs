using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Layout.Ops;

/// <summary>A filled and/or stroked rectangle (cell shading, QR modules, bars, checkboxes).</summary>
internal sealed record RectangleOp(double X, double Y, double Width, double Height, RgbColor? Fill, StrokePaint? Stroke) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Offset(double dy) => this with { Y = Y + dy };

    /// <inheritdoc/>
    public override void Draw(IPdfCanvas canvas) => canvas.DrawRectangle(X, Y, Width, Height, Fill, Stroke);
}
