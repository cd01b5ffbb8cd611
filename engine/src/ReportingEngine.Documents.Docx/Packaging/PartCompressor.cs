using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Hashing;

namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>
/// Turns part bytes into zip payloads: PNGs stored (already deflated), XML deflated; parts that repeat
/// byte for byte across documents (styles, settings, font table, content types, relationships, a seal
/// image) are compressed once per process and the same payload is reused.
/// </summary>
/// <remarks>
/// Deflate levels, measured on a fee notice (H19, docs/benchmarks.md): its 17.6 KB document.xml takes
/// 42 µs at level 1 (3.9 KB) against 160 µs at level 6 (2.9 KB); a part compressed once for a whole batch
/// gets level 9. A batch of 100,000 notices pays about 1 KB per notice for 12 s of CPU saved. The output does
/// not depend on what the cache holds: a part's level follows from <c>repeats</c> alone, so bytes stay deterministic.
/// </remarks>
internal static class PartCompressor
{
    /// <summary>Level for parts written once (main document, header, footer, core properties, charts).</summary>
    private const int FreshLevel = 1;

    /// <summary>Level for parts compressed once and reused.</summary>
    private const int RepeatedLevel = 9;

    /// <summary>Bound on remembered parts; the cache starts over when full (a batch repeats a handful).</summary>
    private const int MaxRepeated = 256;

    /// <summary>Parts larger than this are never remembered.</summary>
    private const int MaxRepeatedLength = 4 * 1024 * 1024;

    private static readonly ConcurrentDictionary<Content, ZipPayload> Repeated = new();

    /// <summary>The payload of a part at <paramref name="path"/>.</summary>
    /// <param name="path">Path in the zip; .png parts are stored.</param>
    /// <param name="data">The part's bytes (not modified afterwards).</param>
    /// <param name="repeats">Whether the same bytes are expected in other documents.</param>
    public static ZipPayload Payload(string path, byte[] data, bool repeats)
    {
        var store = data.Length == 0 || path.EndsWith(".png", StringComparison.Ordinal);
        if (!repeats || data.Length > MaxRepeatedLength)
        {
            return store ? Stored(data) : Deflated(data, FreshLevel);
        }

        var key = new Content(data);
        if (Repeated.TryGetValue(key, out var payload))
        {
            return payload;
        }

        payload = store ? Stored(data) : Deflated(data, RepeatedLevel);
        if (Repeated.Count >= MaxRepeated)
        {
            Repeated.Clear();
        }

        Repeated.TryAdd(key, payload);
        return payload;
    }

    private static ZipPayload Stored(byte[] data) => new(data, Deflated: false, Crc32.HashToUInt32(data), data.Length);

    /// <summary>Raw deflate and CRC in one pass: a gzip member is a 10-byte header, raw deflate, CRC-32, length (RFC 1952).</summary>
    /// <remarks>zlib computes the CRC while it compresses, vectorised; a separate table-driven pass would cost more.</remarks>
    private static ZipPayload Deflated(byte[] data, int level)
    {
        using var buffer = new MemoryStream(data.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            gzip.Write(data);
        }

        var member = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var span = member.Span;
        if (span.Length < 18 || span[0] != 0x1F || span[1] != 0x8B || span[2] != 8 || span[3] != 0)
        {
            throw new InvalidOperationException("zlib wrote a gzip header with optional fields; expected the bare 10-byte header.");
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(span[^8..]);
        return new ZipPayload(member[10..^8], Deflated: true, crc, data.Length);
    }

    /// <summary>Part bytes compared by content.</summary>
    private readonly struct Content(byte[] bytes) : IEquatable<Content>
    {
        private readonly byte[] _bytes = bytes;
        private readonly int _hash = Hash(bytes);

        public bool Equals(Content other) => _hash == other._hash && _bytes.AsSpan().SequenceEqual(other._bytes);

        public override bool Equals(object? obj) => obj is Content other && Equals(other);

        public override int GetHashCode() => _hash;

        /// <summary>Length and a few samples: equality compares every byte anyway, and hashing a 32 KB seal in full each time costs more.</summary>
        private static int Hash(byte[] bytes)
        {
            const int Sample = 64;
            var hash = default(HashCode);
            hash.Add(bytes.Length);
            var span = bytes.AsSpan();
            if (span.Length <= 3 * Sample)
            {
                hash.AddBytes(span);
            }
            else
            {
                hash.AddBytes(span[..Sample]);
                hash.AddBytes(span.Slice((span.Length / 2) - (Sample / 2), Sample));
                hash.AddBytes(span[^Sample..]);
            }

            return hash.ToHashCode();
        }
    }
}
