using System.Globalization;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf;
using ReportingEngine.Domain.Satisfaction.Forms;
using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Surveys;

public sealed partial class SurveyDocuments
{
    /// <summary>
    /// Writes the pre-filled 业户评议表 of every sampled household (R-SAT-1, R-SAT-2): per community one print PDF with a
    /// bookmark per household and one DOCX with a page break between households, both in visit-list order.
    /// </summary>
    /// <remarks>
    /// A print room prints a community's forms in one job, in the order the visitor walks (the visit list), and
    /// hands out the stack; hundreds of single-household files would have to be opened and sorted by hand. The PDF
    /// restarts page numbers per household and its bookmarks (<c>001 1栋1单元3-02</c>) find one form to reprint;
    /// the DOCX is the same stack for offices that edit or print from Word.
    /// </remarks>
    /// <param name="request">Quarter, community or all, seed, formats.</param>
    /// <param name="outputFolder">Folder the files go to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Files written and problems.</returns>
    public async Task<SurveyRun> GenerateFormsAsync(SurveyRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (estates, loadProblems) = await LoadAsync(request.CommunityId, cancellationToken).ConfigureAwait(false);
        if (register is not null)
        {
            await register.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }

        var files = new List<string>();
        var problems = new List<string>(loadProblems);
        var notes = new List<string>();
        foreach (var estate in estates)
        {
            var plan = Plan(estate, request, cancellationToken);
            notes.AddRange(plan.Diagnostics.Select(d => d.ToString()));
            var models = FormModels(estate, plan.Quarter, Questionnaires.ForPlan(estate.Community, plan));
            if (models.Count == 0)
            {
                notes.Add(SurveyMessages.NoHouseholds(estate.Community.Id, plan.Quarter.ToString()));
                continue;
            }

            var documents = new List<MergedDocument>(models.Count);
            foreach (var model in models)
            {
                var outcome = renderer.BuildDocument(FormKind, model, cancellationToken);
                if (!outcome.Succeeded)
                {
                    problems.AddRange(outcome.Problems.Select(p => SurveyMessages.RenderFailed(model.DocumentId, p)));
                    continue;
                }

                documents.Add(new MergedDocument(outcome.Document!, $"{model.SerialNumber} {model.Address}"));
            }

            if (documents.Count != models.Count)
            {
                continue;
            }

            var id = $"SF-{estate.Community.Id}-{plan.Quarter}";
            var info = new DocumentInfo($"{estate.Community.Name}{SurveyFormat.QuarterLabel(plan.Quarter)}业户评议表", "zh-CN", id, plan.Quarter.FirstDay)
            {
                Author = estate.Company.Name,
                Subject = string.Create(CultureInfo.InvariantCulture, $"{estate.Community.Name} {plan.Quarter} {documents.Count}户"),
            };
            var rendered = new List<(string Format, byte[] Content)>(request.Formats.Count);
            foreach (var format in request.Formats)
            {
                using var buffer = new MemoryStream();
                if (string.Equals(format, "pdf", StringComparison.Ordinal))
                {
                    ((PdfDocumentWriter)renderer.Writer("pdf")).WriteMerged(documents, info, buffer, cancellationToken);
                }
                else
                {
                    renderer.Writer(format).Write(Combine(documents, info), buffer, cancellationToken);
                }

                rendered.Add((format, buffer.ToArray()));
            }

            files.AddRange(await WriteAndRecordAsync(
                FormKind,
                id,
                estate.Community.Id,
                plan.Quarter.ToString(),
                renderer.TemplateVersion(FormKind, cancellationToken),
                models,
                rendered,
                outputFolder,
                cancellationToken).ConfigureAwait(false));
        }

        return new SurveyRun { Files = files, Problems = problems, Notes = notes };
    }

    /// <summary>The form models of one community's plan, in visit-list order.</summary>
    internal static List<SurveyFormModel> FormModels(CommunityEstate estate, Domain.Common.SurveyQuarter quarter, IReadOnlyList<HouseholdForm> forms) =>
        [.. forms.Select(f => SurveyModels.Form(estate.Company, estate.Community, f, quarter))];

    /// <summary>
    /// One document holding every household's form: each form's body after a bookmark, a page break between forms.
    /// Every form conformed on its own, and header, footer and profile are the community's, the same for all.
    /// </summary>
    internal static Document Combine(IReadOnlyList<MergedDocument> documents, DocumentInfo info)
    {
        var body = new List<Block>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (i > 0)
            {
                body.Add(new PageBreak());
            }

            body.Add(new Bookmark(string.Create(CultureInfo.InvariantCulture, $"form-{i + 1:000}"), documents[i].OutlineTitle, 1));
            body.AddRange(documents[i].Document.Body);
        }

        return documents[0].Document with { Info = info, Body = body };
    }
}
