using System.IO.Compression;
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
        { "seals", "word/document.xml" },
        { "seals", "word/header1.xml" },
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
        "seals" => Seals(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>Seals after every kind of block: each is anchored in the paragraph written before it, or gets its own.</summary>
    private static Document Seals()
    {
        var seal = Tools.TestPng.Seal();
        var other = Tools.TestPng.Seal(120);
        Image Seal(TextAlignment alignment = TextAlignment.Right, byte[]? png = null) =>
            new(png ?? seal, 30, 30) { Placement = ImagePlacement.OverPrevious, Alignment = alignment, IsSeal = true, Description = "公章" };
        var table = new Table([1, 1], [Samples.Row(Samples.Cell("a"), Samples.Cell("b"))]) { HeaderRows = 1 };
        var cell = new TableCell([Seal(TextAlignment.Center), Samples.Para(string.Empty, Samples.Text("盖章处")), Seal(png: other)]);
        return Samples.Rich() with
        {
            Header = [Seal(TextAlignment.Left), Samples.Para("header", Samples.Text("页眉"))],
            Footer = [Samples.Para("footer", Samples.Text("页脚")), Seal(TextAlignment.Center)],
            Body =
            [
                Seal(TextAlignment.Center),
                Samples.Para("signoff", Samples.Text("落款")),
                Seal(),
                Seal(TextAlignment.Left, other),
                table,
                Seal(),
                Seal(TextAlignment.Center),
                new KeepTogether([Seal(TextAlignment.Left), Samples.Para("body", Samples.Text("保持"))]),
                Seal(),
                new KeepTogether([Samples.Para("body", Samples.Text("表前")), table]),
                Seal(),
                new QrCode("https://pay.example.cn/x", 20),
                Seal(),
                new QrCode("https://pay.example.cn/y", 20) { Caption = "扫码" },
                Seal(),
                new Chart(ChartKind.Bar, "图", ["a"], [new ChartSeries("s", [1])]) { HeightMm = 30 },
                Seal(),
                new Image(other, 10, 10),
                Seal(),
                Samples.Para("body", Samples.Text("间隔前")),
                new Spacer(0),
                Seal(),
                new Spacer(12),
                Seal(),
                new Heading(2, "heading1", [Samples.Text("标题")]),
                Seal(),
                new Bookmark("mark", "书签", 1),
                Seal(),
                new PageBreak(),
                Seal(),
                new Table([1], [new TableRow([cell]), new TableRow([new TableCell([Seal()])])]),
            ],
        };
    }

    private static string Entry(byte[] docx, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }

    private static string Indented(string xml) => XDocument.Parse(xml, LoadOptions.PreserveWhitespace).ToString(SaveOptions.None).ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// The approved copies in the source tree, found upwards from the test binaries (CI builds map source paths to
    /// <c>/_/</c>, so the caller's file path cannot be used).
    /// </summary>
    private static string GoldenFolder()
    {
        var relative = Path.Combine("tests", "ReportingEngine.Documents.Docx.Tests", "Writing", "Golden");
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
