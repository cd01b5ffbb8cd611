namespace ReportingEngine.Data.Schema;

/// <summary>One column of the data contract, shared by the schema scripts, the CSV import and the generator.</summary>
public sealed record ColumnSpec
{
    /// <summary>Column name (also the CSV header).</summary>
    public required string Name { get; init; }

    /// <summary>Logical type.</summary>
    public required ColumnType Type { get; init; }

    /// <summary>False when the value may be empty (NULL).</summary>
    public bool Required { get; init; } = true;

    /// <summary>Maximum length for text, id and code columns.</summary>
    public int MaxLength { get; init; } = 64;

    /// <summary>Inclusive minimum for integers.</summary>
    public int Min { get; init; } = int.MinValue;

    /// <summary>Inclusive maximum for integers.</summary>
    public int Max { get; init; } = int.MaxValue;

    /// <summary>For quantities: the value must be strictly positive (e.g. building area).</summary>
    public bool Positive { get; init; }

    /// <summary>Referenced table for foreign keys (its <c>id</c> column).</summary>
    public string? References { get; init; }

    /// <summary>Allowed codes for <see cref="ColumnType.Code"/> columns.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>Create an index on this column.</summary>
    public bool Indexed { get; init; }
}
