using System.Globalization;
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
    public static byte[] CoreXml(DocumentInfo info)
    {
        var stamp = Timestamp(info).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        using var w = new XmlPartWriter();
        w.Start("cp", "coreProperties");
        w.Attribute("xmlns", "dc", Ns.Dc);
        w.Attribute("xmlns", "dcterms", Ns.DcTerms);
        w.Attribute("xmlns", "xsi", Ns.Xsi);
        w.Attribute("xmlns", "cp", Ns.Cp);
        w.Element("dc", "title", SafeText.Clean(info.Title));
        if (!string.IsNullOrEmpty(info.Subject))
        {
            w.Element("dc", "subject", SafeText.Clean(info.Subject));
        }

        if (!string.IsNullOrEmpty(info.Author))
        {
            w.Element("dc", "creator", SafeText.Clean(info.Author));
            w.Element("cp", "lastModifiedBy", SafeText.Clean(info.Author));
        }

        w.Element("dc", "identifier", SafeText.Clean(info.DocumentId));
        w.Element("dc", "language", SafeText.Clean(info.Language));
        w.Element("cp", "revision", "1");
        WriteDate(w, "created", stamp);
        WriteDate(w, "modified", stamp);
        w.End();
        return w.ToArray();
    }

    private static void WriteDate(XmlPartWriter w, string name, string value)
    {
        w.Start("dcterms", name);
        w.Attribute("xsi", "type", "dcterms:W3CDTF");
        w.Text(value);
        w.End();
    }
}
