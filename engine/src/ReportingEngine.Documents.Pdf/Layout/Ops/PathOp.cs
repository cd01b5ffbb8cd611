using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Layout.Ops;

/// <summary>A filled and/or stroked path (pie slices, chart lines, check marks), moved by <see cref="OffsetY"/> when drawn.</summary>
internal sealed record PathOp(PathGeometry Path, RgbColor? Fill, StrokePaint? Stroke) : DrawOp
{
    /// <summary>Vertical displacement applied to every point of <see cref="Path"/>.</summary>
    public double OffsetY { get; init; }

    /// <inheritdoc/>
    public override DrawOp Offset(double dy) => this with { OffsetY = OffsetY + dy };

    /// <summary>The path in page coordinates.</summary>
    public PathGeometry Placed()
    {
        if (OffsetY == 0)
        {
            return Path;
        }

        var placed = new PathGeometry();
        foreach (var s in Path.Segments)
        {
            switch (s.Verb)
            {
                case PathVerb.MoveTo:
                    placed.MoveTo(s.X, s.Y + OffsetY);
                    break;
                case PathVerb.LineTo:
                    placed.LineTo(s.X, s.Y + OffsetY);
                    break;
                case PathVerb.CurveTo:
                    placed.CurveTo(s.X1, s.Y1 + OffsetY, s.X2, s.Y2 + OffsetY, s.X, s.Y + OffsetY);
                    break;
                default:
                    placed.Close();
                    break;
            }
        }

        return placed;
    }

    /// <inheritdoc/>
    public override void Draw(IPdfCanvas canvas) => canvas.DrawPath(Placed(), Fill, Stroke);
}
