using System.Buffers.Binary;

namespace ReportingEngine.Documents.Markup;

/// <summary>The pixel size of a PNG, read from its signature and IHDR chunk.</summary>
internal readonly record struct PngInfo(int Width, int Height)
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the header; false when the bytes are not a PNG with a valid IHDR.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, out PngInfo info)
    {
        info = default;
        // Signature (8) + IHDR length (4) + type (4) + width (4) + height (4).
        if (bytes.Length < 24 || !bytes[..8].SequenceEqual(Signature) || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(20, 4));
        if (width <= 0 || height <= 0)
        {
            return false;
        }

        info = new PngInfo(width, height);
        return true;
    }
}
