using System.Globalization;

namespace ReportingEngine.Documents.Pdf.Imaging;

/// <summary>The IHDR chunk, validated.</summary>
internal readonly record struct PngHeader(int Width, int Height, int BitDepth, int ColorType)
{
    /// <summary>Samples per pixel.</summary>
    public int Channels => ColorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };

    /// <summary>Bytes per scanline without the filter byte.</summary>
    public int Stride => checked((int)(((long)Width * Channels * BitDepth + 7) / 8));

    /// <summary>Reads and validates IHDR.</summary>
    public static PngHeader Read(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
        {
            throw new PngFormatException("the PNG header (IHDR) has the wrong length");
        }

        var width = (data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3];
        var height = (data[4] << 24) | (data[5] << 16) | (data[6] << 8) | data[7];
        int bitDepth = data[8], colorType = data[9], compression = data[10], filter = data[11], interlace = data[12];
        if (width <= 0 || height <= 0 || (long)width * height > PngDecoder.MaxPixels)
        {
            throw new PngFormatException(string.Create(CultureInfo.InvariantCulture, $"the PNG size {width}×{height} is empty or larger than {PngDecoder.MaxPixels} pixels"));
        }

        var allowed = colorType switch
        {
            0 => bitDepth is 1 or 2 or 4 or 8 or 16,
            3 => bitDepth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => bitDepth is 8 or 16,
            _ => throw new PngFormatException(string.Create(CultureInfo.InvariantCulture, $"the PNG colour type {colorType} does not exist")),
        };
        if (!allowed)
        {
            throw new PngFormatException(string.Create(CultureInfo.InvariantCulture, $"the PNG bit depth {bitDepth} is not valid for colour type {colorType}"));
        }

        if (compression != 0 || filter != 0)
        {
            throw new PngFormatException("the PNG uses an unknown compression or filter method");
        }

        if (interlace != 0)
        {
            throw new PngFormatException("interlaced (Adam7) PNG images are not supported: save the image again without interlacing");
        }

        return new PngHeader(width, height, bitDepth, colorType);
    }
}
