namespace ReportingEngine.Generation.Collection;

/// <summary>What to generate for lawyer letters and collection lists: one community as of a day, in some formats.</summary>
public sealed record CollectionRequest
{
    /// <summary>The community id (e.g. C01).</summary>
    public required string CommunityId { get; init; }

    /// <summary>The day the ladder and the limitation clock are evaluated; also the documents' date. Never the clock.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Formats to write: <c>pdf</c>, <c>docx</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["pdf", "docx"];
}
