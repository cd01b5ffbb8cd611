using System.Text;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Markup;

/// <summary>
/// Collapses insignificant whitespace like HTML, with CJK rules: a run of whitespace that holds a
/// line break and touches a wide (CJK) character on either side disappears, so text a template wraps
/// across lines joins without a stray space (Chinese sets digits and Latin next to ideographs without
/// spaces); whitespace next to CJK punctuation always disappears. Elsewhere a run becomes one space.
/// </summary>
internal static class InlineCollapser
{
    /// <summary>Marks "the previous visible thing was not a character" (an atom), treated as narrow.</summary>
    private const char AtomMarker = '\0';

    public static IReadOnlyList<Inline> Collapse(IReadOnlyList<InlinePiece> pieces)
    {
        var output = new List<Inline>();
        var text = new StringBuilder();
        RunFormat? format = null;
        var pendingSpace = false;
        var pendingNewline = false;
        var atLineStart = true;
        var previous = AtomMarker;

        void Flush()
        {
            if (text.Length > 0 && format is { } f)
            {
                output.Add(new TextRun(text.ToString()) { Bold = f.Bold, Underline = f.Underline, Style = f.Style });
            }

            text.Clear();
            format = null;
        }

        void Emit(char next, RunFormat? runFormat)
        {
            if (pendingSpace && !atLineStart && KeepsSpace(previous, next, pendingNewline))
            {
                // The space belongs to the run it was typed in when that run is still open, else to the next one.
                if (format is null && runFormat is { } rf)
                {
                    format = rf;
                }

                if (format is not null)
                {
                    text.Append(' ');
                }
                else
                {
                    output.Add(new TextRun(" "));
                }
            }

            pendingSpace = false;
            pendingNewline = false;
            atLineStart = false;
        }

        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case InlinePiece.Text t:
                    foreach (var c in t.Value)
                    {
                        if (CjkText.IsCollapsible(c))
                        {
                            pendingSpace = true;
                            pendingNewline |= c is '\n' or '\r';
                            continue;
                        }

                        if (format is { } current && current != t.Format)
                        {
                            Emit(c, current);
                            Flush();
                        }
                        else
                        {
                            Emit(c, t.Format);
                        }

                        format ??= t.Format;
                        text.Append(c);
                        previous = c;
                    }

                    break;
                case InlinePiece.Atom a:
                    Emit(AtomMarker, null);
                    Flush();
                    output.Add(a.Inline);
                    previous = AtomMarker;
                    break;
                case InlinePiece.Break:
                    Flush();
                    output.Add(new LineBreak());
                    pendingSpace = false;
                    pendingNewline = false;
                    atLineStart = true;
                    previous = AtomMarker;
                    break;
            }
        }

        Flush();
        return output;
    }

    private static bool KeepsSpace(char previous, char next, bool hadNewline)
    {
        if (CjkText.IsCjkPunctuation(previous) || CjkText.IsCjkPunctuation(next))
        {
            return false;
        }

        return !(hadNewline && (CjkText.IsWide(previous) || CjkText.IsWide(next)));
    }
}
