using System.IO.Compression;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>
/// A deterministic zip: entries sorted by name (ordinal), every timestamp the pack's date at midnight, fixed compression —
/// the same files give the same bytes.
/// </summary>
internal static class PackZip
{
    public static byte[] Create(IReadOnlyDictionary<string, byte[]> entries, DateOnly date)
    {
        var stamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var target = entry.Open();
                target.Write(content);
            }
        }

        return stream.ToArray();
    }
}
