using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportingEngine.Documents.Markup;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Bench.Rendering;

/// <summary>
/// Issue 3 benchmark: pages per second for the sample customer notice (whole pipeline: template → markup →
/// model → conformance → file) and for a 50-page table document (layout and writing), on one thread and on all
/// cores; LibreOffice converting the same notice from DOCX to PDF is the peer measured in the same run.
/// </summary>
public static class RenderBenchmark
{
    private const string Kind = "customer-notice";

    public static IReadOnlyList<string> Run(RepositoryLayout layout, TimeSpan perCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var renderer = new DocumentRenderer(layout);
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(layout.TemplatesRoot, Kind, "sample.json")));
        var model = sample.RootElement;
        var table = TableDocument(layout, rows: 2350, cancellationToken);
        var pdf = renderer.Writer("pdf");
        var docx = renderer.Writer("docx");
        var tablePages = CountPdfPages(Write(pdf, table, cancellationToken));
        var cores = Environment.ProcessorCount;

        int Notice(string format)
        {
            var outcome = renderer.Render(Kind, model, [format], cancellationToken);
            return format == "pdf" ? CountPdfPages(outcome.Files[0].Content) : 1;
        }

        var results = new List<Throughput>();
        foreach (var threads in new[] { 1, cores })
        {
            results.Add(Throughput.Measure("notice → PDF (template to file)", threads, perCase, () => Notice("pdf")));
            results.Add(Throughput.Measure("notice → DOCX (template to file)", threads, perCase, () => Notice("docx")));
            results.Add(Throughput.Measure($"table document → PDF ({tablePages} pages)", threads, perCase, () => CountPdfPages(Write(pdf, table, cancellationToken))));
            results.Add(Throughput.Measure($"table document → DOCX ({tablePages} pages in PDF)", threads, perCase, () =>
            {
                Write(docx, table, cancellationToken);
                return tablePages;
            }));
        }

        var lines = new List<string>
        {
            "| case | threads | documents | pages | seconds | documents/s | pages/s | peak working set MB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select(r => r.ToRow()));
        lines.Add(string.Empty);
        lines.AddRange(LibreOfficePeer(renderer, model, results[0], cancellationToken));
        return lines;
    }

    private static byte[] Write(Documents.Writing.IDocumentWriter writer, Document document, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        writer.Write(document, buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Counts page objects: our writer emits exactly one <c>/Type /Page/</c> per page.</summary>
    internal static int CountPdfPages(byte[] pdf)
    {
        var needle = "/Type /Page/"u8;
        var count = 0;
        var span = pdf.AsSpan();
        for (var i = span.IndexOf(needle); i >= 0; i = span.IndexOf(needle))
        {
            count++;
            span = span[(i + needle.Length)..];
        }

        return count;
    }

    private static Document TableDocument(RepositoryLayout layout, int rows, CancellationToken cancellationToken)
    {
        var profile = ProfileLoader.Load(File.ReadAllText(Path.Combine(layout.TemplatesRoot, Kind, "profile.json")), "profile.json", Kind).Profile!;
        var markup = new StringBuilder();
        markup.Append("<document kind=\"customer-notice\" title=\"欠费明细\" id=\"BENCH-TABLE\" date=\"2026-11-15\" lang=\"zh-CN\">");
        markup.Append("<footer><p style=\"footer\">第 <page/> 页 共 <pages/> 页</p></footer>");
        markup.Append("<h1 title=\"true\">阳光花园 2026年11月 欠费明细</h1>");
        markup.Append("<table columns=\"2,3,3,2,2\" header-rows=\"1\"><tr><td>序号</td><td>房号</td><td>业主</td><td>期间</td><td>金额（元）</td></tr>");
        for (var i = 1; i <= rows; i++)
        {
            markup.Append(CultureInfo.InvariantCulture, $"<tr><td>{i}</td><td>{i % 30 + 1}栋 {i % 28 + 1}-{i % 4 + 1:00}</td><td>业主{i:0000}</td><td>2026-{i % 12 + 1:00}</td><td>{i * 13.7m:N2}</td></tr>");
        }

        markup.Append("</table><p role=\"posting-date\">2026年11月15日</p><p role=\"validity\">有效期至2026年11月30日</p></document>");
        var parsed = MarkupParser.Parse(markup.ToString(), "bench-table.xml", profile, new FolderResourceResolver(layout.AssetsRoot), cancellationToken);
        return parsed.Document ?? throw new InvalidOperationException(string.Join(Environment.NewLine, parsed.Diagnostics));
    }

    /// <summary>The peer: one soffice process converting N copies of the notice's DOCX to PDF.</summary>
    private static IEnumerable<string> LibreOfficePeer(DocumentRenderer renderer, JsonElement model, Throughput ours, CancellationToken cancellationToken)
    {
        const int copies = 40;
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            yield return "LibreOffice peer: not measured (soffice missing: apt-get install libreoffice-writer-nogui).";
            yield break;
        }

        var folder = Directory.CreateTempSubdirectory("re-bench-lo-").FullName;
        var docx = renderer.Render(Kind, model, ["docx"], cancellationToken).Files[0].Content;
        var inputs = Enumerable.Range(1, copies).Select(i => Path.Combine(folder, $"notice-{i:000}.docx")).ToList();
        inputs.ForEach(path => File.WriteAllBytes(path, docx));
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(folder, "pdf") }.Concat(inputs))
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }

        watch.Stop();
        var converted = Directory.Exists(Path.Combine(folder, "pdf")) ? Directory.GetFiles(Path.Combine(folder, "pdf"), "*.pdf").Length : 0;
        Directory.Delete(folder, recursive: true);
        var rate = converted / watch.Elapsed.TotalSeconds;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"LibreOffice peer (same run): {converted} notices DOCX → PDF in one soffice process (start-up included) in {watch.Elapsed.TotalSeconds:0.0} s = {rate:0.0} notices/s; ours (1 thread, template to PDF) = {ours.DocumentsPerSecond:0.0}/s → **{ours.DocumentsPerSecond / rate:0}× LibreOffice**.");
    }
}
