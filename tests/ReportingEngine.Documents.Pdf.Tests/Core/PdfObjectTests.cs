using System.Text;
using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Objects;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

public sealed class PdfObjectTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.00001, "0")]
    [InlineData(12.0, "12")]
    [InlineData(595.2756, "595.2756")]
    [InlineData(1.23456789, "1.2346")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(1e-7, "0")]
    [InlineData(123456789012.5, "123456789012.5")]
    public void Numbers_are_invariant_with_at_most_four_decimals_and_no_exponent(double value, string expected)
    {
        Assert.Equal(expected, PdfByteBuffer.FormatNumber(value));
    }

    [Fact]
    public void Numbers_match_the_custom_format_0_dot_four_hashes_over_the_page_range()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 200_000; i++)
        {
            var value = Math.Round((random.NextDouble() - 0.5) * 3000, random.Next(0, 8));
            var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
            var expected = rounded == 0 ? "0" : rounded.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected, PdfByteBuffer.FormatNumber(value));
        }
    }

    [Fact]
    public void Numbers_ignore_the_thread_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1.5", PdfByteBuffer.FormatNumber(1.5));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_text_string_with_Chinese_is_UTF16BE_with_a_byte_order_mark()
    {
        Assert.Equal("<FEFF4E1A6237>", Write(PdfString.Text("业户")));
        Assert.Equal("(Fee \\(R-NOT-1\\) a\\\\b)", Write(PdfString.Text("Fee (R-NOT-1) a\\b")));
    }

    [Fact]
    public void Names_escape_delimiters_and_non_ASCII()
    {
        Assert.Equal("/A#20B#2F#E9#BB#91", Write(new PdfName("A B/黑")));
    }

    [Fact]
    public void Dictionaries_keep_insertion_order_and_skip_nulls()
    {
        var dictionary = new PdfDictionary().Set("Type", "Page").Set("Missing", null).Set("Count", 3).Set("Kids", new PdfArray(new PdfReference(4), new PdfReference(5)));
        Assert.Equal("<</Type /Page/Count 3/Kids [4 0 R 5 0 R]>>", Write(dictionary));
    }

    [Fact]
    public void The_width_array_is_compact()
    {
        // CIDs 0..7; default 1000. 3,4,5 share 500 (a range); 1 and 7 are single widths.
        double[] widths = [1000, 250, 1000, 500, 500, 500, 1000, 333.5];
        Assert.Equal("[1 [250] 3 5 500 7 [333.5]]", Write(FontUsage.WidthArray(widths, 1000)));
    }

    [Fact]
    public void ToUnicode_maps_codes_to_UTF16_including_surrogate_pairs()
    {
        var cmap = Encoding.ASCII.GetString(ToUnicodeCMap.Build(new Dictionary<int, string>
        {
            [1] = "业",
            [2] = "𠀀", // U+20000, a supplementary ideograph
            [3] = "A",
            [4] = "B",
            [5] = "C",
        }));
        Assert.Contains("<0001> <4E1A>", cmap, StringComparison.Ordinal);
        Assert.Contains("<0002> <D840DC00>", cmap, StringComparison.Ordinal);
        Assert.Contains("<0003> <0005> <0041>", cmap, StringComparison.Ordinal);
        Assert.Contains("begincodespacerange\n<0000> <FFFF>", cmap, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_midnight_China_Standard_Time()
    {
        Assert.Equal("D:20261122000000+08'00'", PdfDate.Format(new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void The_file_writer_refuses_to_finish_with_an_unwritten_object()
    {
        using var output = new MemoryStream();
        using var writer = new PdfFileWriter(output, "x");
        var root = writer.Allocate();
        writer.Allocate();
        writer.WriteObject(root, new PdfDictionary());
        Assert.Throws<InvalidOperationException>(() => writer.Finish(root, null));
    }

    [Fact]
    public void Flate_round_trips()
    {
        var data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("BT /F1 12 Tf ET\n", 50)));
        Assert.Equal(data, Flate.Decompress(Flate.Compress(data)));
    }

    private static string Write(PdfObject value)
    {
        var buffer = new PdfByteBuffer();
        value.WriteTo(buffer);
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }
}
