using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportingEngine.Documents.Markup;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Rendering;

/// <summary>
/// Issue 3: the DOCX and the PDF of one model carry the same page setup — LibreOffice, laying out our DOCX
/// with its own engine, ends on the same page count as our PDF writer.
/// </summary>
public sealed class LibreOfficeParityTests(RepositoryFixture repository, ITestOutputHelper output) : IClassFixture<RepositoryFixture>
{
    [Fact]
    public void The_sample_notice_and_a_multi_page_table_have_the_same_page_count_in_libreoffice_as_in_our_pdf()
    {
        var folder = Directory.CreateTempSubdirectory("re-parity-").FullName;
        try
        {
            using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository.Layout.TemplatesRoot, "customer-notice", "sample.json")));
            var notice = repository.Renderer.Render("customer-notice", sample.RootElement, ["pdf", "docx"], CancellationToken.None);
            Assert.True(notice.Succeeded, string.Join(Environment.NewLine, notice.Problems));
            var table = TableDocument(rows: 70);

            foreach (var (name, pdf, docx) in new[]
            {
                ("notice", notice.Files[0].Content, notice.Files[1].Content),
                ("table", Write("pdf", table), Write("docx", table)),
            })
            {
                var docxPath = Path.Combine(folder, name + ".docx");
                File.WriteAllBytes(docxPath, docx);
                var converted = LibreOffice.ConvertToPdf(docxPath, Path.Combine(folder, "lo"), output);
                if (converted is null)
                {
                    return;
                }

                using var ours = PdfDocument.Open(pdf);
                Assert.Equal(ours.NumberOfPages, LibreOffice.PageCount(converted, output));
                output.WriteLine($"{name}: {ours.NumberOfPages} page(s) in both");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private byte[] Write(string format, Document document)
    {
        using var buffer = new MemoryStream();
        repository.Renderer.Writer(format).Write(document, buffer, CancellationToken.None);
        return buffer.ToArray();
    }

    private Document TableDocument(int rows)
    {
        var profilePath = Path.Combine(repository.Layout.TemplatesRoot, "customer-notice", "profile.json");
        var profile = ProfileLoader.Load(File.ReadAllText(profilePath), "profile.json", "customer-notice").Profile!;
        var markup = new StringBuilder("<document kind=\"customer-notice\" title=\"欠费明细\" id=\"T\" date=\"2026-11-15\">");
        markup.Append("<footer><p style=\"footer\">第 <page/> 页 共 <pages/> 页</p></footer><h1 title=\"true\">欠费明细</h1>");
        markup.Append("<table columns=\"1,2,2,2\" header-rows=\"1\"><tr><td>序号</td><td>房号</td><td>业主</td><td>金额（元）</td></tr>");
        for (var i = 1; i <= rows; i++)
        {
            markup.Append(CultureInfo.InvariantCulture, $"<tr><td>{i}</td><td>3栋 {i}-02</td><td>业主{i:000}</td><td>{i * 101.5m:N2}</td></tr>");
        }

        markup.Append("</table></document>");
        var parsed = MarkupParser.Parse(markup.ToString(), "table.xml", profile, new FolderResourceResolver(repository.Layout.AssetsRoot));
        return parsed.Document ?? throw new InvalidOperationException(string.Join(Environment.NewLine, parsed.Diagnostics));
    }
}
