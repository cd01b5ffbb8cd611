using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace ReportingEngine.Documents.Docx.Tests.Tools;

/// <summary>Small PNGs drawn in code (no image library): a red seal ring with transparency.</summary>
internal static class TestPng
{
    /// <summary>A round red seal: ring, inner ring and a filled centre, transparent elsewhere.</summary>
    public static byte[] Seal(int size = 240)
    {
        var rgba = new byte[size * size * 4];
        var centre = (size - 1) / 2.0;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var r = Math.Sqrt(((x - centre) * (x - centre)) + ((y - centre) * (y - centre))) / centre;
                var ink = r is >= 0.86 and <= 0.98 || r is >= 0.74 and <= 0.77 || r <= 0.16;
                var i = ((y * size) + x) * 4;
                rgba[i] = 0xD0;
                rgba[i + 1] = 0x10;
                rgba[i + 2] = 0x10;
                rgba[i + 3] = ink ? (byte)0xE0 : (byte)0;
            }
        }

        return Encode(size, size, rgba);
    }

    private static byte[] Encode(int width, int height, byte[] rgba)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);

        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(rgba, y * width * 4, width * 4);
            }
        }

        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crcBytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, Crc32.HashToUInt32([.. typeBytes, .. data]));
        png.Write(crcBytes);
    }
}
