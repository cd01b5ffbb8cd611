using System.Globalization;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.AuditPacks.Models;

namespace ReportingEngine.Generation.AuditPacks;

public sealed partial class AuditPacks
{
    /// <summary>
    /// Section 4: receivable, received and arrears per building and month of the range (R-FEE-3, <see cref="FeeReports"/>), the
    /// collection rate, and the aging of everything overdue on the as-of day (<see cref="ArrearsAging"/>), with a bar chart.
    /// </summary>
    private static AuditSectionModel Fees(AuditPackContext context, int number, IReadOnlyList<AuditLedgerUnit> ledger)
    {
        var title = $"{AuditTexts.Ordinal(number)}、收费情况";
        const string rules = "R-FEE-3、R-FEE-4";
        var first = BillingPeriod.Of(context.From);
        var last = BillingPeriod.Of(context.To);
        var ranged = ledger
            .Select(u => new UnitAccount(context.Community.Id, u.Listing.Building.Id, u.Statement with { Periods = [.. u.Statement.Periods.Where(p => p.Period >= first && p.Period <= last)] }))
            .ToList();
        var total = FeeReports.Total(ranged);
        if (total.Receivable == 0 && total.Received == 0)
        {
            return Section(context, title, rules, [$"本期（{first}至{last}）无收费账单。"], []);
        }

        var buildings = FeeReports.Collection(ranged, FeeReportLevel.Building);
        var months = FeeReports.Collection(ranged, FeeReportLevel.CommunityMonth);
        var aging = ArrearsAging.Of(ledger.Select(u => u.Statement));
        string[] header = ["应收（元）", "实收（元）", "欠费（元）", "收缴率"];
        string[] align = ["left", "right", "right", "right", "right"];
        var buildingRows = buildings
            .Select(r => Figures(context.BuildingName(r.BuildingId ?? ""), r.Figures))
            .Append(Figures("合计", total, true))
            .ToList();
        var monthRows = months
            .Select(r => Figures(r.Period?.ToString() ?? "", r.Figures))
            .Append(Figures("合计", total, true))
            .ToList();
        var buckets = Enum.GetValues<AgingBucket>().ToList();
        var agingRows = buckets
            .Select(b => new AuditRow([AgingReport.Label(b), AuditTexts.Money(aging.Amounts[b]), aging.Overdue == 0 ? "—" : AuditTexts.Percent(aging.Amounts[b] * 100m / aging.Overdue)]))
            .Append(new AuditRow(["逾期合计", AuditTexts.Money(aging.Overdue), aging.Overdue == 0 ? "—" : "100.0%"], true))
            .ToList();
        var monthChart = new AuditChart(
            "各月应收与实收（元）",
            [.. months.Select(m => m.Period?.ToString() ?? "")],
            [
                new AuditSeries("应收", [.. months.Select(m => Value(m.Figures.Receivable))]),
                new AuditSeries("实收", [.. months.Select(m => Value(m.Figures.Received))]),
            ],
            AuditTexts.AxisMax(months.Count == 0 ? 0 : months.Max(m => Math.Max(m.Figures.Receivable, m.Figures.Received))));
        var agingChart = new AuditChart(
            "逾期欠费账龄（元）",
            [.. buckets.Select(AgingReport.Label)],
            [new AuditSeries("欠费", [.. buckets.Select(b => Value(aging.Amounts[b]))])],
            AuditTexts.AxisMax(buckets.Max(b => aging.Amounts[b])));
        var summary = $"统计期间（{first}至{last}账期）应收{AuditTexts.Money(total.Receivable)}元，实收{AuditTexts.Money(total.Received)}元，欠费{AuditTexts.Money(total.Arrears)}元，收缴率{AuditTexts.Percent(total.CollectionRatePercent)}。截至{AuditTexts.Cn(context.AsOf)}全部逾期欠费{AuditTexts.Money(aging.Overdue)}元，未到期{AuditTexts.Money(aging.NotYetDue)}元。";
        return Section(context, title, rules, [summary],
        [
            new AuditPart { Heading = "（一）按楼栋", Table = new AuditTable("4,3,3,3,2", ["楼栋", .. header], align, buildingRows) },
            new AuditPart { Heading = "（二）按月份", Chart = monthChart, Table = new AuditTable("4,3,3,3,2", ["账期", .. header], align, monthRows) },
            new AuditPart
            {
                Heading = "（三）欠费账龄",
                Chart = agingChart,
                Table = new AuditTable("4,4,3", ["账龄", "金额（元）", "占比"], ["left", "right", "right"], agingRows),
                Notes = ["注：收缴率 = 实收 ÷ 应收（本期账单）；账龄按截至统计日的全部逾期欠费（含以前年度）自应缴日起计算。"],
            },
        ]);
    }

    private static AuditRow Figures(string name, FeeFigures figures, bool total = false) =>
        new([name, AuditTexts.Money(figures.Receivable), AuditTexts.Money(figures.Received), AuditTexts.Money(figures.Arrears), AuditTexts.Percent(figures.CollectionRatePercent)], total);

    private static string Value(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
