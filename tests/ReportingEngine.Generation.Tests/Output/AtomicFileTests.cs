using ReportingEngine.Generation.Output;

namespace ReportingEngine.Generation.Tests.Output;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task A_written_file_has_the_content_and_no_temporary_file_is_left()
    {
        var folder = Directory.CreateTempSubdirectory("re-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "sub", "a.pdf");
            await AtomicFile.WriteAsync(path, new byte[] { 1, 2, 3 }, CancellationToken.None);
            await AtomicFile.WriteAsync(path, new byte[] { 4, 5 }, CancellationToken.None);

            Assert.Equal(new byte[] { 4, 5 }, await File.ReadAllBytesAsync(path));
            Assert.Equal(["a.pdf"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_cancelled_write_leaves_the_previous_file_untouched()
    {
        var folder = Directory.CreateTempSubdirectory("re-atomic-").FullName;
        try
        {
            var path = Path.Combine(folder, "a.pdf");
            await File.WriteAllBytesAsync(path, [9]);
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(path, new byte[] { 1 }, cancelled.Token));

            Assert.Equal(new byte[] { 9 }, await File.ReadAllBytesAsync(path));
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
