namespace ReportingEngine.Documents.Pdf;

/// <summary>How page fields (第 X 页 共 Y 页) count in a merged file.</summary>
public enum MergedPageNumbering
{
    /// <summary>Every document counts its own pages from 1 (print files of separate notices).</summary>
    RestartPerDocument = 0,

    /// <summary>The pages of the whole file are counted 1…N across the documents (an audit pack).</summary>
    Continuous = 1,
}
