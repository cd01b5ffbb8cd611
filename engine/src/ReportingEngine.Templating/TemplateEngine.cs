using System.Collections.Concurrent;
using ReportingEngine.Templating.Diagnostics;
using ReportingEngine.Templating.Loading;
using ReportingEngine.Templating.Runtime;
using Scriban.Runtime;

namespace ReportingEngine.Templating;

/// <summary>
/// The templating facade: loads <c>templates/&lt;kind&gt;/</c> once per engine, renders it with a model inside
/// the sandbox and reports every problem as a <see cref="TemplateDiagnostic"/>.
/// </summary>
/// <remarks>
/// Thread-safe: one engine serves a whole batch, rendering in parallel. A kind's folder is read on first use
/// and kept; create a new engine to pick up edited templates.
/// </remarks>
public sealed partial class TemplateEngine : ITemplateRenderer
{
    private readonly TemplateOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly TemplateFolderReader _reader;
    private readonly ScriptObject _builtins;
    private readonly IReadOnlySet<string> _reservedNames;
    private readonly ConcurrentDictionary<string, Lazy<TemplateSet>> _sets = new(StringComparer.Ordinal);

    /// <summary>Creates an engine; the options are validated here, once.</summary>
    /// <param name="options">Templates root and sandbox limits; <see cref="TemplateOptions.Default"/> when null.</param>
    /// <param name="timeProvider">Clock for the render deadline; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public TemplateEngine(TemplateOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? TemplateOptions.Default;
        _options.Validate();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _reader = new TemplateFolderReader(_options.TemplatesRoot, _options.DiagnosticRoot);
        _builtins = SandboxBuiltins.Create();
        _reservedNames = SandboxBuiltins.ReservedNames(_builtins);
    }

    /// <summary>The options this engine runs with.</summary>
    public TemplateOptions Options => _options;

    /// <inheritdoc />
    public TemplateSet LoadKind(string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        cancellationToken.ThrowIfCancellationRequested();
        if (!IsValidKind(kind))
        {
            return Invalid(kind, _reader.DisplayPath(kind), TemplateMessages.InvalidKind(kind));
        }

        if (!_reader.KindFolderExists(kind))
        {
            var displayFolder = _reader.DisplayPath(kind);
            return Invalid(kind, displayFolder, TemplateMessages.KindNotFound(displayFolder));
        }

        var lazy = _sets.GetOrAdd(kind, k => new Lazy<TemplateSet>(() => ReadSet(k, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    /// <inheritdoc />
    public RenderResult Render(string kind, object? model, CancellationToken cancellationToken) =>
        Render(LoadKind(kind, cancellationToken), model, cancellationToken);

    private TemplateSet ReadSet(string kind, CancellationToken cancellationToken)
    {
        var displayFolder = _reader.DisplayPath(kind);
        var snapshot = _reader.Read(kind, cancellationToken);
        var diagnostics = new List<TemplateDiagnostic>(snapshot.Diagnostics);
        var templates = new Dictionary<string, Scriban.Template>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in snapshot.Files)
        {
            if (!file.RelativePath.EndsWith(".sbn", StringComparison.Ordinal))
            {
                continue;
            }

            var displayPath = _reader.DisplayPath(file.RelativePath);
            string text;
            try
            {
                text = StrictUtf8.GetString(file.Content);
            }
            catch (System.Text.DecoderFallbackException)
            {
                diagnostics.Add(new TemplateDiagnostic(displayPath, 0, 0, TemplateMessages.NotUtf8));
                continue;
            }

            var template = Scriban.Template.Parse(text, displayPath, TemplateParsing.ParserOptions, TemplateParsing.LexerOptions);
            foreach (var message in template.Messages)
            {
                if (message.Type == Scriban.Parsing.ParserMessageType.Error)
                {
                    diagnostics.Add(DiagnosticFactory.At(message.Span, displayPath, message.Message));
                }
            }

            templates[file.RelativePath] = template;
            sources[file.RelativePath] = text;
        }

        if (!templates.ContainsKey(kind + "/" + TemplateSet.MainFileName))
        {
            diagnostics.Add(new TemplateDiagnostic(_reader.DisplayPath(kind + "/" + TemplateSet.MainFileName), 0, 0, TemplateMessages.MainTemplateMissing));
        }

        return new TemplateSet(kind, snapshot.Version, displayFolder, snapshot.Files.Select(f => f.RelativePath).ToArray(), templates, sources, diagnostics);
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static TemplateSet Invalid(string kind, string displayFolder, string message) =>
        new(kind, string.Empty, displayFolder, [], new Dictionary<string, Scriban.Template>(), new Dictionary<string, string>(),
            [new TemplateDiagnostic(displayFolder, 0, 0, message)]);

    // Kinds are folder names: lower-case ASCII letters, digits and '-', so a kind can never be a path.
    private static bool IsValidKind(string kind) =>
        kind.Length is > 0 and <= 64
        && kind[0] is (>= 'a' and <= 'z') or (>= '0' and <= '9')
        && kind.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
