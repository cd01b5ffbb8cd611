using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf;
using ReportingEngine.Documents.Pdf.Layout;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Generation.Output;

namespace ReportingEngine.Generation.Dossiers;

public sealed partial class DossierDocuments
{
    /// <summary>
    /// One archive checklist (档案清单, R-DOS-8) per unit as PDF and DOCX, and per building one merged PDF print file in
    /// floor-room order with one bookmark per unit.
    /// </summary>
    /// <param name="job">Community, date, output folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors.</returns>
    public async Task<DossierRunResult> ChecklistsAsync(DossierJob job, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var problems = new List<DossierProblem>();
        var errors = new List<string>();
        var context = await LoadContextAsync(job, errors, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return Result(files, problems, errors);
        }

        var root = Folder(job, "checklists");
        foreach (var building in context.Buildings)
        {
            var merged = new List<MergedDocument>();
            var folder = Path.Combine(root, FileNames.Sanitize(building.Id));
            var vipRecords = await VipRecordsAsync(building, cancellationToken).ConfigureAwait(false);
            await foreach (var dossier in reader.StreamDossiersAsync(Data.Reading.UnitScope.Building(building.Id), cancellationToken).ConfigureAwait(false))
            {
                var model = ChecklistBuilder.Build(dossier, context.Company.Name, context.Community.Name, building, context.Catalog, vipRecords, job.AsOf, problems);
                if (model is null)
                {
                    continue;
                }

                var outcome = await WriteAsync(ChecklistKind, model, model.DocumentId, folder, job, new RegisterFacts(dossier.Unit.Id, Period(job.AsOf)), files, errors, cancellationToken).ConfigureAwait(false);
                if (outcome.Document is not null && outcome.Succeeded)
                {
                    merged.Add(new MergedDocument(outcome.Document, $"{building.Name} {model.UnitLabel} {model.Owner}"));
                }
            }

            if (merged.Count > 0 && job.Formats.Contains("pdf", StringComparer.Ordinal))
            {
                var id = $"DQD-{DossierTexts.Compact(job.AsOf)}-{building.Id}";
                var info = new DocumentInfo($"{context.Community.Name}{building.Name}业户档案清单", "zh-CN", id, job.AsOf)
                {
                    Author = context.Company.Name,
                    Subject = $"{context.Community.Name} {building.Name} 档案清单（{merged.Count}户）",
                };
                using var buffer = new MemoryStream();
                try
                {
                    ((PdfDocumentWriter)renderer.Writer("pdf")).WriteMerged(merged, info, buffer, cancellationToken);
                }
                catch (PdfLayoutException ex)
                {
                    errors.Add($"{id}: error: the merged print file was not written: {ex.Message}");
                    continue;
                }

                var path = Path.Combine(root, $"{FileNames.ForDocument(ChecklistKind, id)}-print.pdf");
                await AtomicFile.WriteAsync(path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
                files.Add(path);
            }
        }

        return Result(files, problems, errors);
    }

    /// <summary>The VIP owners' records of a building by owner id (R-DOS-6).</summary>
    private async Task<IReadOnlyDictionary<string, VipDetails>> VipRecordsAsync(Building building, CancellationToken cancellationToken) =>
        DossierTexts.LatestVipRecords(await reader.GetVipDetailsAsync(Data.Reading.UnitScope.Building(building.Id), cancellationToken).ConfigureAwait(false));
}
