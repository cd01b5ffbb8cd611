using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

/// <summary>Writes small PNG files by hand for decoder tests (any colour type, bit depth, filter).</summary>
internal static class TestPng
{
    /// <summary>Encodes raw scanlines (without filter bytes) with the given filter type on every row.</summary>
    public static byte[] Encode(int width, int height, int bitDepth, int colorType, byte[] rawRows, int filter = 0, byte[]? palette = null, byte[]? transparency = null, bool interlace = false)
    {
        var stride = rawRows.Length / height;
        var filtered = new byte[height * (stride + 1)];
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var bpp = Math.Max(1, channels * bitDepth / 8);
        for (var y = 0; y < height; y++)
        {
            filtered[y * (stride + 1)] = (byte)filter;
            for (var x = 0; x < stride; x++)
            {
                int raw = rawRows[(y * stride) + x];
                int a = x >= bpp ? rawRows[(y * stride) + x - bpp] : 0;
                int b = y > 0 ? rawRows[((y - 1) * stride) + x] : 0;
                int c = x >= bpp && y > 0 ? rawRows[((y - 1) * stride) + x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    _ => Paeth(a, b, c),
                };
                filtered[(y * (stride + 1)) + 1 + x] = (byte)(raw - predictor);
            }
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = (byte)bitDepth;
        header[9] = (byte)colorType;
        header[12] = (byte)(interlace ? 1 : 0);
        Chunk(output, "IHDR", header);
        if (palette is not null)
        {
            Chunk(output, "PLTE", palette);
        }

        if (transparency is not null)
        {
            Chunk(output, "tRNS", transparency);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(filtered);
        }

        // Two IDAT chunks prove concatenation.
        var data = compressed.ToArray();
        Chunk(output, "IDAT", data[..(data.Length / 2)]);
        Chunk(output, "IDAT", data[(data.Length / 2)..]);
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A red seal-like disc with soft (alpha) edges on a transparent background, RGBA 8-bit.</summary>
    public static byte[] RedDisc(int size)
    {
        var rows = new byte[size * size * 4];
        var r = size / 2.0;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var d = Math.Sqrt(Math.Pow(x + 0.5 - r, 2) + Math.Pow(y + 0.5 - r, 2));
                var ring = Math.Abs(d - (r * 0.8)) < r * 0.1 || d < r * 0.25;
                var i = ((y * size) + x) * 4;
                rows[i] = 220;
                rows[i + 1] = 20;
                rows[i + 2] = 30;
                rows[i + 3] = ring ? (byte)230 : (byte)0;
            }
        }

        return Encode(size, size, 8, 6, rows, filter: 4);
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32.HashToUInt32(typed));
        output.Write(length);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
