namespace ReportingEngine.Templating;

/// <summary>
/// Renders a document kind's Scriban template (<c>templates/&lt;kind&gt;/template.sbn</c>) with a model into
/// document markup, inside a sandbox.
/// </summary>
public interface ITemplateRenderer
{
    /// <summary>
    /// Reads and parses a kind's template folder once: its version (SHA-256 of the folder), every
    /// <c>.sbn</c> file parsed, all parse errors collected. Later calls return the same snapshot.
    /// </summary>
    /// <param name="kind">Folder name under the templates root, e.g. <c>fee-notice</c>.</param>
    /// <param name="cancellationToken">Stops reading the folder.</param>
    /// <returns>The snapshot; check <see cref="TemplateSet.IsValid"/> and <see cref="TemplateSet.Diagnostics"/>.</returns>
    TemplateSet LoadKind(string kind, CancellationToken cancellationToken);

    /// <summary>Renders a loaded template with a model.</summary>
    /// <param name="templateSet">A snapshot from <see cref="LoadKind"/>.</param>
    /// <param name="model">A record/POCO, a dictionary, or a <c>System.Text.Json</c> element/document/node.</param>
    /// <param name="cancellationToken">Stops the render; the caller's cancellation surfaces as <see cref="OperationCanceledException"/>.</param>
    /// <returns>The markup, or diagnostics with places; template and model errors never throw.</returns>
    RenderResult Render(TemplateSet templateSet, object? model, CancellationToken cancellationToken);

    /// <summary>Loads (once) and renders a kind's template with a model.</summary>
    /// <param name="kind">Folder name under the templates root.</param>
    /// <param name="model">A record/POCO, a dictionary, or a <c>System.Text.Json</c> element/document/node.</param>
    /// <param name="cancellationToken">Stops the render; the caller's cancellation surfaces as <see cref="OperationCanceledException"/>.</param>
    /// <returns>The markup, or diagnostics with places.</returns>
    RenderResult Render(string kind, object? model, CancellationToken cancellationToken);
}
