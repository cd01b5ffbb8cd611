using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Writes the pack atomically: each section PDF under <c>sections/</c>, the pack PDF and DOCX, the manifest (JSON and text)
    /// and the zip holding all of them; records every section and the pack PDF, DOCX and zip in the output register.
    /// </summary>
    private async Task<AuditPackResult> WriteAsync(AuditPackContext context, AuditPackRequest request, AssembledPack pack, List<string> notes, CancellationToken cancellationToken)
    {
        var baseName = FileNames.Sanitize($"audit-pack-{context.Community.Id}-{AuditTexts.Compact(context.From)}-{AuditTexts.Compact(context.To)}");
        var folder = request.OutputFolder;
        var packTitle = $"{context.Community.Name}审计资料包";
        var zipEntries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var documents = new List<PackManifest.Entry>();
        foreach (var section in pack.Sections)
        {
            var name = $"sections/{FileNames.ForDocument(SectionKind, section.Model.DocumentId)}.pdf";
            zipEntries[name] = section.Pdf;
            documents.Add(new PackManifest.Entry(section.Model.DocumentId, section.Model.Title, name, "pdf", ContentHash.Sha256(section.Pdf), section.Pdf.Length, section.StartPage));
        }

        var pdfName = $"{baseName}.pdf";
        var docxName = $"{baseName}.docx";
        zipEntries[pdfName] = pack.Pdf;
        zipEntries[docxName] = pack.Docx;
        List<PackManifest.Entry> packFiles =
        [
            new(context.ArchiveNumber, $"{packTitle}（PDF）", pdfName, "pdf", ContentHash.Sha256(pack.Pdf), pack.Pdf.Length, null),
            new(context.ArchiveNumber, $"{packTitle}（DOCX）", docxName, "docx", ContentHash.Sha256(pack.Docx), pack.Docx.Length, null),
        ];
        var json = PackManifest.ToJson(context, pack.TotalPages, documents, packFiles);
        var text = PackManifest.ToText(context, pack.TotalPages, documents, packFiles);
        zipEntries["manifest.json"] = json;
        zipEntries["manifest.txt"] = text;
        var zip = PackZip.Create(zipEntries, context.AsOf);

        var files = new List<string>();
        async Task<string> Write(string relative, byte[] content)
        {
            var path = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
            await AtomicFile.WriteAsync(path, content, cancellationToken).ConfigureAwait(false);
            files.Add(path);
            return path;
        }

        foreach (var (name, content) in zipEntries.Where(e => e.Key.StartsWith("sections/", StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            await Write(name, content).ConfigureAwait(false);
        }

        var pdfPath = await Write(pdfName, pack.Pdf).ConfigureAwait(false);
        var docxPath = await Write(docxName, pack.Docx).ConfigureAwait(false);
        var manifestPath = await Write($"{baseName}.manifest.json", json).ConfigureAwait(false);
        await Write($"{baseName}.manifest.txt", text).ConfigureAwait(false);
        var zipPath = await Write($"{baseName}.zip", zip).ConfigureAwait(false);

        if (register is not null)
        {
            await register.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var period = $"{AuditTexts.Iso(context.From)}~{AuditTexts.Iso(context.To)}";
            var now = time.GetUtcNow();
            var entries = pack.Sections.Select((s, i) => new RegisterEntry
            {
                ArchiveNumber = s.Model.DocumentId,
                Format = "pdf",
                Kind = SectionKind,
                Subject = context.Community.Id,
                Period = period,
                TemplateVersion = s.TemplateVersion,
                DataHash = ContentHash.OfModel(s.Model),
                FileSha256 = documents[i].Sha256,
                FileName = Path.GetFileName(documents[i].File),
                ByteCount = s.Pdf.Length,
                GeneratedAt = now,
                GeneratedBy = request.GeneratedBy,
            }).ToList();
            var dataHash = ContentHash.OfModel(pack.Sections.Select(s => s.Model).ToList());
            foreach (var (format, name, content) in new[] { ("pdf", pdfName, pack.Pdf), ("docx", docxName, pack.Docx), ("zip", $"{baseName}.zip", zip) })
            {
                entries.Add(new RegisterEntry
                {
                    ArchiveNumber = context.ArchiveNumber,
                    Format = format,
                    Kind = PackKind,
                    Subject = context.Community.Id,
                    Period = period,
                    TemplateVersion = pack.PackTemplateVersion,
                    DataHash = dataHash,
                    FileSha256 = ContentHash.Sha256(content),
                    FileName = name,
                    ByteCount = content.Length,
                    GeneratedAt = now,
                    GeneratedBy = request.GeneratedBy,
                });
            }

            await register.RecordAsync(entries, cancellationToken).ConfigureAwait(false);
        }

        return new AuditPackResult
        {
            ArchiveNumber = context.ArchiveNumber,
            Files = files,
            PdfPath = pdfPath,
            DocxPath = docxPath,
            ZipPath = zipPath,
            ManifestPath = manifestPath,
            TotalPages = pack.TotalPages,
            Sections = [.. pack.Sections.Select((s, i) => new AuditPackSection(s.Model.Title, s.Model.DocumentId, documents[i].File, documents[i].Sha256, s.StartPage))],
            Notes = notes,
        };
    }
}
