using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Fees;

/// <summary>One chunk: a building's notices, its print file and its receipt sheet.</summary>
public sealed partial class FeeNoticeBatch
{
    private async Task ProcessBuildingAsync(BatchRun run, CompanyProfile? company, Community community, Building building, CancellationToken cancellationToken)
    {
        var commits = new List<Task>();
        var buffers = run.RentBuffers();
        try
        {
            await ProduceBuildingAsync(run, buffers, company, community, building, commits, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            run.ReturnBuffers(buffers);
            NativeHeap.Release();
        }

        // The building is done only when its register entries are committed (they were queued after each file was written).
        using (run.Timings.Measure(FeeBatchPhase.Commit))
        {
            await Task.WhenAll(commits).ConfigureAwait(false);
        }
    }

    private async Task ProduceBuildingAsync(BatchRun run, OutputBuffers buffers, CompanyProfile? company, Community community, Building building, List<Task> commits, CancellationToken cancellationToken)
    {
        var period = run.Request.Period;
        var timings = run.Timings;
        BuildingNotices data;
        using (timings.Measure(FeeBatchPhase.Load))
        {
            var source = new FeeNoticeSource(reader, options, ledger);
            data = await source.LoadAsync(company, community, building, period, null, cancellationToken).ConfigureAwait(false);
        }

        run.Counted(data.Notices.Count, data.UnitsWithoutBill);
        if (data.Notices.Count == 0)
        {
            return;
        }

        var folder = Path.Combine(run.Request.OutputFolder, period.ToString(), FileNames.Sanitize(community.Id), FileNames.Sanitize(building.Id));
        var noticeVersion = renderer.TemplateVersion(NoticeKind, cancellationToken);
        // The print file (one PDF for the housekeeper, a bookmark per unit, page numbers restarting per notice) is drawn
        // notice by notice as they are made, so no notice's document or layout outlives its turn.
        var printNumber = ArchiveNumbers.For(ArchiveNumbers.FeeNoticePrint, period.ToString(), building.Id);
        var receiptsNumber = ReceiptsNumber(period, building.Id);
        Dictionary<(string, string), RegisterEntry> known;
        using (timings.Measure(FeeBatchPhase.UpToDateCheck))
        {
            known = await KnownAsync([.. data.Notices.Select(n => n.Model.DocumentId), printNumber, receiptsNumber], cancellationToken).ConfigureAwait(false);
        }

        var printHash = PrintDataHash(data);
        MergedPdfBuilder? print;
        using (timings.Measure(FeeBatchPhase.Print))
        {
            print = await IsCurrentAsync(known, printNumber, ["pdf"], noticeVersion, printHash, folder, cancellationToken).ConfigureAwait(false)
                ? null
                : PdfWriter.BeginMerged();
        }

        var failed = false;
        for (var i = 0; i < data.Notices.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (unit, model) = data.Notices[i];
            string dataHash;
            using (timings.Measure(FeeBatchPhase.DataHash))
            {
                dataHash = ContentHash.OfModel(model);
            }

            bool current;
            using (timings.Measure(FeeBatchPhase.UpToDateCheck))
            {
                current = await IsCurrentAsync(known, model.DocumentId, NoticeFormats, noticeVersion, dataHash, folder, cancellationToken).ConfigureAwait(false);
            }

            if (current)
            {
                run.NoticeUpToDate();
                if (print is not null && !failed)
                {
                    using var measure = timings.Measure(FeeBatchPhase.Print);
                    failed = !AddToPrint(run, print, unit, model, null, cancellationToken);
                }

                continue;
            }

            var outcome = RenderTimed(timings, NoticeKind, model, buffers, cancellationToken);
            if (!outcome.Succeeded)
            {
                failed = true;
                foreach (var problem in outcome.Problems)
                {
                    run.Problems.Add(FeeMessages.UnitFailed(unit.Id, problem));
                }

                continue;
            }

            List<(string, ReadOnlyMemory<byte>)> files = [("pdf", OutputBuffers.WrittenPart(buffers.Pdf)), ("docx", OutputBuffers.WrittenPart(buffers.Docx))];
            commits.Add(await WriteAndQueueAsync(run, folder, model.DocumentId, NoticeKind, unit.Id, period, outcome.TemplateVersion!, dataHash, files, cancellationToken).ConfigureAwait(false));
            run.NoticeWritten(files.Count);
            if (print is not null && !failed)
            {
                using var measure = timings.Measure(FeeBatchPhase.Print);
                failed = !AddToPrint(run, print, unit, model, outcome.Document, cancellationToken);
            }
        }

        if (failed)
        {
            run.Problems.Add(FeeMessages.PrintSkipped(building.Id));
            return;
        }

        if (print is not null)
        {
            using (timings.Measure(FeeBatchPhase.Print))
            {
                buffers.Print.SetLength(0);
                print.Save(PrintInfo(data, printNumber), buffers.Print, cancellationToken);
            }

            commits.Add(await WriteAndQueueAsync(run, folder, printNumber, PrintKind, building.Id, period, noticeVersion, printHash, [("pdf", OutputBuffers.WrittenPart(buffers.Print))], cancellationToken).ConfigureAwait(false));
            run.BuildingFileWritten(1);
        }

        // R-COL-2: the receipt sheet the owners sign — evidence of delivery.
        using (timings.Measure(FeeBatchPhase.Receipts))
        {
            var receipts = ReceiptsModel(company, data, period);
            var receiptsHash = ContentHash.OfModel(receipts);
            var receiptsVersion = renderer.TemplateVersion(ReceiptsKind, cancellationToken);
            if (!await IsCurrentAsync(known, receipts.DocumentId, NoticeFormats, receiptsVersion, receiptsHash, folder, cancellationToken).ConfigureAwait(false))
            {
                var outcome = renderer.Render(ReceiptsKind, receipts, NoticeFormats, cancellationToken);
                if (!outcome.Succeeded)
                {
                    foreach (var problem in outcome.Problems)
                    {
                        run.Problems.Add(FeeMessages.UnitFailed(building.Id, problem));
                    }

                    return;
                }

                var files = outcome.Files.Select(f => (f.Format, (ReadOnlyMemory<byte>)f.Content)).ToList();
                commits.Add(await WriteAndQueueAsync(run, folder, receipts.DocumentId, ReceiptsKind, building.Id, period, outcome.TemplateVersion!, receiptsHash, files, cancellationToken).ConfigureAwait(false));
                run.BuildingFileWritten(files.Count);
            }
        }
    }

    /// <summary>
    /// <see cref="DocumentRenderer.Render"/> for the notice formats into the chunk's PDF and DOCX buffers, timing the build
    /// and each writer apart. The files are written from those buffers: no array per file (a 110 KB PDF would be a
    /// large-object-heap allocation per notice, and those bring full collections).
    /// </summary>
    private RenderOutcome RenderTimed(FeeBatchTimings timings, string kind, object model, OutputBuffers buffers, CancellationToken cancellationToken)
    {
        RenderOutcome built;
        using (timings.Measure(FeeBatchPhase.Build))
        {
            built = renderer.BuildDocument(kind, model, cancellationToken);
        }

        if (!built.Succeeded)
        {
            return built;
        }

        foreach (var (format, buffer, phase) in new[] { ("pdf", buffers.Pdf, FeeBatchPhase.Pdf), ("docx", buffers.Docx, FeeBatchPhase.Docx) })
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var measure = timings.Measure(phase);
            buffer.SetLength(0);
            try
            {
                renderer.Writer(format).Write(built.Document!, buffer, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return built with { Problems = [GenerationMessages.WriterFailed(kind, format, ex)] };
            }
        }

        return built;
    }

    private PdfDocumentWriter PdfWriter => (PdfDocumentWriter)renderer.Writer("pdf");

    /// <summary>Adds a notice to the building's print file; a notice not rendered in this run is built (not written) from its model.</summary>
    private bool AddToPrint(BatchRun run, MergedPdfBuilder print, Unit unit, FeeNoticeModel model, Document? document, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            var built = renderer.BuildDocument(NoticeKind, model, cancellationToken);
            if (!built.Succeeded)
            {
                foreach (var problem in built.Problems)
                {
                    run.Problems.Add(FeeMessages.UnitFailed(unit.Id, problem));
                }

                return false;
            }

            document = built.Document!;
        }

        print.Add(PrintEntry(model, document), cancellationToken);
        return true;
    }

