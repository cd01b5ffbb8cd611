using System.IO.Compression;
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
    public PackagePart Add(string path, string contentType, byte[] data)
    {
        var part = new PackagePart(path, contentType) { Data = data };
        _parts.Add(part);
        return part;
    }

    /// <summary>Relates a part to the package itself (main document, core and app properties).</summary>
    public void RelatePackage(string id, string type, PackagePart target) =>
        _packageRelationships.Add(new PartRelationship(id, type, target.Path));

    /// <summary>Writes the zip to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output, DateTimeOffset timestamp, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", ContentTypes(), timestamp);
        Entry(zip, "_rels/.rels", Relationships(_packageRelationships), timestamp);

        var files = new List<(string Path, byte[] Data)>(_parts.Count * 2);
        foreach (var part in _parts)
        {
            files.Add((part.Path, part.Data));
            if (part.Relationships.Count > 0)
            {
                var slash = part.Path.LastIndexOf('/');
                var relsPath = part.Path[..(slash + 1)] + "_rels/" + part.Path[(slash + 1)..] + ".rels";
                files.Add((relsPath, Relationships(part.Relationships)));
            }
        }

        foreach (var (path, data) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Entry(zip, path, data, timestamp);
        }
    }

    private static void Entry(ZipArchive zip, string path, byte[] data, DateTimeOffset timestamp)
    {
        // PNG data is already deflated: storing it again compressed only costs time.
        var level = path.EndsWith(".png", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = timestamp;
        using var stream = entry.Open();
        stream.Write(data);
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
