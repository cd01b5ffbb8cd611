using ReportingEngine.Templating.Diagnostics;
using ReportingEngine.Templating.Model;
using ReportingEngine.Templating.Runtime;
using Scriban.Syntax;

namespace ReportingEngine.Templating;

/// <summary>Rendering: model conversion, the sandboxed context, the deadline and error translation.</summary>
public sealed partial class TemplateEngine
{
    /// <inheritdoc />
    public RenderResult Render(TemplateSet templateSet, object? model, CancellationToken cancellationToken)
    {
        var template = templateSet;
        ArgumentNullException.ThrowIfNull(templateSet);
        cancellationToken.ThrowIfCancellationRequested();
        var main = template.MainTemplate;
        if (!template.IsValid || main is null)
        {
            return RenderResult.Failure(template.Kind, template.Version, template.Diagnostics);
        }

        Scriban.Runtime.ScriptObject globals;
        try
        {
            globals = new ModelConverter(_options.ModelDepthLimit, _reservedNames).ConvertRoot(model);
        }
        catch (ModelConversionException ex)
        {
            var place = ex.MemberPath.Length == 0 ? "model" : "model." + ex.MemberPath;
            return RenderResult.Failure(template.Kind, template.Version, [new TemplateDiagnostic(place, 0, 0, ex.Message)]);
        }

        using var deadline = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var context = new SandboxedTemplateContext(_builtins, template, _options, linked.Token);
        context.PushGlobal(globals);
        var mainPath = main.SourceFilePath ?? template.DisplayFolder;
        try
        {
            var markup = main.Render(context);
            return RenderResult.Success(template.Kind, template.Version, markup);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ScriptAbortException ex)
        {
            return Fail(template, DiagnosticFactory.At(ex.Span, mainPath, TemplateMessages.TimedOut(_options.Timeout)));
        }
        catch (OperationCanceledException)
        {
            // A built-in (a regex) noticed the deadline before the next node did.
            return Fail(template, DiagnosticFactory.At(context.CurrentSpan, mainPath, TemplateMessages.TimedOut(_options.Timeout)));
        }
        catch (ScriptRuntimeException ex)
        {
            return Fail(template, DiagnosticFactory.At(ex.Span, mainPath, Translate(ex.OriginalMessage)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            // Template errors never escape as exceptions (R: diagnostics with a place); this is the last net
            // for a built-in that threw something other than a ScriptRuntimeException.
            return Fail(template, DiagnosticFactory.At(context.CurrentSpan, mainPath, TemplateMessages.UnexpectedError(ex.Message)));
        }
    }

    private static RenderResult Fail(TemplateSet template, TemplateDiagnostic diagnostic) =>
        RenderResult.Failure(template.Kind, template.Version, [diagnostic]);

    // Scriban's limit messages name its own properties; authors see the product's limits instead.
    private string Translate(string message)
    {
        if (message.Contains("LoopLimit", StringComparison.Ordinal) || message.Contains("iteration limit", StringComparison.Ordinal))
        {
            return TemplateMessages.LoopLimit(_options.LoopLimit);
        }

        if (message.Contains("recursive depth limit", StringComparison.OrdinalIgnoreCase))
        {
            return TemplateMessages.RecursionLimit(_options.RecursiveLimit);
        }

        if (message.Contains("OutputLimit", StringComparison.Ordinal))
        {
            return TemplateMessages.OutputLimit(_options.OutputLimit);
        }

        if (message.Contains("LimitToString", StringComparison.Ordinal))
        {
            return TemplateMessages.StringLimit(_options.LimitToString);
        }

        return message;
    }
}
