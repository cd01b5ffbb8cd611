using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>One planned page: size in points and its draw operations in z-order (first drawn first).</summary>
internal sealed record PlannedPage(double WidthPt, double HeightPt, IReadOnlyList<DrawOp> Ops);
