namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>How the overall score combines the category scores (R-SAT-4).</summary>
public enum OverallWeighting
{
    /// <summary>
    /// Default: the mean of the category scores, each category counting once — the report shows six category bars
    /// and the overall is their plain average, as the surveyor's reports in seed 003 present it.
    /// </summary>
    EqualCategories,

    /// <summary>
    /// Each category weighted by its number of scored items (7, 6, 6, 2, 3, 1 when all are answered): the same as the
    /// mean of all scored item scores, so daily management weighs seven times brand recognition.
    /// </summary>
    ByItemCount,
}
