using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Layout.Ops;

/// <summary>A PNG image scaled into a rectangle.</summary>
internal sealed record ImageOp(byte[] Png, double X, double Y, double Width, double Height) : DrawOp
{
    /// <summary>0..1 opacity.</summary>
    public double Opacity { get; init; } = 1.0;

    /// <inheritdoc/>
    public override DrawOp Offset(double dy) => this with { Y = Y + dy };

    /// <inheritdoc/>
    public override void Draw(IPdfCanvas canvas) => canvas.DrawImage(Png, X, Y, Width, Height, Opacity);
}
