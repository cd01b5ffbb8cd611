using System.IO.Compression;

namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>zlib (FlateDecode) compression with a fixed level, so the same input gives the same bytes.</summary>
internal static class Flate
{
    /// <summary>The zlib level of every stream but font programs (zlib's default, 6 — what CompressionLevel.Optimal maps to).</summary>
    public const int Level = 6;

    /// <summary>
    /// zlib level for embedded font programs. Deflating each notice's ≈ 100 KB of CJK glyph outlines at <see cref="Level"/>
    /// cost ≈ 2.4 ms — a sixth of the notice; level 1 costs ≈ 0.6 ms for streams ≈ 25 % larger (≈ +11 KB, +8 % per notice
    /// PDF). Measured in issue 5 (docs/benchmarks.md). Same input and level ⇒ same bytes, like every other stream.
    /// </summary>
    public const int FontProgramLevel = 1;

    /// <summary>Compresses <paramref name="data"/> into a zlib stream of its own (pages kept until the file is saved, images).</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data) => CompressTransient(data, Level).ToArray();

    [ThreadStatic]
    private static MemoryStream? transient;

    /// <summary>
    /// Compresses into the thread's reusable buffer: the result is valid until the thread's next transient compression.
    /// For streams emitted at once (font programs, ToUnicode maps): no new array per stream, and none on the large-object heap.
    /// </summary>
    public static ReadOnlyMemory<byte> CompressTransient(ReadOnlySpan<byte> data, int level)
    {
        var output = transient ??= new MemoryStream(64 * 1024);
        output.SetLength(0);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            zlib.Write(data);
        }

        if (output.Capacity > Fonts.TransientBuffer.RetainedLimit)
        {
            transient = null; // a large stream (a big document's font): the result stays valid, the thread does not keep the array
        }

        return output.GetBuffer().AsMemory(0, (int)output.Length);
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
