using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace ReportingEngine.Documents.Pdf.Imaging;

/// <summary>
/// Decodes non-interlaced PNG (ISO/IEC 15948): colour types 0, 2, 3, 4, 6; bit depths 1/2/4/8/16
/// where the type allows them (16-bit samples are reduced to 8); tRNS becomes alpha; all five
/// row filters. Checks chunk CRCs and bounds the inflated size, so a hostile file cannot exhaust memory.
/// </summary>
internal static class PngDecoder
{
    /// <summary>Largest accepted image, in pixels (a seal or logo is far smaller).</summary>
    public const long MaxPixels = 40_000_000;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Decodes a PNG file.</summary>
    /// <exception cref="PngFormatException">The data is not a PNG this decoder supports; the message says why.</exception>
    public static DecodedImage Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length + 25 || !png[..8].SequenceEqual(Signature))
        {
            throw new PngFormatException("the image is not a PNG file (bad signature)");
        }

        var header = default(PngHeader);
        var haveHeader = false;
        byte[]? palette = null;
        byte[]? transparency = null;
        using var idat = new MemoryStream();
        var offset = 8;
        var ended = false;
        while (!ended)
        {
            if (offset + 12 > png.Length)
            {
                throw new PngFormatException("the PNG file is truncated (no IEND chunk)");
            }

            var length = ReadU32(png, offset);
            if (length > int.MaxValue || offset + 12 + (long)length > png.Length)
            {
                throw new PngFormatException("the PNG file is truncated inside a chunk");
            }

            var type = png.Slice(offset + 4, 4);
            var data = png.Slice(offset + 8, (int)length);
            var crc = ReadU32(png, offset + 8 + (int)length);
            if (Crc32.HashToUInt32(png.Slice(offset + 4, 4 + (int)length)) != crc)
            {
                throw new PngFormatException(string.Create(CultureInfo.InvariantCulture, $"the PNG file is corrupt (CRC mismatch in chunk '{System.Text.Encoding.ASCII.GetString(type)}')"));
            }

            switch (System.Text.Encoding.ASCII.GetString(type))
            {
                case "IHDR":
                    header = PngHeader.Read(data);
                    haveHeader = true;
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    ended = true;
                    break;
                default:
                    if ((type[0] & 0x20) == 0)
                    {
                        throw new PngFormatException($"the PNG file has an unknown critical chunk '{System.Text.Encoding.ASCII.GetString(type)}'");
                    }

                    break;
            }

            offset += 12 + (int)length;
        }

        if (!haveHeader)
        {
            throw new PngFormatException("the PNG file has no IHDR chunk");
        }

        if (header.ColorType == 3 && palette is null)
        {
            throw new PngFormatException("the palette PNG has no PLTE chunk");
        }

        var raw = Inflate(idat, header);
        var scanlines = Unfilter(raw, header);
        return Convert(scanlines, header, palette, transparency);
    }

    private static byte[] Inflate(MemoryStream idat, PngHeader header)
    {
        var expected = checked(header.Height * (header.Stride + 1L));
        var result = new byte[expected];
        idat.Position = 0;
        try
        {
            using var zlib = new ZLibStream(idat, CompressionMode.Decompress, leaveOpen: true);
            var read = 0;
            while (read < result.Length)
            {
                var n = zlib.Read(result, read, result.Length - read);
                if (n == 0)
                {
                    throw new PngFormatException("the PNG image data is shorter than its size says");
                }

                read += n;
            }
        }
        catch (InvalidDataException ex)
        {
            throw new PngFormatException("the PNG image data is corrupt (zlib)", ex);
        }

        return result;
    }

    private static byte[] Unfilter(byte[] raw, PngHeader header)
    {
        var stride = header.Stride;
        var bpp = Math.Max(1, header.Channels * header.BitDepth / 8);
        var output = new byte[header.Height * stride];
        var previous = new byte[stride];
        for (var y = 0; y < header.Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = output.AsSpan(y * stride, stride);
            ReadOnlySpan<byte> up = y == 0 ? previous : output.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? row[x - bpp] : 0;
                int b = up[x];
                int c = x >= bpp ? up[x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new PngFormatException(string.Create(CultureInfo.InvariantCulture, $"the PNG row {y} has an unknown filter type {filter}")),
                };
                row[x] = (byte)(source[x] + predictor);
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static DecodedImage Convert(byte[] data, PngHeader header, byte[]? palette, byte[]? transparency)
    {
        int w = header.Width, h = header.Height;
        var colour = header.ColorType is 2 or 3 or 6;
        var components = colour ? 3 : 1;
        var pixels = new byte[w * h * components];
        var alpha = new byte[w * h];
        var anyTransparent = false;
        var maxSample = (1 << header.BitDepth) - 1;
        for (var y = 0; y < h; y++)
        {
            var row = data.AsSpan(y * header.Stride, header.Stride);
            for (var x = 0; x < w; x++)
            {
                var i = (y * w) + x;
                byte a = 255;
                switch (header.ColorType)
                {
                    case 0:
                    {
                        var sample = Sample(row, x, header.BitDepth);
                        pixels[i] = Scale(sample, header.BitDepth, maxSample);
                        if (transparency is { Length: >= 2 } && sample == ReadU16(transparency, 0))
                        {
                            a = 0;
                        }

                        break;
                    }

                    case 2:
                    {
                        int r = Sample(row, 3 * x, header.BitDepth), g = Sample(row, (3 * x) + 1, header.BitDepth), b = Sample(row, (3 * x) + 2, header.BitDepth);
                        pixels[3 * i] = Scale(r, header.BitDepth, maxSample);
                        pixels[(3 * i) + 1] = Scale(g, header.BitDepth, maxSample);
                        pixels[(3 * i) + 2] = Scale(b, header.BitDepth, maxSample);
                        if (transparency is { Length: >= 6 } && r == ReadU16(transparency, 0) && g == ReadU16(transparency, 2) && b == ReadU16(transparency, 4))
                        {
                            a = 0;
                        }

                        break;
                    }

                    case 3:
                    {
                        var index = Sample(row, x, header.BitDepth);
                        if (3 * index + 2 >= palette!.Length)
                        {
                            throw new PngFormatException(string.Create(CultureInfo.InvariantCulture, $"the PNG pixel ({x},{y}) uses palette entry {index} beyond the palette"));
                        }

                        pixels[3 * i] = palette[3 * index];
                        pixels[(3 * i) + 1] = palette[(3 * index) + 1];
                        pixels[(3 * i) + 2] = palette[(3 * index) + 2];
                        if (transparency is not null && index < transparency.Length)
                        {
                            a = transparency[index];
                        }

                        break;
                    }

                    case 4:
                        pixels[i] = Scale(Sample(row, 2 * x, header.BitDepth), header.BitDepth, maxSample);
                        a = Scale(Sample(row, (2 * x) + 1, header.BitDepth), header.BitDepth, maxSample);
                        break;
                    default:
                        pixels[3 * i] = Scale(Sample(row, 4 * x, header.BitDepth), header.BitDepth, maxSample);
                        pixels[(3 * i) + 1] = Scale(Sample(row, (4 * x) + 1, header.BitDepth), header.BitDepth, maxSample);
                        pixels[(3 * i) + 2] = Scale(Sample(row, (4 * x) + 2, header.BitDepth), header.BitDepth, maxSample);
                        a = Scale(Sample(row, (4 * x) + 3, header.BitDepth), header.BitDepth, maxSample);
                        break;
                }

                alpha[i] = a;
                anyTransparent |= a != 255;
            }
        }

        return new DecodedImage(w, h, components, pixels, anyTransparent ? alpha : null);
    }

    /// <summary>The n-th sample of a row at the given bit depth.</summary>
    private static int Sample(ReadOnlySpan<byte> row, int n, int bitDepth) => bitDepth switch
    {
        8 => row[n],
        16 => (row[2 * n] << 8) | row[(2 * n) + 1],
        _ => (row[n * bitDepth / 8] >> (8 - bitDepth - (n * bitDepth % 8))) & ((1 << bitDepth) - 1),
    };

    private static byte Scale(int sample, int bitDepth, int maxSample) => bitDepth switch
    {
        8 => (byte)sample,
        16 => (byte)(sample >> 8),
        _ => (byte)(sample * 255 / maxSample),
    };

    private static uint ReadU32(ReadOnlySpan<byte> data, int offset) =>
        (uint)((data[offset] << 24) | (data[offset + 1] << 16) | (data[offset + 2] << 8) | data[offset + 3]);

    private static int ReadU16(ReadOnlySpan<byte> data, int offset) => (data[offset] << 8) | data[offset + 1];
}
