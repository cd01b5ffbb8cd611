using System.Globalization;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Domain.Arrears;

/// <summary>Builds the facts of a reminder call (R-COL-1 step 2).</summary>
public static class PhoneScript
{
    /// <summary>The call facts for one assessed unit, or null when nothing past due may be demanded.</summary>
    /// <param name="assessment">The unit's ladder assessment (its demandable periods are stated).</param>
    /// <param name="lines">Bill lines of the unit's bills (other bills' lines are ignored).</param>
    /// <param name="feeItems">Fee items, for their names.</param>
    /// <param name="ownerName">The owner addressed.</param>
    /// <param name="serviceCenter">The caller's unit, e.g. 翠湖花园物业服务中心.</param>
    /// <param name="staffName">The caller's name.</param>
    /// <param name="options">Ladder settings (deadline days), the default when null.</param>
    /// <returns>The facts.</returns>
    /// <remarks>
    /// A partly paid bill's payments are taken off its lines in line order (first lines first), so each item shows
    /// what is really still owed. A bill without lines (carried arrears) is stated as 往期欠费.
    /// </remarks>
    public static PhoneScriptFacts? Compose(
        StageAssessment assessment,
        IEnumerable<BillLine> lines,
        IEnumerable<FeeItem> feeItems,
        string ownerName,
        string serviceCenter,
        string staffName,
        CollectionLadderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(feeItems);
        options = CollectionLadderOptions.Checked(options);
        var periods = assessment.DemandablePeriods.Where(p => p.IsOverdueOn(assessment.AsOf)).ToList();
        if (periods.Count == 0)
        {
            return null;
        }

        var names = feeItems.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var linesByBill = lines.GroupBy(l => l.BillId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var owed = new List<(string Name, Common.BillingPeriod Period, decimal Amount)>();
        foreach (var period in periods)
        {
            var paidLeft = period.Paid;
            if (!linesByBill.TryGetValue(period.BillId, out var billLines) || billLines.Sum(l => l.Amount) != period.Billed)
            {
                owed.Add(("往期欠费", period.Period, period.Outstanding));
                continue;
            }

            foreach (var line in billLines)
            {
                var covered = Math.Min(paidLeft, line.Amount);
                paidLeft -= covered;
                if (line.Amount - covered > 0)
                {
                    var name = names.TryGetValue(line.FeeItemId, out var itemName) ? itemName : line.Description;
                    owed.Add((name, period.Period, line.Amount - covered));
                }
            }
        }

        var items = owed
            .GroupBy(o => o.Name, StringComparer.Ordinal)
            .Select(g => new ArrearsItem(g.Key, g.Min(o => o.Period), g.Max(o => o.Period), g.Sum(o => o.Amount)))
            .ToList();
        return new PhoneScriptFacts(
            assessment.UnitId,
            assessment.UnitLabel,
            ownerName,
            string.Create(CultureInfo.InvariantCulture, $"{ownerName}您好"),
            $"我是{serviceCenter}的{staffName}",
            items,
            periods[0].Period,
            periods[^1].Period,
            periods.Sum(p => p.Outstanding),
            assessment.AsOf.AddDays(options.PhoneDeadlineDays),
            "感谢您的支持与配合，再见");
    }
}
