namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Finds the face that stands in for a regulation font name (黑体, 宋体, 楷体, 仿宋).</summary>
internal interface IFontProvider
{
    /// <summary>
    /// The face for <paramref name="family"/>. Throws <see cref="FontNotFoundException"/> naming the
    /// font and the Debian package that provides it when the file is missing.
    /// </summary>
    IFontFace GetFace(string family);
}
