using System.Buffers.Binary;
using System.Text;

namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>
/// Writes a zip (PKWARE APPNOTE 6.3, no Zip64, no data descriptors) from payloads prepared in memory:
/// local headers and data in the order added, then the central directory.
/// </summary>
/// <remarks>
/// ZipArchive cannot take precompressed data, so a part compressed once per batch (<see cref="PartCompressor"/>)
/// would be deflated again for every document; writing the few headers of a .docx ourselves avoids that.
/// Sizes are known before each header, so a forward-only stream receives the same bytes.
/// </remarks>
internal sealed class ZipWriter
{
    private const ushort VersionStored = 10;
    private const ushort VersionDeflate = 20;
    private const ushort Utf8NameFlag = 1 << 11;

    private readonly Stream _output;
    private readonly ushort _dosTime;
    private readonly ushort _dosDate;
    private readonly List<(byte[] Name, ZipPayload Payload, uint Offset)> _entries = [];
    private long _offset;

    /// <summary>A writer stamping every entry with <paramref name="timestamp"/> (local clock time, 2-second resolution).</summary>
    public ZipWriter(Stream output, DateTime timestamp)
    {
        _output = output;
        if (timestamp.Year < 1980)
        {
            timestamp = new DateTime(1980, 1, 1);
        }

        _dosTime = (ushort)((timestamp.Hour << 11) | (timestamp.Minute << 5) | (timestamp.Second / 2));
        _dosDate = (ushort)(((timestamp.Year - 1980) << 9) | (timestamp.Month << 5) | timestamp.Day);
    }

    /// <summary>Writes the local header and data of one entry.</summary>
    public void Add(string name, ZipPayload payload)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        if (_offset > uint.MaxValue)
        {
            throw new InvalidOperationException("The package is larger than a zip without Zip64 can hold.");
        }

        _entries.Add((nameBytes, payload, (uint)_offset));
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], payload.Deflated ? VersionDeflate : VersionStored);
        WriteCommon(header[6..], nameBytes, payload);
        _output.Write(header);
        _output.Write(nameBytes);
        _output.Write(payload.Data.Span);
        _offset += header.Length + nameBytes.Length + payload.Data.Length;
    }

    /// <summary>Writes the central directory and its end record.</summary>
    public void Finish()
    {
        var start = _offset;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, payload, offset) in _entries)
        {
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionDeflate);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], payload.Deflated ? VersionDeflate : VersionStored);
            WriteCommon(header[8..], name, payload);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
            _output.Write(header);
            _output.Write(name);
            _offset += header.Length + name.Length;
        }

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(_offset - start));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)start);
        _output.Write(end);
    }

    /// <summary>The fields local and central headers share, from "general purpose flag" to "extra field length".</summary>
    private void WriteCommon(Span<byte> fields, byte[] name, ZipPayload payload)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(fields, Ascii.IsValid(name) ? (ushort)0 : Utf8NameFlag);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[2..], payload.Deflated ? (ushort)8 : (ushort)0);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[4..], _dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[6..], _dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[8..], payload.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[12..], (uint)payload.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[16..], (uint)payload.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[20..], (ushort)name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[22..], 0);
    }
}
