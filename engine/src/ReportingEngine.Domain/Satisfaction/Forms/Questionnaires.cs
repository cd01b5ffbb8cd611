using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction.Sampling;

namespace ReportingEngine.Domain.Satisfaction.Forms;

/// <summary>Builds the 业户评议表 from the item catalogue, blank or pre-filled per sampled household (R-SAT-1, R-SAT-2).</summary>
public static class Questionnaires
{
    /// <summary>The standard form: 6 categories, 25 items, five-level scale plus 不适用, praise and problem boxes.</summary>
    public static Questionnaire Standard { get; } = new(
        "业户评议表",
        "请在每一项对应的栏内打“√”；未使用过的服务请选“不适用”。感谢您对我们工作的支持！",
        SurveyCategories.All
            .Select((c, i) => new QuestionnaireSection(i + 1, c, SurveyCategories.Name(c), SurveyCategories.ItemsOf(c)))
            .ToList(),
        SatisfactionScale.Options,
        new FreeTextField("praise", "您对我们工作满意的地方", 3),
        new FreeTextField("problems", "您认为存在的问题及建议", 4));

    /// <summary>One pre-filled form per household of a sampling plan, in visit-list order.</summary>
    /// <param name="community">The surveyed community.</param>
    /// <param name="plan">The plan from <see cref="SurveySampler.Plan"/>.</param>
    /// <returns>The forms, serial numbers 1…n.</returns>
    public static IReadOnlyList<HouseholdForm> ForPlan(Community community, SamplingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Households
            .Select(h => ForHousehold(community, h.Building, h.Unit, plan.Quarter, h.Sequence))
            .ToList();
    }

    /// <summary>One pre-filled form for a household.</summary>
    /// <param name="community">Community.</param>
    /// <param name="building">The unit's building.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="quarter">Survey quarter.</param>
    /// <param name="serialNumber">Position in the visit list (1-based).</param>
    /// <returns>The form.</returns>
    public static HouseholdForm ForHousehold(Community community, Building building, Unit unit, Common.SurveyQuarter quarter, int serialNumber)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(building);
        ArgumentNullException.ThrowIfNull(unit);
        var header = new QuestionnaireHeader(serialNumber, community.Name, building.Name, unit.Entrance, unit.Label, unit.Id, quarter.ToString());
        return new HouseholdForm(header, Standard);
    }
}
