
namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>
/// Writes an Open Packaging Conventions zip directly: [Content_Types].xml, package relationships,
/// then every part and its relationships in ordinal path order, all stamped with one fixed time.
/// </summary>
/// <remarks>
/// System.IO.Packaging stamps entries with the current time, orders them by creation and costs
/// several milliseconds per package; writing the few files of a .docx ourselves is both
/// deterministic and fast (DESIGN.md, Determinism; 100,000-notice batches).
/// </remarks>
internal sealed class PackageBuilder
{
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private readonly List<PackagePart> _parts = [];
    private readonly List<PartRelationship> _packageRelationships = [];

    /// <summary>Adds a part.</summary>
    /// <param name="path">Path in the zip, without a leading slash.</param>
    /// <param name="contentType">MIME type for [Content_Types].xml.</param>
    /// <param name="data">The part's bytes (may be set later through <see cref="PackagePart.Data"/>).</param>
    /// <param name="repeats">The same bytes are expected in other documents (compressed once, see <see cref="PartCompressor"/>).</param>
    public PackagePart Add(string path, string contentType, byte[] data, bool repeats = false)
    {
        var part = new PackagePart(path, contentType) { Data = data, Repeats = repeats };
        _parts.Add(part);
        return part;
    }

    /// <summary>Relates a part to the package itself (main document, core and app properties).</summary>
    public void RelatePackage(string id, string type, PackagePart target) =>
        _packageRelationships.Add(new PartRelationship(id, type, target.Path));

    /// <summary>Writes the zip to <paramref name="output"/> (which need not be seekable).</summary>
    public void WriteTo(Stream output, DateTimeOffset timestamp, CancellationToken cancellationToken)
    {
        var zip = new ZipWriter(output, timestamp.DateTime);
        zip.Add("[Content_Types].xml", PartCompressor.Payload("[Content_Types].xml", ContentTypes(), repeats: true));
        zip.Add("_rels/.rels", PartCompressor.Payload("_rels/.rels", Relationships(_packageRelationships), repeats: true));

        var files = new List<(string Path, byte[] Data, bool Repeats)>(_parts.Count * 2);
        foreach (var part in _parts)
        {
            files.Add((part.Path, part.Data, part.Repeats));
            if (part.Relationships.Count > 0)
            {
                var slash = part.Path.LastIndexOf('/');
                var relsPath = part.Path[..(slash + 1)] + "_rels/" + part.Path[(slash + 1)..] + ".rels";
                files.Add((relsPath, Relationships(part.Relationships), true));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var (path, data, repeats) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            zip.Add(path, PartCompressor.Payload(path, data, repeats));
        }

        zip.Finish();
    }

    private byte[] ContentTypes()
    {
        using var w = new XmlPartWriter();
        w.Start(null, "Types");
        w.Attribute(null, "xmlns", ContentTypesNamespace);
        Default(w, "rels", RelationshipsContentType);
        Default(w, "xml", "application/xml");
        Default(w, "png", "image/png");
        var overrides = new List<PackagePart>(_parts.Count);
        foreach (var part in _parts)
        {
            if (!part.Path.EndsWith(".png", StringComparison.Ordinal))
            {
                overrides.Add(part);
            }
        }

        overrides.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var part in overrides)
        {
            w.Start(null, "Override");
            w.Attribute(null, "PartName", "/" + part.Path);
            w.Attribute(null, "ContentType", part.ContentType);
            w.End();
        }

        w.End();
        return w.ToArray();
    }

    private static void Default(XmlPartWriter w, string extension, string contentType)
    {
        w.Start(null, "Default");
        w.Attribute(null, "Extension", extension);
        w.Attribute(null, "ContentType", contentType);
        w.End();
    }

    private static byte[] Relationships(IReadOnlyList<PartRelationship> relationships)
    {
        using var w = new XmlPartWriter();
        w.Start(null, "Relationships");
        w.Attribute(null, "xmlns", RelationshipsNamespace);
        foreach (var relationship in relationships)
        {
            w.Start(null, "Relationship");
            w.Attribute(null, "Id", relationship.Id);
            w.Attribute(null, "Type", relationship.Type);
            w.Attribute(null, "Target", relationship.Target);
            w.End();
        }

        w.End();
        return w.ToArray();
    }
}
