using System.Xml;

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

    private byte[] ContentTypes() => XmlParts.Build(w =>
    {
        w.WriteStartElement("Types", ContentTypesNamespace);
        Default(w, "rels", RelationshipsContentType);
        Default(w, "xml", "application/xml");
        Default(w, "png", "image/png");
        foreach (var part in _parts.Where(p => !p.Path.EndsWith(".png", StringComparison.Ordinal)).OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            w.WriteStartElement("Override", ContentTypesNamespace);
            w.WriteAttributeString("PartName", "/" + part.Path);
            w.WriteAttributeString("ContentType", part.ContentType);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    private static void Default(XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", ContentTypesNamespace);
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static byte[] Relationships(IReadOnlyList<PartRelationship> relationships) => XmlParts.Build(w =>
    {
        w.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var relationship in relationships)
        {
            w.WriteStartElement("Relationship", RelationshipsNamespace);
            w.WriteAttributeString("Id", relationship.Id);
            w.WriteAttributeString("Type", relationship.Type);
            w.WriteAttributeString("Target", relationship.Target);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });
}
