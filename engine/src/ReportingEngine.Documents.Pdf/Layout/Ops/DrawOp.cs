using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Layout.Ops;

/// <summary>One positioned drawing operation of a planned page (points, origin top-left, y down).</summary>
/// <remarks>Ops are values: the planner positions them relative to a slice and moves them with <see cref="Offset"/>.</remarks>
internal abstract record DrawOp
{
    /// <summary>The same op moved down by <paramref name="dy"/> points.</summary>
    public abstract DrawOp Offset(double dy);

    /// <summary>Replays the op on a canvas.</summary>
    public abstract void Draw(IPdfCanvas canvas);
}
