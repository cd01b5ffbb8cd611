namespace ReportingEngine.Generation.Fees;

/// <summary>What a fee-notice batch did.</summary>
public sealed record FeeBatchResult
{
    /// <summary>Buildings (chunks) processed.</summary>
    public required int Buildings { get; init; }

    /// <summary>Units with a bill for the period: one notice each.</summary>
    public required int UnitsBilled { get; init; }

    /// <summary>Units in scope without a bill for the period (no notice).</summary>
    public required int UnitsWithoutBill { get; init; }

    /// <summary>Notices (PDF + DOCX) written in this run.</summary>
    public required int NoticesWritten { get; init; }

    /// <summary>Notices already generated from the same data and template, left as they were.</summary>
    public required int NoticesUpToDate { get; init; }

    /// <summary>Building files (merged print PDFs, receipt sheets) written in this run.</summary>
    public required int BuildingFilesWritten { get; init; }

    /// <summary>Files written in this run, in total.</summary>
    public required int FilesWritten { get; init; }

    /// <summary>Problems with their places (unit id, template position); empty on success.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>Time spent per phase, summed over the parallel chunks (profiling; not part of any guarantee).</summary>
    public IReadOnlyDictionary<FeeBatchPhase, TimeSpan> Phases { get; init; } = new Dictionary<FeeBatchPhase, TimeSpan>();

    /// <summary>True when every notice of the scope exists and is registered.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>True when the run changed nothing: a finished batch re-run.</summary>
    public bool NothingNew => Succeeded && FilesWritten == 0;
}
