namespace ReportingEngine.Templating;

/// <summary>
/// A markup fragment the engine itself produced (for example a chart element built from data series),
/// which a template prints without XML escaping.
/// </summary>
/// <remarks>
/// This is the only way around the escaping of interpolated values. Build it only from markup the engine
/// generates and has escaped itself — never from a data string (an owner name, an address, a remark).
/// Inside a template, any string operation on it (<c>+</c>, <c>string.*</c>) turns it back into plain text,
/// which is escaped again when printed.
/// </remarks>
public sealed class RawMarkup
{
    /// <summary>Wraps trusted markup.</summary>
    /// <param name="markup">Well-formed markup; printed as is.</param>
    public RawMarkup(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        Markup = markup;
    }

    /// <summary>The markup text.</summary>
    public string Markup { get; }

    /// <summary>Returns the markup text.</summary>
    public override string ToString() => Markup;
}
