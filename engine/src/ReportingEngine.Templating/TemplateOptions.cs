namespace ReportingEngine.Templating;

/// <summary>
/// Where templates live and the sandbox limits every render runs under.
/// </summary>
/// <remarks>
/// Built once per engine and validated by <see cref="Validate"/> when the engine is created, so a bad
/// limit is a start-up error, never a surprise in the middle of a monthly batch.
/// </remarks>
public sealed record TemplateOptions
{
    /// <summary>The defaults: <c>templates</c> under the current directory, limits as documented on each property.</summary>
    public static TemplateOptions Default { get; } = new();

    /// <summary>Folder that holds one sub-folder per document kind (<c>templates/&lt;kind&gt;/template.sbn</c>).</summary>
    public string TemplatesRoot { get; init; } = "templates";

    /// <summary>
    /// How <see cref="TemplatesRoot"/> is named in diagnostics, relative to the repository root
    /// (default <c>templates</c>, giving <c>templates/fee-notice/template.sbn(12,5): error: …</c>).
    /// </summary>
    public string DiagnosticRoot { get; init; } = "templates";

    /// <summary>Cumulative loop iterations allowed in one render (Scriban <c>LoopLimit</c>). Default 10,000.</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>Deepest nesting of function calls and includes (Scriban <c>RecursiveLimit</c>). Default 64.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Largest string one conversion may build, in UTF-16 characters (Scriban <c>LimitToString</c>). Default 8 Mi.</summary>
    public int LimitToString { get; init; } = 8 * 1024 * 1024;

    /// <summary>Largest markup one render may produce, in UTF-16 characters. Default 8 Mi.</summary>
    public int OutputLimit { get; init; } = 8 * 1024 * 1024;

    /// <summary>Wall-clock budget of one render, measured with the engine's <see cref="TimeProvider"/>. Default 10 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deepest nesting of objects and lists accepted in a model. Default 32.</summary>
    public int ModelDepthLimit { get; init; } = 32;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option that is out of range.</summary>
    /// <exception cref="ArgumentException">An option is empty, zero or negative.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(TemplatesRoot))
        {
            throw new ArgumentException("TemplatesRoot must name a folder.", nameof(TemplatesRoot));
        }

        if (DiagnosticRoot is null)
        {
            throw new ArgumentException("DiagnosticRoot must not be null.", nameof(DiagnosticRoot));
        }

        RequirePositive(LoopLimit, nameof(LoopLimit));
        RequirePositive(RecursiveLimit, nameof(RecursiveLimit));
        RequirePositive(LimitToString, nameof(LimitToString));
        RequirePositive(OutputLimit, nameof(OutputLimit));
        RequirePositive(ModelDepthLimit, nameof(ModelDepthLimit));
        if (Timeout <= TimeSpan.Zero || Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("Timeout must be a positive, finite duration.", nameof(Timeout));
        }
    }

    private static void RequirePositive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentException($"{name} must be greater than zero; a sandbox limit cannot be switched off.", name);
        }
    }
}
