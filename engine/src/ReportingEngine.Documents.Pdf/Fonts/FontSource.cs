namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Where the open stand-in for one regulation font lives.</summary>
/// <param name="File">Absolute path, or a bare file name looked up (recursively) in <see cref="FontOptions.SearchDirectories"/>.
/// An absolute path that does not exist is also looked up by its file name.</param>
/// <param name="FaceName">Family or full name of the face inside a .ttc (e.g. <c>AR PL UMing CN</c>); null = face 0.</param>
/// <param name="AptPackage">Debian package that installs the file, named in the error when it is missing.</param>
public sealed record FontSource(string File, string? FaceName, string AptPackage)
{
    /// <summary>Human name for messages, e.g. <c>WenQuanYi Zen Hei</c>; defaults to the face name or file name.</summary>
    public string? DisplayName { get; init; }
}
