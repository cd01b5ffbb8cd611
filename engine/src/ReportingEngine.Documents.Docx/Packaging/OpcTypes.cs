namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>Content types and relationship types of the parts a .docx carries (ECMA-376 Part 1 §15).</summary>
internal static class OpcTypes
{
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string MainDocument = Wml + "document.main+xml";
    public const string Styles = Wml + "styles+xml";
    public const string Settings = Wml + "settings+xml";
    public const string FontTable = Wml + "fontTable+xml";
    public const string Header = Wml + "header+xml";
    public const string Footer = Wml + "footer+xml";
    public const string Chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    public const string Png = "image/png";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string ExtendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    public const string OfficeDocumentRelationship = Office + "officeDocument";
    public const string CorePropertiesRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    public const string ExtendedPropertiesRelationship = Office + "extended-properties";
    public const string StylesRelationship = Office + "styles";
    public const string SettingsRelationship = Office + "settings";
    public const string FontTableRelationship = Office + "fontTable";
    public const string HeaderRelationship = Office + "header";
    public const string FooterRelationship = Office + "footer";
    public const string ImageRelationship = Office + "image";
    public const string ChartRelationship = Office + "chart";
}
