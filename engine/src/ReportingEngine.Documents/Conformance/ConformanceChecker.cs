using System.Globalization;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Conformance;

/// <summary>
/// Checks a document against its kind's regulation profile before it is written. A document with
/// violations must not be written; the caller decides what to report.
/// </summary>
public static class ConformanceChecker
{
    /// <summary>Sizes and distances closer than this are equal (mm/pt rounding in writers).</summary>
    private const double Tolerance = 0.05;

    /// <summary>Returns every violation, in document order; empty when the document conforms.</summary>
    /// <param name="document">The parsed document with its profile.</param>
    /// <returns>The violations, each naming its rule ID and element.</returns>
    public static IReadOnlyList<ConformanceViolation> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var profile = document.Profile;
        var violations = new List<ConformanceViolation>();

        void Add(string check, string element, string message, SourceSpan? source = null) =>
            violations.Add(new ConformanceViolation(RuleFor(profile, check), check, element, message) { Source = source });

        CheckPage(profile, Add);

        var blocks = Flatten(document.Body).ToList();
        if (!blocks.Any(HasVisibleContent))
        {
            Add(ConformanceCheck.Content, "document", ConformanceMessages.EmptyDocument);
        }

        CheckTitle(profile, blocks, Add);
        CheckBodyParagraphs(profile, document.Body, Add);
        CheckRoles(profile, blocks, Add);

        if (profile.SealRequired && !blocks.OfType<Image>().Any(i => i.IsSeal))
        {
            Add(ConformanceCheck.Seal, "document", ConformanceMessages.MissingSeal);
        }

