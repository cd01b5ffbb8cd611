namespace ReportingEngine.Documents.Pdf.Charts;

/// <summary>Which point of a label its x refers to.</summary>
internal enum TextAnchor
{
    /// <summary>x is the left edge.</summary>
    Start,
    /// <summary>x is the centre.</summary>
    Middle,
    /// <summary>x is the right edge.</summary>
    End,
}
