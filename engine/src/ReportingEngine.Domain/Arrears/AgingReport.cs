namespace ReportingEngine.Domain.Arrears;

/// <summary>Arrears by age (R-FEE-3): amount per bucket, plus what is owed but not yet due.</summary>
/// <param name="Amounts">Amount per bucket, every bucket present, in bucket order.</param>
/// <param name="NotYetDue">Owed on periods whose due date has not passed (not arrears yet).</param>
public sealed record AgingReport(IReadOnlyDictionary<AgingBucket, decimal> Amounts, decimal NotYetDue)
{
    /// <summary>All overdue amounts.</summary>
    public decimal Overdue => Amounts.Values.Sum();

    /// <summary>The bucket's label as printed: 0–1个月 … 12个月以上.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The label.</returns>
    public static string Label(AgingBucket bucket) => bucket switch
    {
        AgingBucket.UpToOneMonth => "0–1个月",
        AgingBucket.OneToTwoMonths => "1–2个月",
        AgingBucket.TwoToThreeMonths => "2–3个月",
        AgingBucket.ThreeToSixMonths => "3–6个月",
        AgingBucket.SixToTwelveMonths => "6–12个月",
        _ => "12个月以上",
    };
}
