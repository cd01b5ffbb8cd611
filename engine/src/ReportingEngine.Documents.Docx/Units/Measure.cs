namespace ReportingEngine.Documents.Docx.Units;

/// <summary>Unit conversions used by WordprocessingML and DrawingML.</summary>
internal static class Measure
{
    private const double TwipsPerInch = 1440;
    private const double MmPerInch = 25.4;
    private const long EmuPerMm = 36000;

    /// <summary>Millimetres to twips (1/20 pt), exact then rounded half away from zero.</summary>
    public static int MmToTwips(double mm) => (int)Math.Round(mm * TwipsPerInch / MmPerInch, MidpointRounding.AwayFromZero);

    /// <summary>Points to twips.</summary>
    public static int PtToTwips(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    /// <summary>Points to half-points (w:sz).</summary>
    public static int PtToHalfPoints(double pt) => (int)Math.Round(pt * 2, MidpointRounding.AwayFromZero);

    /// <summary>Millimetres to English Metric Units (DrawingML).</summary>
    public static long MmToEmu(double mm) => (long)Math.Round(mm * EmuPerMm, MidpointRounding.AwayFromZero);

    /// <summary>Twips to English Metric Units (1 twip = 635 EMU).</summary>
    public static long TwipsToEmu(int twips) => twips * 635L;
}