    /// <summary>The building's print file made afresh from the notice models (<c>regenerate</c>).</summary>
    private ReadOnlyMemory<byte>? BuildPrint(BuildingNotices data, string printNumber, MemoryStream buffer, CancellationToken cancellationToken, out IReadOnlyList<string> problems)
    {
        var print = PdfWriter.BeginMerged();
        foreach (var (unit, model) in data.Notices)
        {
            var built = renderer.BuildDocument(NoticeKind, model, cancellationToken);
            if (!built.Succeeded)
            {
                problems = [.. built.Problems.Select(p => FeeMessages.UnitFailed(unit.Id, p))];
                return null;
            }

            print.Add(PrintEntry(model, built.Document!), cancellationToken);
        }

        buffer.SetLength(0);
        print.Save(PrintInfo(data, printNumber), buffer, cancellationToken);
        problems = [];
        return OutputBuffers.WrittenPart(buffer);
    }

    /// <summary>A notice in the print file: its bookmark reads unit and owner.</summary>
    private static MergedDocument PrintEntry(FeeNoticeModel model, Document document)
    {
        var owner = string.IsNullOrEmpty(model.Owner) ? string.Empty : " " + model.Owner;
        return new MergedDocument(document, $"{model.UnitLabel}{owner}");
    }

    private static DocumentInfo PrintInfo(BuildingNotices data, string printNumber)
    {
        var first = data.Notices[0].Model;
        return new DocumentInfo(
            $"{first.Community}{first.Building} {first.Period} 缴费通知单（打印合订本）",
            "zh-CN",
            printNumber,
            DateOnly.ParseExact(data.Notices.Max(n => n.Model.IssueDate)!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string PrintDataHash(BuildingNotices data) => ContentHash.OfModel(data.Notices.Select(n => n.Model).ToList());

    private static string ReceiptsNumber(BillingPeriod period, string buildingId) => ArchiveNumbers.For(ArchiveNumbers.DeliveryReceipts, period.ToString(), buildingId);

    private static DeliveryReceiptsModel ReceiptsModel(CompanyProfile? company, BuildingNotices data, BillingPeriod period)
    {
        var first = data.Notices[0].Model;
        var rows = data.Notices.Select(n => new DeliveryReceiptRow(n.Model.UnitLabel, n.Model.Owner, n.Model.TotalDue)).ToList();
        return new DeliveryReceiptsModel
        {
            DocumentId = ReceiptsNumber(period, data.Building.Id),
            Company = company?.Name ?? string.Empty,
            ServiceCenter = FeeNoticeSource.ServiceCenter(data.Community),
            Community = data.Community.Name,
            Building = data.Building.Name,
            BuildingId = data.Building.Id,
            Period = period.ToString(),
            IssueDate = data.Notices.Min(n => n.Model.IssueDate)!,
            DueDate = data.Notices.Max(n => n.Model.DueDate)!,
            Rows = rows,
            Total = rows.Sum(r => r.Amount),
        };
    }

    /// <summary>
    /// The register entries of one building's documents, by (archive number, format). Asked per building, not per run:
    /// a re-run of a 100,000-unit period would otherwise hold 300,000 entries for its whole length.
    /// </summary>
    private async Task<Dictionary<(string, string), RegisterEntry>> KnownAsync(IReadOnlyList<string> archiveNumbers, CancellationToken cancellationToken)
    {
        var known = new Dictionary<(string, string), RegisterEntry>();
        foreach (var entry in await register.FindManyAsync(archiveNumbers, cancellationToken).ConfigureAwait(false))
        {
            known[(entry.ArchiveNumber, entry.Format)] = entry;
        }

        return known;
    }

    /// <summary>True when every format is registered with this template and data, and the file on disk is that file.</summary>
    private static async Task<bool> IsCurrentAsync(Dictionary<(string, string), RegisterEntry> known, string archiveNumber, IReadOnlyList<string> formats, string templateVersion, string dataHash, string folder, CancellationToken cancellationToken)
    {
        foreach (var format in formats)
        {
            var entry = known.GetValueOrDefault((archiveNumber, format));
            if (entry is null
                || !string.Equals(entry.TemplateVersion, templateVersion, StringComparison.Ordinal)
                || !string.Equals(entry.DataHash, dataHash, StringComparison.Ordinal))
            {
                return false;
            }

            var path = Path.Combine(folder, entry.FileName);
            var file = new FileInfo(path);
            if (!file.Exists || file.Length != entry.ByteCount
                || !string.Equals(await ContentHash.Sha256OfFileAsync(path, cancellationToken).ConfigureAwait(false), entry.FileSha256, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Writes each file atomically (no fsync: see docs/decisions/0003-fee-batch-throughput.md), then queues their
    /// register entries for the next group commit. Returns the task of that commit.
    /// </summary>
    private async Task<Task> WriteAndQueueAsync(
        BatchRun run,
        string folder,
        string archiveNumber,
        string kind,
        string subject,
        BillingPeriod period,
        string templateVersion,
        string dataHash,
        List<(string Format, ReadOnlyMemory<byte> Content)> files,
        CancellationToken cancellationToken)
    {
        using var measure = run.Timings.Measure(FeeBatchPhase.Files);
        var entries = new List<RegisterEntry>(files.Count);
        foreach (var (format, content) in files)
        {
            var name = FileName(archiveNumber, format);
            await AtomicFile.WriteAsync(Path.Combine(folder, name), content, flushToDisk: false, cancellationToken).ConfigureAwait(false);
            entries.Add(new RegisterEntry
            {
                ArchiveNumber = archiveNumber,
                Format = format,
                Kind = kind,
                Subject = subject,
                Period = period.ToString(),
                TemplateVersion = templateVersion,
                DataHash = dataHash,
                FileSha256 = ContentHash.Sha256(content.Span),
                FileName = name,
                ByteCount = content.Length,
                GeneratedAt = time.GetUtcNow(),
                GeneratedBy = options.GeneratedBy,
            });
        }

        return run.Commits.RecordAsync(entries);
    }

    /// <summary>The file name of an archive number in a format: <c>{archive-number}.{format}</c>.</summary>
    public static string FileName(string archiveNumber, string format) => FileNames.Sanitize(archiveNumber) + "." + format;
}
