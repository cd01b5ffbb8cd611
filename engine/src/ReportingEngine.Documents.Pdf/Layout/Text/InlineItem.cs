using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Fonts;

namespace ReportingEngine.Documents.Pdf.Layout.Text;

/// <summary>The smallest unit of line breaking: one character, space, blank, checkbox, field or break, already measured.</summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Text">The character(s) drawn (one code point, or a field placeholder).</param>
/// <param name="CodePoint">The code point for characters and spaces; 0 otherwise.</param>
/// <param name="Face">Face that prints it (after fallback).</param>
/// <param name="SizePt">Font size.</param>
/// <param name="Bold">Simulated bold.</param>
/// <param name="Underline">Underlined.</param>
/// <param name="Width">Advance in points.</param>
internal readonly record struct InlineItem(
    ItemKind Kind, string Text, int CodePoint, IFontFace Face, double SizePt, bool Bold, bool Underline, double Width)
{
    /// <summary>Checkbox state.</summary>
    public bool Checked { get; init; }

    /// <summary>The field of a <see cref="ItemKind.Field"/> item.</summary>
    public FieldKind? Field { get; init; }

    /// <summary>Whether this item may not begin a line.</summary>
    public bool NoLineStart => Kind == ItemKind.Char && Kinsoku.IsNoLineStart(CodePoint);

    /// <summary>Whether this item may not end a line.</summary>
    public bool NoLineEnd => Kind == ItemKind.Char && Kinsoku.IsNoLineEnd(CodePoint);

    /// <summary>Whether a line may break on either side of this item (ideographs, CJK punctuation, objects).</summary>
    public bool BreaksEitherSide => Kind switch
    {
        ItemKind.Char => Kinsoku.IsBreakableEitherSide(CodePoint),
        ItemKind.Field => false,
        _ => true,
    };
}
