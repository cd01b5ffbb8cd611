using System.Buffers.Binary;
using System.IO.Compression;
using ReportingEngine.Documents.Docx.Content;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class QrCodeTests
{
    [Fact]
    public void A_qr_png_is_a_one_bit_image_with_a_white_quiet_zone_and_dark_finder_patterns()
    {
        var png = QrCodes.Png("https://pay.example.cn/notice/TZ-2026-001");
        var (width, height, bitDepth, pixels) = Decode(png);

        Assert.Equal(width, height);
        Assert.Equal(1, bitDepth);
        Assert.Equal(0, width % 8);
        var modules = width / 8;
        Assert.Equal(0, (modules - 8 - 21) % 4); // version 1 is 21 modules, +4 per version, +8 quiet zone

        Assert.True(IsWhite(pixels, width, 0, 0));
        Assert.True(IsWhite(pixels, width, (4 * 8) - 1, (4 * 8) - 1));
        // Top-left finder: dark outer ring at module (4,4), white ring at (5,5), dark centre at (7,7).
        Assert.False(IsWhite(pixels, width, (4 * 8) + 3, (4 * 8) + 3));
        Assert.True(IsWhite(pixels, width, (5 * 8) + 3, (5 * 8) + 3));
        Assert.False(IsWhite(pixels, width, (7 * 8) + 3, (7 * 8) + 3));
        // Top-right finder mirrors it.
        Assert.False(IsWhite(pixels, width, width - (4 * 8) - 4, (4 * 8) + 3));
    }

    [Fact]
    public void The_same_payload_gives_the_same_png() =>
        Assert.Equal(QrCodes.Png("缴费 TZ-2026-001"), QrCodes.Png("缴费 TZ-2026-001"));

    private static bool IsWhite(byte[] rows, int width, int x, int y)
    {
        var stride = ((width + 7) / 8) + 1;
        return (rows[(y * stride) + 1 + (x >> 3)] & (0x80 >> (x & 7))) != 0;
    }

    private static (int Width, int Height, int BitDepth, byte[] Rows) Decode(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var offset = 8;
        int width = 0, height = 0, depth = 0;
        using var idat = new MemoryStream();
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                depth = data[8];
                Assert.Equal(0, data[9]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var rows = inflated.ToArray();
        Assert.Equal(height * (((width + 7) / 8) + 1), rows.Length);
        return (width, height, depth, rows);
    }
}
