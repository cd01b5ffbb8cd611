using System.Text;
using ReportingEngine.Documents.Pdf.Objects;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

public sealed class FlateSegmentsTests
{
    [Fact]
    public void Adler32_matches_the_rfc_1950_value()
    {
        Assert.Equal(0x11E60398u, FlateSegments.Adler32(Encoding.ASCII.GetBytes("Wikipedia")));
        Assert.Equal(1u, FlateSegments.Adler32([]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Segmented_streams_inflate_to_the_data_whatever_the_cut(int seed)
    {
        var random = new Random(seed);
        var data = new byte[random.Next(1, 200_000)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (byte)(i % 97 < 60 ? i % 13 : random.Next(256)); // compressible runs and noise
        }

        var segments = new List<FlateSegment>();
        var position = 0;
        while (position < data.Length)
        {
            var length = Math.Min(random.Next(0, 5_000), data.Length - position);
            object? key = random.Next(3) == 0 ? null : (seed, position, length);
            segments.Add(new FlateSegment(position, length, key));
            position += length;
        }

        var cold = FlateSegments.Compress(data, segments, 1);
        var warm = FlateSegments.Compress(data, segments, 1);

        Assert.Equal(data, Flate.Decompress(cold));
        Assert.Equal(cold, warm); // the cache never changes the bytes
    }

    [Fact]
    public void A_keyed_segment_is_deflated_once_and_reused_in_other_streams()
    {
        var shared = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("缴费通知单 glyph outline ", 200)));
        var first = Encoding.ASCII.GetBytes("first-header").Concat(shared).ToArray();
        var second = Encoding.ASCII.GetBytes("another header, longer").Concat(shared).ToArray();
        var key = new object();

        var a = FlateSegments.Compress(first, [new(0, 12, null), new(12, shared.Length, key)], 1);
        var b = FlateSegments.Compress(second, [new(0, 22, null), new(22, shared.Length, key)], 1);

        Assert.Equal(first, Flate.Decompress(a));
        Assert.Equal(second, Flate.Decompress(b));
        Assert.True(a.Length < shared.Length / 4);
    }

    [Fact]
    public void Segments_that_do_not_cover_the_data_are_refused()
    {
        var data = new byte[100];

        Assert.Throws<ArgumentException>(() => FlateSegments.Compress(data, [new(0, 50, null)], 1));
        Assert.Throws<ArgumentException>(() => FlateSegments.Compress(data, [new(0, 50, null), new(60, 40, null)], 1));
    }
}
