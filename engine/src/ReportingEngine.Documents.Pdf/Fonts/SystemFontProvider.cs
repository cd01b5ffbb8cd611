namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// Resolves regulation font names to TrueType faces on this machine using <see cref="FontOptions"/>.
/// Faces are parsed once per process and shared (thread-safe).
/// </summary>
internal sealed class SystemFontProvider : IFontProvider
{
    private readonly FontOptions options;

    /// <summary>Creates a provider over the given options.</summary>
    public SystemFontProvider(FontOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <summary>The provider with <see cref="FontOptions.Default"/>.</summary>
    public static SystemFontProvider Default { get; } = new(FontOptions.Default);

    /// <inheritdoc/>
    public IFontFace GetFace(string family) => GetTrueTypeFace(family);

    /// <summary>Like <see cref="GetFace"/> but typed.</summary>
    /// <exception cref="FontNotFoundException">The family is unknown, its file is missing or the face is not in it.</exception>
    public TrueTypeFace GetTrueTypeFace(string family)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (!options.Families.TryGetValue(family, out var source))
        {
            var known = string.Join("、", options.Families.Keys);
            throw new FontNotFoundException($"font {family} is not configured: known fonts are {known}; add it to FontOptions.Families");
        }

        var display = source.DisplayName ?? source.FaceName ?? Path.GetFileName(source.File);
        var path = Locate(source.File) ?? throw new FontNotFoundException(
            $"font {family} ({display}) not found: install it with 'apt-get install {source.AptPackage}' or set FontOptions.Families[\"{family}\"] to a TrueType font file (looked for {source.File})");

        byte[] file;
        int faceCount;
        try
        {
            file = FontFileCache.GetFileBytes(path);
            faceCount = TrueTypeFace.CountFaces(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new FontNotFoundException($"font {family} ({display}) cannot be read from {path}: {ex.Message}", ex);
        }

        try
        {
            for (var i = 0; i < faceCount; i++)
            {
                var face = FontFileCache.GetFace(path, i);
                if (source.FaceName is null || face.AllFamilyNames.Contains(source.FaceName, StringComparer.OrdinalIgnoreCase))
                {
                    return face;
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new FontNotFoundException($"font {family} ({display}) in {path} cannot be embedded: {ex.Message}", ex);
        }

        throw new FontNotFoundException(
            $"font {family} ({display}) not found: {path} has no face named '{source.FaceName}'; install it with 'apt-get install {source.AptPackage}' or set FontOptions.Families[\"{family}\"]");
    }

    private string? Locate(string file)
    {
        if (Path.IsPathRooted(file) && File.Exists(file))
        {
            return file;
        }

        var name = Path.GetFileName(file);
        foreach (var directory in options.SearchDirectories)
        {
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var found = Directory.EnumerateFiles(directory, name, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive })
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
