namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>Unit conversions.</summary>
internal static class Units
{
    /// <summary>Points per millimetre (72 / 25.4).</summary>
    public const double PointsPerMm = 72.0 / 25.4;

    /// <summary>Millimetres to points.</summary>
    public static double Mm(double mm) => mm * PointsPerMm;

    /// <summary>Tolerance for comparing positions: a thousandth of a point.</summary>
    public const double Epsilon = 0.001;
}