        return violations;
    }

    private static void CheckPage(DocumentProfile profile, Action<string, string, string, SourceSpan?> add)
    {
        var page = profile.Page;
        if (profile.RequiredPaper is { } paper && !PaperSizes.Matches(paper, page.WidthMm, page.HeightMm))
        {
            add(ConformanceCheck.Paper, "page", ConformanceMessages.WrongPaper(page.WidthMm, page.HeightMm, paper), null);
        }

        if (profile.RequiredMargins is { } required)
        {
            CheckMargin(add, "left", page.MarginLeftMm, required.LeftMm);
            CheckMargin(add, "right", page.MarginRightMm, required.RightMm);
            CheckMargin(add, "top", page.MarginTopMm, required.TopMm);
            CheckMargin(add, "bottom", page.MarginBottomMm, required.BottomMm);
        }
    }

    private static void CheckMargin(Action<string, string, string, SourceSpan?> add, string side, double actual, double? required)
    {
        if (required is { } value && Math.Abs(actual - value) > Tolerance)
        {
            add(ConformanceCheck.Margins, "page", ConformanceMessages.WrongMargin(side, actual, value), null);
        }
    }

    private static void CheckTitle(DocumentProfile profile, List<Block> blocks, Action<string, string, string, SourceSpan?> add)
    {
        var titles = blocks.OfType<Heading>().Where(h => h.IsTitle).ToList();
        if (titles.Count == 0)
        {
            add(ConformanceCheck.Title, "document", ConformanceMessages.MissingTitle, null);
            return;
        }

        foreach (var title in titles)
        {
            if (!HasText(title.Inlines))
            {
                add(ConformanceCheck.Title, "title heading", ConformanceMessages.EmptyTitle, title.Source);
            }

            if (profile.RequiredStyles.TryGetValue("title", out var required))
            {
                CompareStyle(profile, title.Style, required, "title", "title heading", title.Source, add);
            }
        }
    }

    /// <summary>Body paragraphs (not headers, footers or table cells) against their required style, else <c>body</c>'s.</summary>
    private static void CheckBodyParagraphs(DocumentProfile profile, IReadOnlyList<Block> body, Action<string, string, string, SourceSpan?> add)
    {
        foreach (var paragraph in FlowParagraphs(body))
        {
            var requirementName = profile.RequiredStyles.ContainsKey(paragraph.Style) && paragraph.Style != "title" ? paragraph.Style : "body";
            if (profile.RequiredStyles.TryGetValue(requirementName, out var required))
            {
                var element = paragraph.Role is { } role ? $"paragraph (role '{role}')" : "paragraph";
                CompareStyle(profile, paragraph.Style, required, requirementName, element, paragraph.Source, add);
            }
        }
    }

    private static void CompareStyle(DocumentProfile profile, string styleName, TextStyle required, string requirementName, string element,
        SourceSpan? source, Action<string, string, string, SourceSpan?> add)
    {
        if (!profile.Styles.TryGetValue(styleName, out var style))
        {
            add(ConformanceCheck.Styles, element, ConformanceMessages.UndefinedStyle(styleName), source);
            return;
        }

        var where = $"{element} in style '{styleName}'";
        if (!string.Equals(style.FontFamily, required.FontFamily, StringComparison.Ordinal))
        {
            add(ConformanceCheck.Styles, where, ConformanceMessages.WrongFont(style.FontFamily, required.FontFamily, requirementName), source);
        }

        if (Math.Abs(style.SizePt - required.SizePt) > Tolerance)
        {
            add(ConformanceCheck.Styles, where, ConformanceMessages.WrongSize(style.SizePt, required.SizePt, requirementName), source);
        }

        if (style.Bold != required.Bold)
        {
            add(ConformanceCheck.Styles, where, ConformanceMessages.WrongWeight(style.Bold, required.Bold, requirementName), source);
        }

        if (Math.Abs(style.LineSpacing - required.LineSpacing) > Tolerance)
        {
            add(ConformanceCheck.LineSpacing, where, ConformanceMessages.WrongLineSpacing(style.LineSpacing, required.LineSpacing, requirementName), source);
        }
    }

    private static void CheckRoles(DocumentProfile profile, List<Block> blocks, Action<string, string, string, SourceSpan?> add)
    {
        var paragraphs = blocks.OfType<Paragraph>().ToList();
        foreach (var role in profile.RequiredRoles)
        {
            var withRole = paragraphs.Where(p => string.Equals(p.Role, role, StringComparison.Ordinal)).ToList();
            if (withRole.Count == 0)
            {
                add(ConformanceCheck.Roles, $"role '{role}'", ConformanceMessages.MissingRole(role), null);
            }
            else if (!withRole.Any(p => HasText(p.Inlines)))
            {
                // A blank to fill by hand does not count: notices are printed, never handwritten (R-NOT-2).
                add(ConformanceCheck.Roles, $"role '{role}'", ConformanceMessages.EmptyRole(role), withRole[0].Source);
            }
        }
    }

    private static string RuleFor(DocumentProfile profile, string check) =>
        profile.RuleIds.TryGetValue(check, out var id) ? id : "RE-" + check.ToUpperInvariant();

    private static bool HasText(IReadOnlyList<Inline> inlines) =>
        inlines.OfType<TextRun>().Any(r => !string.IsNullOrWhiteSpace(r.Text));

    private static bool HasVisibleContent(Block block) => block switch
    {
        Paragraph p => HasText(p.Inlines) || p.Inlines.Any(i => i is Checkbox or Blank),
        Heading h => HasText(h.Inlines),
        Table t => t.Rows.Count > 0,
        Image or QrCode or Chart => true,
        _ => false,
    };

    /// <summary>Every block, descending into keep-together groups and table cells.</summary>
    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                KeepTogether k => k.Blocks,
                Table t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks),
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }

    /// <summary>Paragraphs of the running text: top level and inside keep-together, not in tables.</summary>
    private static IEnumerable<Paragraph> FlowParagraphs(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Paragraph paragraph)
            {
                yield return paragraph;
            }
            else if (block is KeepTogether group)
            {
                foreach (var inner in FlowParagraphs(group.Blocks))
                {
                    yield return inner;
                }
            }
        }
    }

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
