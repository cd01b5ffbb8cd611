using System.Collections.Concurrent;
using ReportingEngine.Documents.Conformance;
using ReportingEngine.Documents.Docx;
using ReportingEngine.Documents.Markup;
using ReportingEngine.Documents.Pdf;
using ReportingEngine.Documents.Profiles;
using ReportingEngine.Documents.Writing;
using ReportingEngine.Generation.Templates;
using ReportingEngine.Templating;

namespace ReportingEngine.Generation.Rendering;

/// <summary>
/// The pipeline of DESIGN.md for one document: template + model → markup → document model →
/// conformance check against the kind's profile → DOCX/PDF bytes. A non-conforming document is never written.
/// </summary>
/// <remarks>
/// Thread-safe: template folders and profiles are loaded once per kind and shared by parallel renders.
/// Problems are returned as values with their places, never thrown (cancellation excepted).
/// </remarks>
public sealed class DocumentRenderer
{
    private readonly RepositoryLayout layout;
    private readonly TemplateEngine engine;
    private readonly ConcurrentDictionary<string, Lazy<KindTemplates>> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IDocumentWriter> writers;

    /// <summary>Creates a renderer over the templates of <paramref name="layout"/>.</summary>
    public DocumentRenderer(RepositoryLayout layout, TemplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        this.layout = layout;
        engine = new TemplateEngine((options ?? TemplateOptions.Default) with
        {
            TemplatesRoot = layout.TemplatesRoot,
            DiagnosticRoot = "templates",
        });
        writers = new Dictionary<string, IDocumentWriter>(StringComparer.Ordinal)
        {
            ["pdf"] = new PdfDocumentWriter(),
            ["docx"] = new DocxDocumentWriter(),
        };
    }

    /// <summary>The formats this renderer writes.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["pdf", "docx"];

    /// <summary>Document kinds: folders under <c>templates/</c> holding a <c>template.sbn</c>.</summary>
    public IReadOnlyList<string> Kinds() =>
        [.. Directory.EnumerateDirectories(layout.TemplatesRoot)
            .Where(d => File.Exists(Path.Combine(d, "template.sbn")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>The template version (folder hash) of <paramref name="kind"/>.</summary>
    public string TemplateVersion(string kind, CancellationToken cancellationToken) => Load(kind, cancellationToken).Templates.Version;

    /// <summary>Renders one document of <paramref name="kind"/> from <paramref name="model"/> into the asked formats.</summary>
    /// <param name="kind">Template folder name.</param>
    /// <param name="model">A record, dictionary or JSON element (see docs/templating.md).</param>
    /// <param name="formats">Any of <see cref="Formats"/>.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    public RenderOutcome Render(string kind, object? model, IReadOnlyList<string> formats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var unknown = formats.Where(f => !writers.ContainsKey(f)).ToList();
        if (unknown.Count > 0)
        {
            return Failed(kind, null, [GenerationMessages.UnknownFormats(unknown)]);
        }

        var built = BuildDocument(kind, model, cancellationToken);
        if (!built.Succeeded)
        {
            return built;
        }

        var files = new List<RenderedFile>(formats.Count);
        foreach (var format in formats)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var buffer = new MemoryStream();
            try
            {
                writers[format].Write(built.Document!, buffer, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return built with { Problems = [GenerationMessages.WriterFailed(kind, format, ex)] };
            }

            files.Add(new RenderedFile(format, buffer.ToArray()));
        }

        return built with { Files = files };
    }

    /// <summary>Template → markup → model → conformance, without writing files.</summary>
    public RenderOutcome BuildDocument(string kind, object? model, CancellationToken cancellationToken)
    {
        var templates = Load(kind, cancellationToken);
        if (!templates.IsUsable)
        {
            return Failed(kind, templates.Templates.Version, templates.Problems);
        }

        var rendered = engine.Render(templates.Templates, model, cancellationToken);
        if (!rendered.Succeeded)
        {
            return Failed(kind, templates.Templates.Version, [.. rendered.Diagnostics.Select(d => d.ToString())]);
        }

        var markupName = $"templates/{kind}/template.sbn → markup";
        var parsed = MarkupParser.Parse(rendered.Markup!, markupName, templates.Profile!, templates.Resources, cancellationToken);
        if (parsed.HasErrors || parsed.Document is null)
        {
            return Failed(kind, templates.Templates.Version, [.. parsed.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())]) with
            {
                Markup = rendered.Markup,
            };
        }

        var violations = ConformanceChecker.Check(parsed.Document);
        if (violations.Count > 0)
        {
            return Failed(kind, templates.Templates.Version, [.. violations.Select(v => $"templates/{kind}: {v}")]) with
            {
                Markup = rendered.Markup,
            };
        }

        return new RenderOutcome
        {
            Kind = kind,
            TemplateVersion = templates.Templates.Version,
            Document = parsed.Document,
            Markup = rendered.Markup,
        };
    }

    /// <summary>Writes an already-built document in one format (merged print files, packs).</summary>
    public IDocumentWriter Writer(string format) => writers[format];

    private KindTemplates Load(string kind, CancellationToken cancellationToken) =>
        kinds.GetOrAdd(kind, k => new Lazy<KindTemplates>(() => LoadKind(k, cancellationToken))).Value;

    private KindTemplates LoadKind(string kind, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(layout.TemplatesRoot, kind);
        var resources = new CachedResourceResolver(new FolderResourceResolver(folder, layout.AssetsRoot));
        var templates = engine.LoadKind(kind, cancellationToken);
        var problems = templates.Diagnostics.Select(d => d.ToString()).ToList();
        DocumentProfile? profile = null;
        var profilePath = Path.Combine(folder, "profile.json");
        if (!File.Exists(profilePath))
        {
            problems.Add(GenerationMessages.MissingProfile(kind));
        }
        else
        {
            var loaded = ProfileLoader.Load(File.ReadAllText(profilePath), $"templates/{kind}/profile.json", kind);
            problems.AddRange(loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
            profile = loaded.Profile;
        }

        return new KindTemplates(templates, profile, problems, resources);
    }

    private static RenderOutcome Failed(string kind, string? version, IReadOnlyList<string> problems) =>
        new() { Kind = kind, TemplateVersion = version, Problems = problems };
}
