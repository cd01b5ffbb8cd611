using System.IO.Compression;
using System.IO.Hashing;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Tests.Tools;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

/// <summary>The zip the writer assembles itself (H19): readable, checksummed, PNGs stored, repeated parts compressed once.</summary>
public sealed class PackagingTests
{
    [Fact]
    public void Every_entry_reads_back_with_the_crc_and_length_of_its_bytes()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFile.Write(Samples.Rich())), ZipArchiveMode.Read);

        Assert.NotEmpty(zip.Entries);
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            Assert.Equal(entry.Length, content.Length);
            Assert.Equal(entry.Crc32, Crc32.HashToUInt32(content.ToArray()));
        }
    }

    [Fact]
    public void Images_are_stored_and_xml_parts_are_deflated()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFile.Write(Samples.Rich())), ZipArchiveMode.Read);

        Assert.All(zip.Entries.Where(e => e.FullName.EndsWith(".png", StringComparison.Ordinal)), e => Assert.Equal(e.Length, e.CompressedLength));
        Assert.All(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)), e => Assert.True(e.CompressedLength < e.Length, e.FullName));
    }

    [Fact]
    public void A_part_that_repeats_is_compressed_once_and_its_payload_reused()
    {
        var styles = "<w:styles>"u8.ToArray().Concat(Enumerable.Repeat((byte)'x', 5000)).ToArray();

        var first = PartCompressor.Payload("word/styles.xml", styles, repeats: true);
        var second = PartCompressor.Payload("word/styles.xml", [.. styles], repeats: true);
        var fresh = PartCompressor.Payload("word/styles.xml", styles, repeats: false);

        Assert.True(first.Data.Equals(second.Data), "the second copy should get the first payload's bytes");
        Assert.False(first.Data.Equals(fresh.Data));
        Assert.Equal(first.Crc, fresh.Crc);
        Assert.Equal(styles, Inflate(first.Data.ToArray()));
        Assert.Equal(styles, Inflate(fresh.Data.ToArray()));
    }

    [Fact]
    public void Parts_that_differ_only_where_the_hash_does_not_look_are_told_apart()
    {
        var a = Enumerable.Repeat((byte)'a', 10_000).ToArray();
        var b = (byte[])a.Clone();
        b[3_000] = (byte)'b';

        var first = PartCompressor.Payload("word/header1.xml", a, repeats: true);
        var second = PartCompressor.Payload("word/header1.xml", b, repeats: true);

        Assert.NotEqual(first.Crc, second.Crc);
        Assert.Equal(b, Inflate(second.Data.ToArray()));
    }

    [Fact]
    public void A_non_ascii_entry_name_is_flagged_utf8_and_reads_back()
    {
        using var output = new MemoryStream();
        var zip = new ZipWriter(output, new DateTime(2026, 11, 15, 13, 45, 30));
        zip.Add("word/媒体.xml", PartCompressor.Payload("word/媒体.xml", "<a/>"u8.ToArray(), repeats: false));
        zip.Add("empty.xml", PartCompressor.Payload("empty.xml", [], repeats: false));
        zip.Finish();

        using var read = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(["word/媒体.xml", "empty.xml"], read.Entries.Select(e => e.FullName));
        Assert.Equal(new DateTime(2026, 11, 15, 13, 45, 30), read.Entries[0].LastWriteTime.DateTime);
        using var reader = new StreamReader(read.Entries[0].Open());
        Assert.Equal("<a/>", reader.ReadToEnd());
        Assert.Equal(0, read.Entries[1].Length);
    }

    private static byte[] Inflate(byte[] deflated)
    {
        using var output = new MemoryStream();
        using (var inflate = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress))
        {
            inflate.CopyTo(output);
        }

        return output.ToArray();
    }
}
