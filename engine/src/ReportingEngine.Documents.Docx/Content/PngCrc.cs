using System.IO.Hashing;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>The CRC-32 a PNG chunk ends with (the same CRC as zip entries).</summary>
internal static class PngCrc
{
    /// <summary>CRC of the chunk type followed by its data.</summary>
    public static uint Compute(ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        return crc.GetCurrentHashAsUInt32();
    }
}
