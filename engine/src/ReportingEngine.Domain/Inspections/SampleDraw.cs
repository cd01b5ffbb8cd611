namespace ReportingEngine.Domain.Inspections;

/// <summary>A drawn sample: the seed it came from (printed on the record so it can be redrawn), the population and the chosen dossiers in delivery order.</summary>
/// <param name="Seed">The seed.</param>
/// <param name="Population">Dossiers the sample was drawn from.</param>
/// <param name="Selected">Chosen dossiers, in the order they were given (delivery order).</param>
public sealed record SampleDraw(ulong Seed, int Population, IReadOnlyList<SampleCandidate> Selected);
