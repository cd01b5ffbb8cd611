using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Profiles;

/// <summary>
/// A document kind's regulation profile (<c>templates/&lt;kind&gt;/profile.json</c>): page setup,
/// named styles and the rules the conformance check enforces.
/// </summary>
public sealed record DocumentProfile
{
    /// <summary>Kind name, equal to the template folder name (e.g. <c>customer-notice</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>Page size and orientation.</summary>
    public PageSetup Page { get; init; } = PageSetup.A4Portrait;

    /// <summary>Named paragraph/character styles. Must contain <c>body</c>.</summary>
    public required IReadOnlyDictionary<string, TextStyle> Styles { get; init; }

    /// <summary>Paragraph roles that must be present (e.g. <c>posting-date</c>, <c>validity</c> — R-NOT-2).</summary>
    public IReadOnlyList<string> RequiredRoles { get; init; } = [];

    /// <summary>A seal image must be present (R-COL-3, R-NOT-3).</summary>
    public bool SealRequired { get; init; }

    /// <summary>Exact style requirements checked by conformance, keyed by style name (R-NOT-2).</summary>
    public IReadOnlyDictionary<string, TextStyle> RequiredStyles { get; init; } = new Dictionary<string, TextStyle>();

    /// <summary>Exact margins required by regulation, when any (R-NOT-2: left/right 1.5 cm).</summary>
    public RequiredMargins? RequiredMargins { get; init; }

    /// <summary>Regulation IDs this kind implements, printed in <c>check templates</c> output.</summary>
    public IReadOnlyList<string> Implements { get; init; } = [];

    /// <summary>Paper size a regulation fixes (<c>A4</c>, <c>A3</c>, <c>A5</c>), either orientation; null = free.</summary>
    public string? RequiredPaper { get; init; }

    /// <summary>
    /// The regulation ID each conformance check cites for this kind, keyed by check name
    /// (<c>title</c>, <c>content</c>, <c>paper</c>, <c>margins</c>, <c>styles</c>, <c>line-spacing</c>,
    /// <c>roles</c>, <c>seal</c>; see <c>ConformanceCheck</c>), e.g. <c>margins → R-NOT-2</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> RuleIds { get; init; } = new Dictionary<string, string>();
}

/// <summary>Page size and margins in millimetres.</summary>
public sealed record PageSetup(double WidthMm, double HeightMm, double MarginTopMm, double MarginBottomMm, double MarginLeftMm, double MarginRightMm)
{
    /// <summary>Header distance from the top edge.</summary>
    public double HeaderMm { get; init; } = 12;

    /// <summary>Footer distance from the bottom edge.</summary>
    public double FooterMm { get; init; } = 12;

    /// <summary>A4 portrait, 25/25/20/20 mm.</summary>
    public static PageSetup A4Portrait { get; } = new(210, 297, 25, 25, 20, 20);
}

/// <summary>Margins a regulation fixes; null sides are free.</summary>
public sealed record RequiredMargins(double? LeftMm, double? RightMm, double? TopMm, double? BottomMm);

/// <summary>A named text style.</summary>
/// <param name="FontFamily">Regulation font name: 黑体, 宋体, 楷体 or 仿宋 (mapped per writer).</param>
/// <param name="SizePt">Font size in points (二号 = 22, 小四 = 12).</param>
public sealed record TextStyle(string FontFamily, double SizePt)
{
    /// <summary>Bold weight.</summary>
    public bool Bold { get; init; }

    /// <summary>Line spacing as a multiple of the font size (1.5 = 1.5 × size in points).</summary>
    public double LineSpacing { get; init; } = 1.0;

    /// <summary>Paragraph alignment.</summary>
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;

    /// <summary>Space before the paragraph, points.</summary>
    public double SpaceBeforePt { get; init; }

    /// <summary>Space after the paragraph, points.</summary>
    public double SpaceAfterPt { get; init; }

    /// <summary>First-line indent in CJK characters (2 = the customary 首行缩进两字).</summary>
    public double FirstLineIndentChars { get; init; }
}
