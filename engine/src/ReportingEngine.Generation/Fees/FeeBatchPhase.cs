namespace ReportingEngine.Generation.Fees;

/// <summary>Where a fee batch spends its time (summed over parallel chunks), for profiling and the benchmark.</summary>
public enum FeeBatchPhase
{
    /// <summary>Reading a building's units, bills, payments and deliveries and composing the models.</summary>
    Load,

    /// <summary>Canonical JSON and SHA-256 of each model (the register's data hash).</summary>
    DataHash,

    /// <summary>Register lookups and re-hashing files on disk to decide what is already done.</summary>
    UpToDateCheck,

    /// <summary>Template → markup → document model → conformance, per notice.</summary>
    Build,

    /// <summary>Laying out and writing each notice's PDF.</summary>
    Pdf,

    /// <summary>Writing each notice's DOCX.</summary>
    Docx,

    /// <summary>SHA-256 of the files and writing them to disk (temp + rename).</summary>
    Files,

    /// <summary>The building's merged print PDF.</summary>
    Print,

    /// <summary>The building's delivery receipt sheet (PDF and DOCX).</summary>
    Receipts,

    /// <summary>Waiting for register transactions to commit and for the building's files to reach the disk.</summary>
    Commit,
}
