namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>One part of the package under construction: its path, content type, bytes and relationships.</summary>
internal sealed class PackagePart
{
    private readonly List<PartRelationship> _relationships = [];

    /// <summary>Creates a part at <paramref name="path"/> (no leading slash, e.g. <c>word/document.xml</c>).</summary>
    public PackagePart(string path, string contentType)
    {
        Path = path;
        ContentType = contentType;
    }

    /// <summary>Path inside the zip, without a leading slash.</summary>
    public string Path { get; }

    /// <summary>MIME content type recorded in [Content_Types].xml.</summary>
    public string ContentType { get; }

    /// <summary>The part's bytes.</summary>
    public byte[] Data { get; set; } = [];

    /// <summary>Whether the same bytes are expected in other documents (styles, relationships, a seal).</summary>
    public bool Repeats { get; init; }

    /// <summary>Relationships from this part, in the order added.</summary>
    public IReadOnlyList<PartRelationship> Relationships => _relationships;

    /// <summary>Relates <paramref name="target"/> to this part under <paramref name="id"/>.</summary>
    public void Relate(string id, string type, PackagePart target) =>
        _relationships.Add(new PartRelationship(id, type, RelativeTarget(target.Path)));

    private string RelativeTarget(string targetPath)
    {
        var slash = Path.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : Path[..(slash + 1)];
        return folder.Length > 0 && targetPath.StartsWith(folder, StringComparison.Ordinal)
            ? targetPath[folder.Length..]
            : "/" + targetPath;
    }
}

/// <summary>A relationship from a part (or the package) to a target path relative to the source.</summary>
internal sealed record PartRelationship(string Id, string Type, string Target);
