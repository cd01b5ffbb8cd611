using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Layout.Text;
using ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Layout;

public sealed class LineBreakingTests
{
    private const double Size = 12;

    private static (List<InlineItem> Items, List<TextLine> Lines) Break(string text, double width, double? firstWidth = null)
    {
        var document = Docs.Document([]);
        var context = new Pdf.Layout.Flow.LayoutContext(document.Profile, new FontSet(FakeFontProvider.Default), 700);
        var items = TextComposer.Items([new TextRun(text)], document.Profile.Styles["body"], context, "test");
        return (items, LineBreaker.Break(items, firstWidth ?? width, width));
    }

    private static List<string> Texts(string text, double width)
    {
        var (items, lines) = Break(text, width);
        return lines.Select(l => string.Concat(items.Skip(l.Start).Take(l.Count).Select(i => i.Text))).ToList();
    }

    [Fact]
    public void Chinese_text_wraps_at_exactly_the_width_of_ten_characters()
    {
        var text = new string('字', 25);
        var lines = Texts(text, 10 * Size);
        Assert.Equal([new string('字', 10), new string('字', 10), new string('字', 5)], lines);
    }

    [Fact]
    public void A_full_stop_that_would_start_a_line_pushes_the_previous_character_down()
    {
        // R-NOT-2 typography: no line starts with 。 (kinsoku push-back)
        var lines = Texts("一二三四五六七八九十。", 10 * Size);
        Assert.Equal(["一二三四五六七八九", "十。"], lines);
    }

    [Fact]
    public void An_opening_bracket_never_ends_a_line()
    {
        var lines = Texts("一二三四五六七八九（十）", 10 * Size);
        Assert.Equal(["一二三四五六七八九", "（十）"], lines);
    }

    [Fact]
    public void Punctuation_hangs_when_a_line_has_no_other_break_opportunity()
    {
        var lines = Texts("甲。", Size);
        Assert.Equal(["甲。"], lines);
    }

    [Fact]
    public void Latin_words_numbers_and_units_are_never_broken()
    {
        var text = "请于2026-11-30前缴纳1,234.50元至账户 Payment reference ABC-12345 房号3-302 共计 56.78 yuan。";
        var tokens = new[] { "2026-11-30", "1,234.50", "Payment", "reference", "ABC-12345", "3-302", "56.78", "yuan" };
        for (var chars = 6; chars <= 30; chars++)
        {
            var lines = Texts(text, chars * Size);
            var joined = string.Join("|", lines);
            foreach (var token in tokens)
            {
                Assert.True(joined.Contains(token, StringComparison.Ordinal), $"'{token}' was broken at width {chars}: {joined}");
            }

            Assert.All(lines, l => Assert.False(l.StartsWith(' ') || l.EndsWith(' '), $"spaces not trimmed: '{l}'"));
        }
    }

    [Fact]
    public void An_over_long_word_breaks_between_characters_and_every_line_holds_something()
    {
        var lines = Texts("https://pay.example.com/notice/2026/11/ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5 * Size);
        Assert.True(lines.Count > 5);
        Assert.All(lines, l => Assert.NotEmpty(l));
        Assert.Equal("https://pay.example.com/notice/2026/11/ABCDEFGHIJKLMNOPQRSTUVWXYZ", string.Concat(lines));
    }

    [Fact]
    public void A_width_narrower_than_one_character_still_ends_with_one_character_per_line()
    {
        var lines = Texts("一二三，四", 1);
        Assert.Equal("一二三，四", string.Concat(lines));
        Assert.All(lines, l => Assert.NotEmpty(l));
    }

    [Fact]
    public void No_line_starts_with_a_forbidden_character_or_ends_with_an_opening_bracket_across_many_random_paragraphs()
    {
        // Kinsoku over random texts with a fixed seed (property-style).
        var random = new Random(20261115);
        const string alphabet = "物业服务中心业主缴费通知请于本月日前到前台办理，。、；：？！（）《》「」『』【】%…—“”abc 123-4,5.6";
        for (var round = 0; round < 400; round++)
        {
            var length = random.Next(1, 120);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (HasLongPunctuationRun(text))
            {
                continue; // three closing marks in a row cannot all avoid a line start; real text has none
            }

            var width = random.Next(4, 30) * Size + random.Next(0, 12);
            var (items, lines) = Break(text, width);
            for (var n = 0; n < lines.Count; n++)
            {
                var line = lines[n];
                Assert.True(line.Count > 0 || lines.Count == 1, $"empty line {n} in '{text}' at width {width}");
                if (line.Count == 0)
                {
                    continue;
                }

                var first = items[line.Start];
                var last = items[line.ContentEnd - 1];
                Assert.False(n > 0 && first.NoLineStart, $"line {n} starts with '{first.Text}' in '{text}' at width {width}");
                Assert.False(n < lines.Count - 1 && last.NoLineEnd, $"line {n} ends with '{last.Text}' in '{text}' at width {width}");
            }

            var rebuilt = string.Concat(lines.Select(l => string.Concat(items.Skip(l.Start).Take(l.Count).Select(i => i.Text))));
            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), rebuilt.Replace(" ", "", StringComparison.Ordinal));
        }
    }

    private static bool HasLongPunctuationRun(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = Kinsoku.IsNoLineStart(text[i]) ? run + 1 : 0;
            if (run >= 3 || (i > 0 && Kinsoku.IsNoLineEnd(text[i - 1]) && Kinsoku.IsNoLineStart(text[i])))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void A_forced_line_break_ends_the_line_and_is_not_justified()
    {
        var document = Docs.Document([]);
        var context = new Pdf.Layout.Flow.LayoutContext(document.Profile, new FontSet(FakeFontProvider.Default), 700);
        var items = TextComposer.Items([new TextRun("甲乙"), new LineBreak(), new TextRun("丙丁")], document.Profile.Styles["body"], context, "test");
        var lines = LineBreaker.Break(items, 100 * Size, 100 * Size);
        Assert.Equal(2, lines.Count);
        Assert.True(lines[0].IsLast);
        Assert.Equal(2, lines[0].Count);
    }
}
