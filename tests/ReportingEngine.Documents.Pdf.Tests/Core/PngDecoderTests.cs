using ReportingEngine.Documents.Pdf.Imaging;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

public sealed class PngDecoderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Every_filter_type_round_trips_an_RGBA_image(int filter)
    {
        var rows = Enumerable.Range(0, 5 * 4 * 4).Select(i => (byte)((i * 37) + (i / 7))).ToArray();
        var image = PngDecoder.Decode(TestPng.Encode(5, 4, 8, 6, rows, filter));
        Assert.Equal((5, 4, 3), (image.Width, image.Height, image.Components));
        for (var p = 0; p < 20; p++)
        {
            Assert.Equal(rows[(4 * p)..((4 * p) + 3)], image.Pixels[(3 * p)..((3 * p) + 3)]);
            Assert.Equal(rows[(4 * p) + 3], image.Alpha![p]);
        }
    }

    [Fact]
    public void Greyscale_8_bit_is_DeviceGray_without_alpha()
    {
        var image = PngDecoder.Decode(TestPng.Encode(3, 2, 8, 0, [0, 128, 255, 10, 20, 30], filter: 2));
        Assert.Equal(1, image.Components);
        Assert.Equal(new byte[] { 0, 128, 255, 10, 20, 30 }, image.Pixels);
        Assert.Null(image.Alpha);
    }

    [Fact]
    public void Greyscale_1_bit_scales_to_black_and_white()
    {
        // 10 pixels: 1010000011 → two bytes 0b10100000, 0b11000000
        var image = PngDecoder.Decode(TestPng.Encode(10, 1, 1, 0, [0b1010_0000, 0b1100_0000]));
        Assert.Equal(new byte[] { 255, 0, 255, 0, 0, 0, 0, 0, 255, 255 }, image.Pixels);
    }

    [Fact]
    public void Greyscale_with_tRNS_makes_that_grey_transparent()
    {
        var image = PngDecoder.Decode(TestPng.Encode(2, 1, 8, 0, [7, 9], transparency: [0, 7]));
        Assert.Equal(new byte[] { 0, 255 }, image.Alpha);
    }

    [Fact]
    public void RGB_8_bit_is_DeviceRGB_and_opaque()
    {
        var rows = new byte[] { 255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 8, 7 };
        var image = PngDecoder.Decode(TestPng.Encode(2, 2, 8, 2, rows, filter: 4));
        Assert.Equal(3, image.Components);
        Assert.Equal(rows, image.Pixels);
        Assert.Null(image.Alpha);
    }

    [Fact]
    public void RGB_16_bit_keeps_the_high_byte()
    {
        var image = PngDecoder.Decode(TestPng.Encode(1, 1, 16, 2, [0x12, 0x34, 0xAB, 0xCD, 0xFF, 0x00]));
        Assert.Equal(new byte[] { 0x12, 0xAB, 0xFF }, image.Pixels);
    }

    [Fact]
    public void Palette_with_tRNS_expands_to_RGB_and_alpha()
    {
        byte[] palette = [255, 0, 0, 0, 0, 255, 0, 255, 0];
        var image = PngDecoder.Decode(TestPng.Encode(3, 1, 8, 3, [0, 1, 2], palette: palette, transparency: [255, 0]));
        Assert.Equal(palette, image.Pixels);
        Assert.Equal(new byte[] { 255, 0, 255 }, image.Alpha); // entries beyond tRNS are opaque
    }

    [Fact]
    public void Palette_4_bit_unpacks_two_pixels_per_byte()
    {
        byte[] palette = [10, 10, 10, 20, 20, 20, 30, 30, 30];
        var image = PngDecoder.Decode(TestPng.Encode(3, 1, 4, 3, [0x21, 0x00], palette: palette));
        Assert.Equal(new byte[] { 30, 30, 30, 20, 20, 20, 10, 10, 10 }, image.Pixels);
    }

    [Fact]
    public void Grey_with_alpha_splits_into_grey_and_mask()
    {
        var image = PngDecoder.Decode(TestPng.Encode(2, 1, 8, 4, [50, 255, 60, 0], filter: 1));
        Assert.Equal(new byte[] { 50, 60 }, image.Pixels);
        Assert.Equal(new byte[] { 255, 0 }, image.Alpha);
    }

    [Fact]
    public void An_interlaced_PNG_is_refused_with_a_clear_message()
    {
        var png = TestPng.Encode(1, 1, 8, 0, [0], interlace: true);
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));
        Assert.Contains("interlaced", error.Message, StringComparison.Ordinal);
        Assert.Contains("without interlacing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_chunk_is_reported_not_decoded()
    {
        var png = TestPng.Encode(2, 2, 8, 0, [1, 2, 3, 4]);
        png[^20] ^= 0xFF; // inside the last IDAT
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));
        Assert.Contains("CRC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_PNG_file_is_reported()
    {
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode("GIF89a and some more bytes to be long enough"u8));
        Assert.Contains("not a PNG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_bit_depth_for_the_colour_type_is_reported()
    {
        var png = TestPng.Encode(1, 1, 4, 2, [0]);
        var error = Assert.Throws<PngFormatException>(() => PngDecoder.Decode(png));
        Assert.Contains("bit depth 4", error.Message, StringComparison.Ordinal);
    }
}
