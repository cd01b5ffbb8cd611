namespace ReportingEngine.Generation.Collection;

/// <summary>The outcome of a collection generation: files written, problems that stopped a document, notes about the data.</summary>
public sealed record CollectionRun
{
    /// <summary>Paths of the files written, in order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Problems with their places (record key or template position); a document with a problem was not written.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Data notes by record key (ledger issues, deliveries that do not count, visits that could not be planned).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Documents written (a document is one PDF and/or one DOCX).</summary>
    public int Documents { get; init; }

    /// <summary>True when nothing went wrong.</summary>
    public bool Succeeded => Problems.Count == 0;
}
