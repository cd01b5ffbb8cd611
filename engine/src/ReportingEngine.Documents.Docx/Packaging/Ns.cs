namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>Namespace URIs of the parts this writer emits by hand.</summary>
internal static class Ns
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    public const string Vml = "urn:schemas-microsoft-com:vml";
    public const string Office = "urn:schemas-microsoft-com:office:office";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string ExtendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
}
