using System.Security.Cryptography;
using System.Text;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf;
using ReportingEngine.Documents.Pdf.Layout;
using ReportingEngine.Generation.AuditPacks.Models;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>Layouts tried before giving up on a table of contents whose page numbers keep moving.</summary>
    private const int MaxTocRounds = 6;

    /// <summary>
    /// Renders the sections, then lays the pack out (cover, TOC, sections) until the TOC's page numbers match where the
    /// sections land — the TOC's own length moves everything after it — and writes the merged PDF with continuous page
    /// numbers and the combined DOCX. Null (with errors) when a document cannot be rendered or laid out.
    /// </summary>
    private AssembledPack? Assemble(AuditPackContext context, IReadOnlyList<AuditSectionModel> models, List<string> errors, CancellationToken cancellationToken)
    {
        var sections = new List<RenderedSection>(models.Count);
        foreach (var model in models)
        {
            var outcome = renderer.Render(SectionKind, model, ["pdf"], cancellationToken);
            if (!outcome.Succeeded)
            {
                errors.AddRange(outcome.Problems.Select(p => AuditPackMessages.RenderFailed(model.DocumentId, p)));
                continue;
            }

            sections.Add(new RenderedSection(model, outcome.Document!, outcome.Files.Single(f => f.Format == "pdf").Content, outcome.TemplateVersion ?? ""));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var writer = (PdfDocumentWriter)renderer.Writer("pdf");
        var info = new DocumentInfo($"{context.Community.Name}审计资料包（{AuditTexts.Range(context.From, context.To)}）", "zh-CN", context.ArchiveNumber, context.AsOf)
        {
            Author = context.Company.Name,
            Subject = $"{context.Community.Name} 审计资料包 {AuditTexts.Marking}",
        };
        try
        {
            var pages = new int[sections.Count];
            var total = 0;
            for (var round = 1; round <= MaxTocRounds; round++)
            {
                var merged = Merged(context, sections, pages, total, errors, cancellationToken);
                if (merged is null)
                {
                    return null;
                }

                var layout = writer.PlanMerged(merged, cancellationToken);
                var starts = layout.StartPages.Skip(2).ToArray();
                if (starts.SequenceEqual(pages) && layout.TotalPages == total)
                {
                    using var pdf = new MemoryStream();
                    writer.WriteMerged(merged, info, pdf, new MergedPdfOptions { PageNumbering = MergedPageNumbering.Continuous }, cancellationToken);
                    var docx = Docx(context, sections, info, errors, cancellationToken);
                    if (docx is null)
                    {
                        return null;
                    }

                    var placed = sections.Select((s, i) => s with { StartPage = pages[i] }).ToList();
                    return new AssembledPack(pdf.ToArray(), docx, placed, total, PackVersion(sections));
                }

                pages = starts;
                total = layout.TotalPages;
            }

            errors.Add(AuditPackMessages.TocUnstable(MaxTocRounds));
            return null;
        }
        catch (PdfLayoutException e)
        {
            errors.AddRange(e.Problems.Select(p => AuditPackMessages.LayoutFailed(context.ArchiveNumber, p)));
            return null;
        }
    }

    /// <summary>Cover, TOC (with the page numbers of the previous layout) and sections as merged documents; their headings are the bookmarks.</summary>
    private List<MergedDocument>? Merged(AuditPackContext context, List<RenderedSection> sections, int[] pages, int total, List<string> errors, CancellationToken cancellationToken)
    {
        var cover = Build(CoverKind, Cover(context, sections, total), context.ArchiveNumber, errors, cancellationToken);
        var toc = Build(TocKind, Toc(context, sections, pages, withPages: true), context.ArchiveNumber, errors, cancellationToken);
        if (cover is null || toc is null)
        {
            return null;
        }

        var documents = new List<MergedDocument>(sections.Count + 2)
        {
            new(cover, "封面") { OutlineFromHeadings = true },
            new(toc, "目录") { OutlineFromHeadings = true },
        };
        documents.AddRange(sections.Select(s => new MergedDocument(s.Document, s.Model.Title) { OutlineFromHeadings = true }));
        return documents;
    }

    /// <summary>
    /// The DOCX is one Word document: cover, TOC and sections one after the other, separated by page breaks, with the sections'
    /// header (R-ACC-1 marking) and PAGE/NUMPAGES footer. Its TOC is static and lists no page numbers: Word and LibreOffice
    /// paginate differently from our PDF layout, and a TOC field is only filled when the reader updates fields (LibreOffice
    /// does not on open) — the section titles are Heading 1, so Word's navigation pane and "insert TOC" work on them.
    /// </summary>
    private byte[]? Docx(AuditPackContext context, List<RenderedSection> sections, DocumentInfo info, List<string> errors, CancellationToken cancellationToken)
    {
        var cover = Build(CoverKind, Cover(context, sections, 0), context.ArchiveNumber, errors, cancellationToken);
        var toc = Build(TocKind, Toc(context, sections, new int[sections.Count], withPages: false), context.ArchiveNumber, errors, cancellationToken);
        if (cover is null || toc is null)
        {
            return null;
        }

        var body = new List<Block>(cover.Body) { new PageBreak() };
        body.AddRange(toc.Body);
        foreach (var section in sections)
        {
            body.Add(new PageBreak());
            body.AddRange(section.Document.Body);
        }

        var first = sections[0].Document;
        var combined = new Document
        {
            Profile = first.Profile,
            Info = info,
            Header = first.Header,
            Footer = first.Footer,
            Body = body,
        };
        using var stream = new MemoryStream();
        renderer.Writer("docx").Write(combined, stream, cancellationToken);
        return stream.ToArray();
    }

    private Document? Build(string kind, object model, string documentId, List<string> errors, CancellationToken cancellationToken)
    {
        var outcome = renderer.BuildDocument(kind, model, cancellationToken);
        if (!outcome.Succeeded)
        {
            errors.AddRange(outcome.Problems.Select(p => AuditPackMessages.RenderFailed(documentId, p)));
            return null;
        }

        return outcome.Document;
    }

    private static AuditCoverModel Cover(AuditPackContext context, List<RenderedSection> sections, int totalPages) => new()
    {
        DocumentId = context.ArchiveNumber,
        Company = context.Company.Name,
        Community = context.Community.Name,
        CommunityId = context.Community.Id,
        Range = AuditTexts.Range(context.From, context.To),
        AsOf = AuditTexts.Iso(context.AsOf),
        Marking = AuditTexts.Marking,
        Sections = [.. sections.Select(s => s.Model.Title)],
        TotalPages = totalPages,
    };

    private static AuditTocModel Toc(AuditPackContext context, List<RenderedSection> sections, int[] pages, bool withPages) => new()
    {
        DocumentId = context.ArchiveNumber,
        Company = context.Company.Name,
        Community = context.Community.Name,
        AsOf = AuditTexts.Iso(context.AsOf),
        Marking = AuditTexts.Marking,
        WithPages = withPages,
        Entries = [.. sections.Select((s, i) => new AuditTocEntry(s.Model.Title, s.Model.DocumentId, pages[i]))],
    };

    /// <summary>The pack's template version: a hash over the cover, TOC and section template versions.</summary>
    private string PackVersion(List<RenderedSection> sections)
    {
        var text = string.Join("\n", renderer.TemplateVersion(CoverKind, CancellationToken.None), renderer.TemplateVersion(TocKind, CancellationToken.None), sections[0].TemplateVersion);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
