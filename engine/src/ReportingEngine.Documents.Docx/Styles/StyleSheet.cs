using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Units;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Docx.Styles;

/// <summary>
/// The styles and font-table parts generated from one profile, built once and shared by every
/// document of that profile (a batch of 100,000 notices builds it once).
/// </summary>
internal sealed class StyleSheet
{
    /// <summary>Style used when a block names a style the profile does not have (kept visible, not fatal).</summary>
    public const string NormalId = "Normal";

    private static readonly ConditionalWeakTable<DocumentProfile, StyleSheet> Cache = [];

    private readonly Dictionary<string, string> _paragraphIds;

    private StyleSheet(string language, Dictionary<string, string> paragraphIds, byte[] stylesXml, byte[] fontTableXml)
    {
        Language = language;
        _paragraphIds = paragraphIds;
        StylesXml = stylesXml;
        FontTableXml = fontTableXml;
    }

    /// <summary>East Asian language tag the defaults carry.</summary>
    public string Language { get; }

    /// <summary>word/styles.xml.</summary>
    public byte[] StylesXml { get; }

    /// <summary>word/fontTable.xml.</summary>
    public byte[] FontTableXml { get; }

    /// <summary>The shared sheet for <paramref name="profile"/> and <paramref name="language"/>.</summary>
    public static StyleSheet For(DocumentProfile profile, string language)
    {
        var sheet = Cache.GetValue(profile, p => Build(p, language));
        return string.Equals(sheet.Language, language, StringComparison.Ordinal) ? sheet : Build(profile, language);
    }

    /// <summary>The Word paragraph style id for a profile style name (Normal when unknown).</summary>
    public string ParagraphStyleId(string? profileStyle) =>
        profileStyle is not null && _paragraphIds.TryGetValue(profileStyle, out var id) ? id : NormalId;

    /// <summary>The Word character style id for a profile style name, or null when unknown.</summary>
    public string? CharacterStyleId(string? profileStyle) =>
        profileStyle is not null && _paragraphIds.TryGetValue(profileStyle, out var id) ? id + "Char" : null;

    private static StyleSheet Build(DocumentProfile profile, string language)
    {
        var ids = AssignIds(profile);
        var body = profile.Styles.TryGetValue("body", out var b) ? b : new TextStyle("宋体", 12);
        var eastAsiaLanguage = string.IsNullOrWhiteSpace(language) ? "zh-CN" : language;

        var styles = XmlParts.Build(w =>
        {
            w.WriteStartElement("w", "styles", Ns.W);
            w.WriteAttributeString("xmlns", "r", null, Ns.R);

            w.WriteStartElement("w", "docDefaults", Ns.W);
            w.WriteStartElement("w", "rPrDefault", Ns.W);
            w.WriteStartElement("w", "rPr", Ns.W);
            WriteFonts(w, WordFonts.ToWordName(body.FontFamily));
            Val(w, "kern", "2");
            Val(w, "sz", Half(body.SizePt));
            Val(w, "szCs", Half(body.SizePt));
            w.WriteStartElement("w", "lang", Ns.W);
            w.WriteAttributeString("w", "val", Ns.W, "en-US");
            w.WriteAttributeString("w", "eastAsia", Ns.W, eastAsiaLanguage);
            w.WriteAttributeString("w", "bidi", Ns.W, "ar-SA");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("w", "pPrDefault", Ns.W);
            w.WriteStartElement("w", "pPr", Ns.W);
            Empty(w, "widowControl");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();

            WriteParagraphStyle(w, NormalId, "Normal", body, isDefault: true, outlineLevel: null, link: null);

            w.WriteStartElement("w", "style", Ns.W);
            w.WriteAttributeString("w", "type", Ns.W, "character");
            w.WriteAttributeString("w", "default", Ns.W, "1");
            w.WriteAttributeString("w", "styleId", Ns.W, "DefaultParagraphFont");
            Val(w, "name", "Default Paragraph Font");
            Val(w, "uiPriority", "1");
            Empty(w, "semiHidden");
            Empty(w, "unhideWhenUsed");
            w.WriteEndElement();

            w.WriteStartElement("w", "style", Ns.W);
            w.WriteAttributeString("w", "type", Ns.W, "table");
            w.WriteAttributeString("w", "default", Ns.W, "1");
            w.WriteAttributeString("w", "styleId", Ns.W, "TableNormal");
            Val(w, "name", "Normal Table");
            Val(w, "uiPriority", "99");
            Empty(w, "semiHidden");
            Empty(w, "unhideWhenUsed");
            w.WriteStartElement("w", "tblPr", Ns.W);
            Width(w, "tblInd", 0);
            w.WriteStartElement("w", "tblCellMar", Ns.W);
            Width(w, "top", 0);
            Width(w, "left", 108);
            Width(w, "bottom", 0);
            Width(w, "right", 108);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();

            foreach (var (name, id) in ids.OrderBy(p => p.Value, StringComparer.Ordinal))
            {
                var style = profile.Styles[name];
                WriteParagraphStyle(w, id, WordStyleName(name, id), style, isDefault: false, OutlineLevel(name), link: id + "Char");
                WriteCharacterStyle(w, id, name, style);
            }

            w.WriteEndElement();
        });

        var fonts = XmlParts.Build(w =>
        {
            w.WriteStartElement("w", "fonts", Ns.W);
            var families = profile.Styles.Values.Select(s => WordFonts.ToWordName(s.FontFamily))
                .Append(WordFonts.ToWordName(body.FontFamily))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (var family in families)
            {
                w.WriteStartElement("w", "font", Ns.W);
                w.WriteAttributeString("w", "name", Ns.W, family);
                var alt = WordFonts.AltName(family);
                if (alt is not null)
                {
                    Val(w, "altName", alt);
                }

                Val(w, "charset", alt is null ? "00" : "86");
                Val(w, "family", "auto");
                Val(w, "pitch", "variable");
                w.WriteEndElement();
            }

            w.WriteStartElement("w", "font", Ns.W);
            w.WriteAttributeString("w", "name", Ns.W, WordFonts.SymbolFont);
            Val(w, "charset", "00");
            Val(w, "family", "swiss");
            Val(w, "pitch", "variable");
            w.WriteEndElement();
            w.WriteEndElement();
        });

        return new StyleSheet(language, ids, styles, fonts);
    }

