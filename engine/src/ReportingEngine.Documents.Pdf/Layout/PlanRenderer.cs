using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>Replays a <see cref="LayoutPlan"/> on a builder: one page per planned page, ops in z-order, outline entries.</summary>
internal static class PlanRenderer
{
    /// <summary>
    /// Draws <paramref name="plan"/>. Pages are appended after <paramref name="firstPageIndex"/> existing pages
    /// and outline levels are shifted by <paramref name="levelOffset"/> (merged files nest each document under its own entry).
    /// </summary>
    public static void Draw(LayoutPlan plan, IPdfBuilder builder, int firstPageIndex = 0, int levelOffset = 0, CancellationToken cancellationToken = default)
    {
        foreach (var page in plan.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canvas = builder.AddPage(page.WidthPt, page.HeightPt);
            foreach (var op in page.Ops)
            {
                op.Draw(canvas);
            }
        }

        foreach (var entry in plan.Outline)
        {
            builder.AddOutline(entry.Title, entry.Level + levelOffset, firstPageIndex + entry.PageIndex, entry.Y);
        }
    }
}
