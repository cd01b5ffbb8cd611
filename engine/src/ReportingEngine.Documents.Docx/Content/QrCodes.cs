using System.Buffers.Binary;
using System.IO.Compression;
using ReportingEngine.Documents.Barcodes;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>QR codes as 1-bit greyscale PNGs: <see cref="QrModules"/> holds the modules, we encode the image.</summary>
/// <remarks>QRCoder's own PNG encoder takes about three times as long as the code itself; a 1-bit
/// image with whole-pixel modules is exact, tiny and deterministic, and scales without blur.</remarks>
internal static class QrCodes
{
    /// <summary>Module size in pixels: 8 px modules stay sharp at print sizes up to about 40 mm.</summary>
    private const int PixelsPerModule = 8;

    /// <summary>Modules are whole bytes of a 1-bit row (PixelsPerModule is a multiple of 8), so rows are filled bytewise.</summary>
    private const int BytesPerModule = PixelsPerModule / 8;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A black-on-white PNG of <paramref name="payload"/> with the standard quiet zone, error correction M.</summary>
    public static byte[] Png(string payload) => Png(QrModules.Encode(payload));

    /// <summary>A black-on-white PNG of the modules (quiet zone included in them).</summary>
    public static byte[] Png(QrModules modules)
    {
        var count = modules.Size;
        var size = count * PixelsPerModule;
        var stride = (size + 7) / 8;

        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[stride + 1];
            for (var moduleRow = 0; moduleRow < count; moduleRow++)
            {
                // Bit depth 1 greyscale: 1 = white; a dark module is 0 bits. A module is whole bytes wide.
                for (var column = 0; column < count; column++)
                {
                    row.AsSpan(1 + (column * BytesPerModule), BytesPerModule).Fill(modules.IsDark(moduleRow, column) ? (byte)0 : (byte)0xFF);
                }

                for (var repeat = 0; repeat < PixelsPerModule; repeat++)
                {
                    zlib.Write(row);
                }
            }
        }

        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 1;
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, raw.ToArray());
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, PngCrc.Compute(type, data));
        png.Write(number);
    }
}
