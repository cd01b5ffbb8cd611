using System.Globalization;
using System.Xml;
using ReportingEngine.Documents.Docx.Packaging;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>Shorthands for the WordprocessingML (<c>w:</c>) elements and attributes the renderers write.</summary>
/// <remarks>
/// The renderers write part XML straight to an <see cref="XmlWriter"/> instead of building an OpenXML SDK
/// element tree first: the tree cost more than everything else in a fee notice's DOCX (H19).
/// Child elements and attributes are written in the schema order the SDK used, so the markup is unchanged.
/// </remarks>
internal static class WordXml
{
    /// <summary>Starts <c>&lt;w:<paramref name="local"/>&gt;</c>.</summary>
    public static void Open(this XmlWriter w, string local) => w.WriteStartElement("w", local, Ns.W);

    /// <summary>Closes the innermost open element.</summary>
    public static void End(this XmlWriter w) => w.WriteEndElement();

    /// <summary>Writes the attribute <c>w:<paramref name="local"/></c>.</summary>
    public static void Set(this XmlWriter w, string local, string value) => w.WriteAttributeString("w", local, Ns.W, value);

    /// <summary>Writes the attribute <c>w:<paramref name="local"/></c> as an invariant integer.</summary>
    public static void Set(this XmlWriter w, string local, long value) => w.WriteAttributeString("w", local, Ns.W, Number(value));

    /// <summary>Writes <c>&lt;w:<paramref name="local"/> /&gt;</c>.</summary>
    public static void Empty(this XmlWriter w, string local)
    {
        w.WriteStartElement("w", local, Ns.W);
        w.WriteEndElement();
    }

    /// <summary>Writes <c>&lt;w:<paramref name="local"/> w:val="…" /&gt;</c>.</summary>
    public static void Val(this XmlWriter w, string local, string value)
    {
        w.WriteStartElement("w", local, Ns.W);
        w.WriteAttributeString("w", "val", Ns.W, value);
        w.WriteEndElement();
    }

    /// <summary>Writes an attribute in no namespace (DrawingML and VML attributes).</summary>
    public static void Plain(this XmlWriter w, string name, string value) => w.WriteAttributeString(name, value);

    /// <summary>Writes <c>xml:space="preserve"</c>.</summary>
    public static void PreserveSpace(this XmlWriter w) => w.WriteAttributeString("xml", "space", Ns.Xml, "preserve");

    /// <summary>An invariant integer.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
