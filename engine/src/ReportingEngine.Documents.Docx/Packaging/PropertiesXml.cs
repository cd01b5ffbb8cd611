using System.Globalization;
using System.Xml;
using ReportingEngine.Documents.Docx.Content;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>docProps/core.xml and docProps/app.xml, from the document's metadata only (never the clock).</summary>
internal static class PropertiesXml
{
    private static readonly byte[] App = XmlParts.Build(w =>
    {
        w.WriteStartElement("Properties", Ns.ExtendedProperties);
        w.WriteElementString("Application", Ns.ExtendedProperties, "ReportingEngine");
        w.WriteElementString("DocSecurity", Ns.ExtendedProperties, "0");
        w.WriteElementString("ScaleCrop", Ns.ExtendedProperties, "false");
        w.WriteElementString("LinksUpToDate", Ns.ExtendedProperties, "false");
        w.WriteElementString("SharedDoc", Ns.ExtendedProperties, "false");
        w.WriteElementString("HyperlinksChanged", Ns.ExtendedProperties, "false");
        w.WriteElementString("AppVersion", Ns.ExtendedProperties, "16.0000");
        w.WriteEndElement();
    });

    /// <summary>docProps/app.xml (identical for every document).</summary>
    public static byte[] AppXml => App;

    /// <summary>The instant a document is stamped with: its data date at 00:00 China Standard Time.</summary>
    public static DateTimeOffset Timestamp(DocumentInfo info) =>
        new(info.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    /// <summary>docProps/core.xml: title, subject, creator, identifier, language, created = modified = <see cref="Timestamp"/>.</summary>
    public static byte[] CoreXml(DocumentInfo info) => XmlParts.Build(w =>
    {
        var stamp = Timestamp(info).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        w.WriteStartElement("cp", "coreProperties", Ns.Cp);
        w.WriteAttributeString("xmlns", "dc", null, Ns.Dc);
        w.WriteAttributeString("xmlns", "dcterms", null, Ns.DcTerms);
        w.WriteAttributeString("xmlns", "xsi", null, Ns.Xsi);
        w.WriteElementString("dc", "title", Ns.Dc, SafeText.Clean(info.Title));
        if (!string.IsNullOrEmpty(info.Subject))
        {
            w.WriteElementString("dc", "subject", Ns.Dc, SafeText.Clean(info.Subject));
        }

        if (!string.IsNullOrEmpty(info.Author))
        {
            w.WriteElementString("dc", "creator", Ns.Dc, SafeText.Clean(info.Author));
            w.WriteElementString("cp", "lastModifiedBy", Ns.Cp, SafeText.Clean(info.Author));
        }

        w.WriteElementString("dc", "identifier", Ns.Dc, SafeText.Clean(info.DocumentId));
        w.WriteElementString("dc", "language", Ns.Dc, SafeText.Clean(info.Language));
        w.WriteElementString("cp", "revision", Ns.Cp, "1");
        WriteDate(w, "created", stamp);
        WriteDate(w, "modified", stamp);
        w.WriteEndElement();
    });

    private static void WriteDate(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("dcterms", name, Ns.DcTerms);
        w.WriteAttributeString("xsi", "type", Ns.Xsi, "dcterms:W3CDTF");
        w.WriteString(value);
        w.WriteEndElement();
    }
}
