using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Layout.Ops;

/// <summary>A stroked straight line (underlines, table borders, chart axes).</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, StrokePaint Stroke) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Offset(double dy) => this with { Y1 = Y1 + dy, Y2 = Y2 + dy };

    /// <inheritdoc/>
    public override void Draw(IPdfCanvas canvas) => canvas.DrawLine(X1, Y1, X2, Y2, Stroke);
}
