using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Fonts;

namespace ReportingEngine.Documents.Pdf.Layout.Ops;

/// <summary>A run of text in one face and size with its baseline at <see cref="Baseline"/>.</summary>
internal sealed record TextOp(IFontFace Face, double SizePt, double X, double Baseline, string Text, TextPaint Paint) : DrawOp
{
    /// <summary>When set, <see cref="Text"/> is a placeholder replaced by the page field once pagination is known.</summary>
    public FieldKind? Field { get; init; }

    /// <inheritdoc/>
    public override DrawOp Offset(double dy) => this with { Baseline = Baseline + dy };

    /// <inheritdoc/>
    public override void Draw(IPdfCanvas canvas) => canvas.DrawText(Face, SizePt, X, Baseline, Text, Paint);
}
