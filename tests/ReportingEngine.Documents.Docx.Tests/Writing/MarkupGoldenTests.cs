using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using ReportingEngine.Documents.Docx.Tests.Tools;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

/// <summary>
/// The WordprocessingML of the main document, header and footer, element for element and attribute
/// for attribute, against approved copies in <c>Writing/Golden</c> (indented for reading).
/// </summary>
/// <remarks>
/// The approved files were written by the OpenXML SDK element tree the writer used before it wrote
/// XML directly (H19); they pin every element a renderer emits. Re-approve on purpose only:
/// <c>APPROVE_DOCX_GOLDEN=1 dotnet test …</c> rewrites them, then review the diff.
/// </remarks>
public sealed class MarkupGoldenTests
{
    public static TheoryData<string, string> Parts => new()
    {
        { "rich", "word/document.xml" },
        { "rich", "word/header1.xml" },
        { "rich", "word/footer1.xml" },
        { "long-table", "word/document.xml" },
        { "long-table", "word/footer1.xml" },
        { "landscape-plain", "word/document.xml" },
    };

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_part_is_the_approved_markup(string sample, string part)
    {
        var actual = Indented(Entry(DocxFile.Write(Sample(sample)), part));
        var golden = Path.Combine(GoldenFolder(), sample + "." + part.Replace("word/", string.Empty, StringComparison.Ordinal));
        if (Environment.GetEnvironmentVariable("APPROVE_DOCX_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"{golden} is missing: run with APPROVE_DOCX_GOLDEN=1 once and review it.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }

    private static Document Sample(string name) => name switch
    {
        "rich" => Samples.Rich(),
        "long-table" => Samples.LongTable(3),
        "landscape-plain" => Samples.Rich() with
        {
            Profile = Samples.NoticeProfile with { Page = new Profiles.PageSetup(297, 210, 20, 20, 25, 25) },
            Header = [],
            Footer = [],
            Watermark = null,
            Body = [Samples.Para("body", Samples.Text("正文\t制表\n换行\r\n回车")), new PageBreak(), new Bookmark("1 目录", "目录", 1), new Image(Tools.TestPng.Seal(), 30, 30) { Placement = ImagePlacement.OverPrevious, IsSeal = true }],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Entry(byte[] docx, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }

    private static string Indented(string xml) => XDocument.Parse(xml, LoadOptions.PreserveWhitespace).ToString(SaveOptions.None).ReplaceLineEndings("\n") + "\n";

    private static string GoldenFolder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
