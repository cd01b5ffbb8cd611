namespace ReportingEngine.Documents.Pdf.Layout.Text;

/// <summary>
/// Greedy line breaking for mixed Chinese and Latin text with kinsoku (禁则) rules.
/// </summary>
/// <remarks>
/// Break opportunities lie between ideographs, around objects and after spaces; Latin words, numbers and
/// number+unit runs (<c>1,234.50</c>, <c>2026-11</c>, <c>3-302</c>) stay together. A line never starts with a
/// character of <see cref="Kinsoku.NoLineStart"/> nor ends with one of <see cref="Kinsoku.NoLineEnd"/>: the
/// breaker pushes the previous character to the next line instead (push-back, 推出). Only when a line holds
/// no opportunity at all does closing punctuation hang past the edge (悬挂), and an over-long word breaks
/// between characters. Every line holds at least one item, so the loop always ends.
/// </remarks>
internal static class LineBreaker
{
    /// <summary>Splits <paramref name="items"/> into lines of at most <paramref name="firstWidth"/> (first line) and <paramref name="width"/> points.</summary>
    public static List<TextLine> Break(IReadOnlyList<InlineItem> items, double firstWidth, double width)
    {
        var lines = new List<TextLine>();
        var n = items.Count;
        if (n == 0)
        {
            lines.Add(new TextLine(0, 0, 0, true));
            return lines;
        }

        var start = 0;
        var first = true;
        while (start < n)
        {
            var available = (first ? firstWidth : width) + Units.Epsilon;
            first = false;
            var used = 0.0;
            var end = -1;
            var forced = false;
            var j = start;
            for (; j < n; j++)
            {
                var item = items[j];
                if (item.Kind == ItemKind.LineBreak)
                {
                    forced = true;
                    end = j + 1;
                    break;
                }

                if (item.Kind == ItemKind.Space || j == start || used + item.Width <= available)
                {
                    used += item.Width;
                    continue;
                }

                end = ChooseBreak(items, start, j);
                break;
            }

            if (end < 0)
            {
                end = n;
            }

            var contentEnd = end;
            while (contentEnd > start && items[contentEnd - 1].Kind is ItemKind.Space or ItemKind.LineBreak)
            {
                contentEnd--;
            }

            var lineWidth = 0.0;
            for (var k = start; k < contentEnd; k++)
            {
                lineWidth += items[k].Width;
            }

            lines.Add(new TextLine(start, contentEnd, lineWidth, forced || end >= n));
            start = end;
            if (!forced)
            {
                while (start < n && items[start].Kind == ItemKind.Space)
                {
                    start++;
                }
            }
            else if (start >= n)
            {
                // A break as the last inline still opens an empty line, as in Word.
                lines.Add(new TextLine(n, n, 0, true));
            }
        }

        return lines;
    }

    /// <summary>Whether a line may break between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static bool CanBreakBetween(in InlineItem before, in InlineItem after)
    {
        if (after.Kind is ItemKind.Space or ItemKind.LineBreak)
        {
            return false;
        }

        if (after.NoLineStart || before.NoLineEnd)
        {
            return false;
        }

        if (before.Kind is ItemKind.Space or ItemKind.ZeroWidthBreak || after.Kind == ItemKind.ZeroWidthBreak)
        {
            return true;
        }

        return before.BreaksEitherSide || after.BreaksEitherSide;
    }

    /// <summary>The end (exclusive) of a line that starts at <paramref name="start"/> and overflows at item <paramref name="overflow"/>.</summary>
    private static int ChooseBreak(IReadOnlyList<InlineItem> items, int start, int overflow)
    {
        // Push-back: the last opportunity at or before the overflowing item.
        for (var k = overflow; k > start; k--)
        {
            if (CanBreakBetween(items[k - 1], items[k]))
            {
                return k;
            }
        }

        // Hanging: closing punctuation that may not start a line hangs past the edge.
        if (items[overflow].NoLineStart)
        {
            var end = overflow;
            while (end < items.Count && items[end].NoLineStart && end - overflow < 2)
            {
                end++;
            }

            if (end >= items.Count || !items[end].NoLineStart)
            {
                return end;
            }
        }

        // An over-long word: break between characters, still keeping kinsoku where possible.
        var cut = overflow;
        while (cut > start + 1 && (items[cut].NoLineStart || items[cut - 1].NoLineEnd))
        {
            cut--;
        }

        return Math.Max(cut, start + 1);
    }
}
