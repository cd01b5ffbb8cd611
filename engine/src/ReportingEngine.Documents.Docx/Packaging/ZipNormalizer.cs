using System.IO.Compression;

namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>
/// Rewrites a package zip so that the same parts always give the same bytes: fixed entry order,
/// fixed timestamps, one compression level.
/// </summary>
/// <remarks>System.IO.Packaging stamps every entry with the current time and orders entries by
/// creation; neither may leak into an archived document (DESIGN.md, Determinism).</remarks>
internal static class ZipNormalizer
{
    private const string ContentTypes = "[Content_Types].xml";
    private const string PackageRelationships = "_rels/.rels";

    /// <summary>Copies every entry of <paramref name="package"/> into <paramref name="output"/>, normalised.</summary>
    public static void Normalize(MemoryStream package, Stream output, DateTimeOffset timestamp, CancellationToken cancellationToken)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries.OrderBy(e => Rank(e.FullName)).ThenBy(e => e.FullName, StringComparer.Ordinal).ToList();
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = timestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static int Rank(string name) => name switch
    {
        ContentTypes => 0,
        PackageRelationships => 1,
        _ => 2,
    };
}
