namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>A part's bytes as they go into the zip, stored or deflated, with the CRC and length of the original.</summary>
/// <param name="Data">The bytes written after the local header.</param>
/// <param name="Deflated">Whether <paramref name="Data"/> is raw deflate (method 8) or the part itself (method 0).</param>
/// <param name="Crc">CRC-32 of the uncompressed part.</param>
/// <param name="Length">Length of the uncompressed part.</param>
internal readonly record struct ZipPayload(ReadOnlyMemory<byte> Data, bool Deflated, uint Crc, int Length);
