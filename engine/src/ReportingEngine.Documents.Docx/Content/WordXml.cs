using System.Globalization;
using ReportingEngine.Documents.Docx.Packaging;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>Shorthands for the WordprocessingML (<c>w:</c>) elements and attributes the renderers write.</summary>
/// <remarks>
/// The renderers write part XML straight to an <see cref="XmlPartWriter"/> instead of building an OpenXML SDK
/// element tree first: the tree cost more than everything else in a fee notice's DOCX (H19).
/// Child elements and attributes are written in the schema order the SDK used, so the markup is unchanged.
/// </remarks>
internal static class WordXml
{
    /// <summary>Starts <c>&lt;w:<paramref name="local"/>&gt;</c>.</summary>
    public static void Open(this XmlPartWriter w, string local) => w.Start("w", local);

    /// <summary>Writes the attribute <c>w:<paramref name="local"/></c>.</summary>
    public static void Set(this XmlPartWriter w, string local, string value) => w.Attribute("w", local, value);

    /// <summary>Writes the attribute <c>w:<paramref name="local"/></c> as an invariant integer.</summary>
    public static void Set(this XmlPartWriter w, string local, long value) => w.Attribute("w", local, Number(value));

    /// <summary>Writes <c>&lt;w:<paramref name="local"/> /&gt;</c>.</summary>
    public static void Empty(this XmlPartWriter w, string local)
    {
        w.Start("w", local);
        w.End();
    }

    /// <summary>Writes <c>&lt;w:<paramref name="local"/> w:val="…" /&gt;</c>.</summary>
    public static void Val(this XmlPartWriter w, string local, string value)
    {
        w.Start("w", local);
        w.Attribute("w", "val", value);
        w.End();
    }

    /// <summary>Writes an attribute in no namespace (DrawingML and VML attributes).</summary>
    public static void Plain(this XmlPartWriter w, string name, string value) => w.Attribute(null, name, value);

    /// <summary>Writes <c>xml:space="preserve"</c>.</summary>
    public static void PreserveSpace(this XmlPartWriter w) => w.Attribute("xml", "space", "preserve");

    /// <summary>An invariant integer.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
