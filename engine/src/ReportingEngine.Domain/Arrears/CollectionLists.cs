namespace ReportingEngine.Domain.Arrears;

/// <summary>催缴清单 — the units at each ladder stage, for the phone, visit and litigation lists (R-COL-1).</summary>
public static class CollectionLists
{
    /// <summary>Groups assessments by stage, keeping the given (delivery) order inside each stage.</summary>
    /// <param name="assessments">Ladder assessments in delivery order.</param>
    /// <returns>Every stage, each with its units (possibly none).</returns>
    public static IReadOnlyDictionary<CollectionStage, IReadOnlyList<StageAssessment>> ByStage(IEnumerable<StageAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var lists = Enum.GetValues<CollectionStage>().ToDictionary(s => s, _ => new List<StageAssessment>());
        foreach (var assessment in assessments)
        {
            lists[assessment.Stage].Add(assessment);
        }

        return lists.ToDictionary(p => p.Key, p => (IReadOnlyList<StageAssessment>)p.Value);
    }
}
