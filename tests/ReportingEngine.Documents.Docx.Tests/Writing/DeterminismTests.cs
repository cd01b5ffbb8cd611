using System.IO.Compression;
using ReportingEngine.Documents.Docx.Tests.Tools;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class DeterminismTests
{
    [Fact]
    public void The_same_model_writes_byte_identical_docx()
    {
        var first = DocxFile.Write(Samples.Rich());
        Thread.Sleep(2100); // zip timestamps have 2-second resolution: a clock leak would show
        var second = DocxFile.Write(Samples.Rich());

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_non_seekable_stream_receives_the_same_bytes()
    {
        var expected = DocxFile.Write(Samples.Rich());
        using var target = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(target))
        {
            new DocxDocumentWriter().Write(Samples.Rich(), forwardOnly);
        }

        Assert.Equal(expected, target.ToArray());
    }

    [Fact]
    public void Zip_entries_carry_the_document_date_and_content_types_come_first()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFile.Write(Samples.Rich())), ZipArchiveMode.Read);

        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("_rels/.rels", zip.Entries[1].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 11, 15, 0, 0, 0), e.LastWriteTime.DateTime));
        var rest = zip.Entries.Skip(2).Select(e => e.FullName).ToList();
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
    }

    [Fact]
    public void No_random_relationship_ids_or_rsids_leak_into_the_package()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxFile.Write(Samples.Rich())), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotMatch("Id=\"R[0-9a-f]{16}\"", xml);
            Assert.DoesNotContain("w:rsid", xml, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_properties_take_their_dates_from_the_document_not_the_clock()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var core = DocxFile.Part(word.CoreFilePropertiesPart!).ToString();

        Assert.Contains("2026-11-15T00:00:00+08:00</dcterms:created>", core, StringComparison.Ordinal);
        Assert.Contains("2026-11-15T00:00:00+08:00</dcterms:modified>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:title>关于2026年冬季供暖费缴纳的通知</dc:title>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:creator>幸福里物业服务中心</dc:creator>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:identifier>TZ-2026-001</dc:identifier>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:language>zh-CN</dc:language>", core, StringComparison.Ordinal);
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