    private static Dictionary<string, string> AssignIds(DocumentProfile profile)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { NormalId, "DefaultParagraphFont", "TableNormal" };
        foreach (var name in profile.Styles.Keys.Order(StringComparer.Ordinal))
        {
            var candidate = BaseId(name);
            var id = candidate;
            for (var n = 2; !used.Add(id) || !used.Add(id + "Char"); n++)
            {
                id = candidate + n.ToString(CultureInfo.InvariantCulture);
            }

            ids[name] = id;
        }

        return ids;
    }

    private static string BaseId(string name)
    {
        var level = HeadingLevel(name);
        if (level is not null)
        {
            return "Heading" + level.Value.ToString(CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder("Re");
        var upper = true;
        foreach (var ch in name)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(upper ? char.ToUpperInvariant(ch) : ch);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.Length > 2 ? builder.ToString() : "ReStyle";
    }

    private static string WordStyleName(string profileName, string id) =>
        id.StartsWith("Heading", StringComparison.Ordinal) && HeadingLevel(profileName) is { } level
            ? "heading " + level.ToString(CultureInfo.InvariantCulture)
            : profileName;

    private static int? HeadingLevel(string name) =>
        name.Length == 8 && name.StartsWith("heading", StringComparison.Ordinal) && name[7] is >= '1' and <= '9'
            ? name[7] - '0'
            : null;

    private static int? OutlineLevel(string name) => HeadingLevel(name) is { } level ? level - 1 : null;

    private static void WriteParagraphStyle(XmlWriter w, string id, string name, TextStyle style, bool isDefault, int? outlineLevel, string? link)
    {
        w.WriteStartElement("w", "style", Ns.W);
        w.WriteAttributeString("w", "type", Ns.W, "paragraph");
        if (isDefault)
        {
            w.WriteAttributeString("w", "default", Ns.W, "1");
        }

        w.WriteAttributeString("w", "styleId", Ns.W, id);
        Val(w, "name", name);
        if (!isDefault)
        {
            Val(w, "basedOn", NormalId);
            Val(w, "next", NormalId);
        }

        if (link is not null)
        {
            Val(w, "link", link);
        }

        Empty(w, "qFormat");

        w.WriteStartElement("w", "pPr", Ns.W);
        if (outlineLevel is not null)
        {
            Empty(w, "keepNext");
            Empty(w, "keepLines");
        }

        w.WriteStartElement("w", "spacing", Ns.W);
        w.WriteAttributeString("w", "before", Ns.W, Num(Measure.PtToTwips(style.SpaceBeforePt)));
        w.WriteAttributeString("w", "after", Ns.W, Num(Measure.PtToTwips(style.SpaceAfterPt)));
        // R-NOT-2 "1.5 line spacing": Word's own multiple, 240 × multiple with lineRule auto.
        w.WriteAttributeString("w", "line", Ns.W, Num((int)Math.Round(240 * style.LineSpacing, MidpointRounding.AwayFromZero)));
        w.WriteAttributeString("w", "lineRule", Ns.W, "auto");
        w.WriteEndElement();

        w.WriteStartElement("w", "ind", Ns.W);
        var indentChars = (int)Math.Round(style.FirstLineIndentChars * 100, MidpointRounding.AwayFromZero);
        w.WriteAttributeString("w", "firstLineChars", Ns.W, Num(indentChars));
        w.WriteAttributeString("w", "firstLine", Ns.W, Num(Measure.PtToTwips(style.FirstLineIndentChars * style.SizePt)));
        w.WriteEndElement();

        Val(w, "jc", Justification(style.Alignment));
        if (outlineLevel is not null)
        {
            Val(w, "outlineLvl", Num(outlineLevel.Value));
        }

        w.WriteEndElement();

        WriteRunProperties(w, style);
        w.WriteEndElement();
    }

    private static void WriteCharacterStyle(XmlWriter w, string paragraphId, string profileName, TextStyle style)
    {
        w.WriteStartElement("w", "style", Ns.W);
        w.WriteAttributeString("w", "type", Ns.W, "character");
        w.WriteAttributeString("w", "customStyle", Ns.W, "1");
        w.WriteAttributeString("w", "styleId", Ns.W, paragraphId + "Char");
        Val(w, "name", profileName + " Char");
        Val(w, "basedOn", "DefaultParagraphFont");
        Val(w, "link", paragraphId);
        WriteRunProperties(w, style);
        w.WriteEndElement();
    }

    private static void WriteRunProperties(XmlWriter w, TextStyle style)
    {
        w.WriteStartElement("w", "rPr", Ns.W);
        WriteFonts(w, WordFonts.ToWordName(style.FontFamily));
        if (style.Bold)
        {
            Empty(w, "b");
            Empty(w, "bCs");
        }
        else
        {
            Val(w, "b", "0");
            Val(w, "bCs", "0");
        }

        Val(w, "sz", Half(style.SizePt));
        Val(w, "szCs", Half(style.SizePt));
        w.WriteEndElement();
    }

    private static void WriteFonts(XmlWriter w, string family)
    {
        w.WriteStartElement("w", "rFonts", Ns.W);
        w.WriteAttributeString("w", "ascii", Ns.W, family);
        w.WriteAttributeString("w", "eastAsia", Ns.W, family);
        w.WriteAttributeString("w", "hAnsi", Ns.W, family);
        w.WriteAttributeString("w", "cs", Ns.W, family);
        w.WriteEndElement();
    }

    /// <summary>The w:jc value of an alignment.</summary>
    public static string Justification(TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => "center",
        TextAlignment.Right => "right",
        TextAlignment.Justify => "both",
        _ => "left",
    };

    private static string Half(double pt) => Num(Measure.PtToHalfPoints(pt));

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Val(XmlWriter w, string element, string value)
    {
        w.WriteStartElement("w", element, Ns.W);
        w.WriteAttributeString("w", "val", Ns.W, value);
        w.WriteEndElement();
    }

    private static void Empty(XmlWriter w, string element)
    {
        w.WriteStartElement("w", element, Ns.W);
        w.WriteEndElement();
    }

    private static void Width(XmlWriter w, string element, int twips)
    {
        w.WriteStartElement("w", element, Ns.W);
        w.WriteAttributeString("w", "w", Ns.W, Num(twips));
        w.WriteAttributeString("w", "type", Ns.W, "dxa");
        w.WriteEndElement();
    }
}
