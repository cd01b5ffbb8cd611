using System.Xml;

namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>word/settings.xml: Word 2013+ layout, Chinese punctuation compression, no rsids.</summary>
internal static class SettingsXml
{
    private static readonly byte[] Bytes = XmlParts.Build(w =>
    {
        w.WriteStartElement("w", "settings", Ns.W);
        Val(w, "zoom", "percent", "100");
        Val(w, "defaultTabStop", "val", "420");
        Val(w, "characterSpacingControl", "val", "compressPunctuation");
        w.WriteStartElement("w", "compat", Ns.W);
        Empty(w, "spaceForUL");
        Empty(w, "balanceSingleByteDoubleByteWidth");
        // Blanks to fill in by hand are underlined ideographic spaces: keep the underline at line end.
        Empty(w, "ulTrailSpace");
        // A justified line ended by a manual line break is not stretched (Word's own CJK default).
        Empty(w, "doNotExpandShiftReturn");
        Empty(w, "adjustLineHeightInTable");
        Empty(w, "useFELayout");
        w.WriteStartElement("w", "compatSetting", Ns.W);
        w.WriteAttributeString("w", "name", Ns.W, "compatibilityMode");
        w.WriteAttributeString("w", "uri", Ns.W, "http://schemas.microsoft.com/office/word");
        w.WriteAttributeString("w", "val", Ns.W, "15");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("w", "themeFontLang", Ns.W);
        w.WriteAttributeString("w", "val", Ns.W, "en-US");
        w.WriteAttributeString("w", "eastAsia", Ns.W, "zh-CN");
        w.WriteEndElement();
        Val(w, "decimalSymbol", "val", ".");
        Val(w, "listSeparator", "val", ",");
        w.WriteEndElement();
    });

    /// <summary>The settings part (identical for every document).</summary>
    public static byte[] Xml => Bytes;

    private static void Val(XmlWriter w, string element, string attribute, string value)
    {
        w.WriteStartElement("w", element, Ns.W);
        w.WriteAttributeString("w", attribute, Ns.W, value);
        w.WriteEndElement();
    }

    private static void Empty(XmlWriter w, string element)
    {
        w.WriteStartElement("w", element, Ns.W);
        w.WriteEndElement();
    }
}
