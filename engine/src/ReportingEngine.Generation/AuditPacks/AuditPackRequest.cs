namespace ReportingEngine.Generation.AuditPacks;

/// <summary>What an audit pack covers: one community, a date range (both days included) and the pack's date.</summary>
public sealed record AuditPackRequest
{
    /// <summary>Community id, e.g. <c>C01</c>.</summary>
    public required string CommunityId { get; init; }

    /// <summary>First day of the range.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day of the range.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Day the pack is dated and the data evaluated on; null means <see cref="To"/>. Never the clock.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Folder the pack's files go to.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Who generates it (register).</summary>
    public string GeneratedBy { get; init; } = "reporting";

    /// <summary>The day the pack is dated: <see cref="AsOf"/> or <see cref="To"/>.</summary>
    public DateOnly EffectiveAsOf => AsOf ?? To;

    /// <summary>Problems with the request itself, before any data is read (an inverted range, an as-of day before the range ends).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(CommunityId))
        {
            problems.Add(AuditPackMessages.NoCommunity);
        }

        if (From > To)
        {
            problems.Add(AuditPackMessages.RangeReversed(From, To));
        }

        if (AsOf is { } asOf && asOf < To)
        {
            problems.Add(AuditPackMessages.AsOfBeforeEnd(asOf, To));
        }

        if (string.IsNullOrWhiteSpace(OutputFolder))
        {
            problems.Add(AuditPackMessages.NoOutputFolder);
        }

        return problems;
    }
}
