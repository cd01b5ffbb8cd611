using ReportingEngine.Documents.Docx.Packaging;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

/// <summary>The hand-rolled part writer produces exactly XmlWriter's bytes (H19), escaping included.</summary>
public sealed class XmlPartWriterTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string> Values => new()
    {
        string.Empty,
        "plain ascii",
        "缴费通知单（付款请求书）",
        "<b>&amp; \"引号\" 'x' ]]> {{ x }}",
        "tab\there, line\nfeed, return\r, both\r\n",
        "😀👍🏽 emoji and ¥1,234.50 ℃",
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Text_and_attributes_are_written_as_XmlWriter_writes_them(string value)
    {
        var expected = XmlParts.Build(w =>
        {
            w.WriteStartElement("w", "document", W);
            w.WriteAttributeString("xmlns", "w", null, W);
            w.WriteStartElement("w", "t", W);
            w.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
            w.WriteAttributeString("w", "val", W, value);
            w.WriteString(value);
            w.WriteEndElement();
            w.WriteStartElement("w", "empty", W);
            w.WriteAttributeString("descr", value);
            w.WriteEndElement();
            w.WriteStartElement("w", "p", W);
            w.WriteEndElement();
            w.WriteEndElement();
        });

        using var writer = new XmlPartWriter();
        writer.Start("w", "document");
        writer.Attribute("xmlns", "w", W);
        writer.Start("w", "t");
        writer.Attribute("xml", "space", "preserve");
        writer.Attribute("w", "val", value);
        writer.Text(value);
        writer.End();
        writer.Start("w", "empty");
        writer.Attribute(null, "descr", value);
        writer.End();
        writer.Start("w", "p");
        writer.End();
        writer.End();

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(writer.ToArray()));
    }

    [Fact]
    public void A_character_XML_cannot_carry_is_refused()
    {
        // Test data is built here: xUnit would turn a lone surrogate in [InlineData] into U+FFFD.
        foreach (var value in new[] { "\u0001", "lone \uD800 surrogate", "end \uDC00", "\uFFFE" })
        {
            using var writer = new XmlPartWriter();
            writer.Start("w", "t");

            Assert.Throws<ArgumentException>(() => writer.Attribute("w", "val", value));
            Assert.Throws<ArgumentException>(() => writer.Text(value));
        }
    }

    [Fact]
    public void An_unclosed_element_is_refused()
    {
        using var writer = new XmlPartWriter();
        writer.Start("w", "p");

        Assert.Throws<InvalidOperationException>(() => writer.ToArray());
    }
}
