using ReportingEngine.Documents.Docx.Tests.Tools;
using ReportingEngine.Documents.Model;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class ValidationTests(ITestOutputHelper output)
{
    [Fact]
    public void A_document_using_every_block_and_inline_kind_has_zero_validator_errors()
    {
        var errors = DocxFile.ValidationErrors(DocxFile.Write(Samples.Rich()));

        foreach (var error in errors)
        {
            output.WriteLine(error);
        }

        Assert.Empty(errors);
    }

    [Fact]
    public void Hostile_text_writes_literally_and_validates()
    {
        const string hostile = "<b>&amp; \"引号\" 'x' ]]> {{ x }} 😀👍🏽 \uFFFE\uD800 end";
        var document = Samples.Rich(hostile) with
        {
            Watermark = "<受控> & \"x\"",
            Body =
            [
                Samples.Para("body", Samples.Text(hostile), new TextRun("<w:t>") { Style = "no-such-style" }),
                new Chart(ChartKind.Bar, hostile, [hostile, "😀"], [new ChartSeries(hostile, [1, double.NaN])]),
                new QrCode(hostile, 20) { Caption = hostile },
                new Bookmark("😀 <bad> name!", hostile, 1),
            ],
        };

        var bytes = DocxFile.Write(document);

        Assert.Empty(DocxFile.ValidationErrors(bytes));
        using var word = DocxFile.Open(bytes);
        var text = string.Concat(DocxFile.Part(word.MainDocumentPart!).Descendants(DocxFile.W + "t").Select(t => t.Value));
        Assert.Contains("<b>&amp; \"引号\" 'x' ]]> {{ x }} 😀👍🏽  end", text, StringComparison.Ordinal);
        Assert.Contains("<w:t>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_an_empty_body_and_no_header_or_footer_validates()
    {
        var document = Samples.Rich() with { Body = [], Header = [], Footer = [], Watermark = null };

        Assert.Empty(DocxFile.ValidationErrors(DocxFile.Write(document)));
    }

    [Fact]
    public void A_landscape_page_validates_and_is_marked_landscape()
    {
        var profile = Samples.NoticeProfile with { Page = new Profiles.PageSetup(297, 210, 20, 20, 25, 25) };
        var bytes = DocxFile.Write(Samples.Rich() with { Profile = profile });

        Assert.Empty(DocxFile.ValidationErrors(bytes));
        using var word = DocxFile.Open(bytes);
        var size = DocxFile.Part(word.MainDocumentPart!).Descendants(DocxFile.W + "pgSz").Single();
        Assert.Equal("landscape", size.Attribute(DocxFile.W + "orient")?.Value);
        Assert.Equal("16838", size.Attribute(DocxFile.W + "w")?.Value);
    }
}
