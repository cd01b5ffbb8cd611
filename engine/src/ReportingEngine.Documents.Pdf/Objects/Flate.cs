using System.IO.Compression;

namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>zlib (FlateDecode) compression with a fixed level, so the same input gives the same bytes.</summary>
internal static class Flate
{
    /// <summary>The level every stream uses.</summary>
    public const CompressionLevel Level = CompressionLevel.Optimal;

    /// <summary>Compresses <paramref name="data"/> into a zlib stream.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream((data.Length / 2) + 256);
        using (var zlib = new ZLibStream(output, Level, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Inflates a zlib stream (PNG IDAT, tests).</summary>
    public static byte[] Decompress(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data.ToArray(), writable: false);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(Math.Max(256, data.Length * 4));
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
