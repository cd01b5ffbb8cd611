using System.Globalization;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction.Forms;
using ReportingEngine.Domain.Satisfaction.Sampling;
using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Surveys;

/// <summary>Turns the satisfaction rules' results into the models of the three survey templates (pure: values in, records out).</summary>
internal static partial class SurveyModels
{
    /// <summary>The visit list of a sampling plan (R-SAT-3).</summary>
    /// <param name="company">The managing company.</param>
    /// <param name="community">The community.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="contacts">How to address each unit's household, by unit id (may miss units).</param>
    /// <param name="minimumRate">The minimum rate the plan was drawn with.</param>
    public static SurveyPlanModel Plan(CompanyProfile company, Community community, SamplingPlan plan, IReadOnlyDictionary<string, string> contacts, decimal minimumRate)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(contacts);
        var quarterLabel = SurveyFormat.QuarterLabel(plan.Quarter);
        return new SurveyPlanModel
        {
            DocumentId = $"SP-{community.Id}-{plan.Quarter}",
            PlanDate = plan.Quarter.FirstDay,
            Title = $"{community.Name}{quarterLabel}业户满意度抽样走访表",
            CompanyName = company.Name,
            CommunityId = community.Id,
            CommunityName = community.Name,
            Quarter = plan.Quarter.ToString(),
            QuarterLabel = quarterLabel,
            Seed = "0x" + plan.Seed.ToString("X16", CultureInfo.InvariantCulture),
            Households = plan.HouseholdCount,
            Entrances = plan.Buildings.Sum(b => b.Entrances),
            MinimumRate = SurveyFormat.Percent(minimumRate).Replace(".0%", "%", StringComparison.Ordinal),
            MinimumSampleSize = plan.MinimumSampleSize,
            SampleSize = plan.SampleSize,
            SampleRate = SurveyFormat.Percent(plan.HouseholdCount == 0 ? null : plan.SampleRate),
            Buildings =
            [
                .. plan.Buildings.Select(b => new PlanBuildingRow(
                    b.Building.Name,
                    b.Households,
                    b.Entrances,
                    b.Sampled,
                    SurveyFormat.Percent(b.Households == 0 ? null : (decimal)b.Sampled / b.Households))),
            ],
            Visits =
            [
                .. plan.Households.Select(h => new PlanVisitRow(
                    SurveyFormat.Serial(h.Sequence),
                    h.Building.Name,
                    h.Unit.Entrance,
                    h.Unit.Floor,
                    h.Unit.Label,
                    contacts.TryGetValue(h.Unit.Id, out var contact) ? contact : string.Empty)),
            ],
            EmptyEntrances = [.. plan.EntrancesWithoutHouseholds.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Building.Name}{e.Entrance}单元"))],
            Notes = [.. plan.Diagnostics.Select(d => d.ToString())],
        };
    }

    /// <summary>One pre-filled 业户评议表 (R-SAT-1, R-SAT-2).</summary>
    /// <param name="company">The managing company.</param>
    /// <param name="community">The community (service phone).</param>
    /// <param name="form">The household's form from <see cref="Questionnaires.ForPlan"/>.</param>
    /// <param name="quarter">The survey quarter.</param>
    public static SurveyFormModel Form(CompanyProfile company, Community community, HouseholdForm form, Domain.Common.SurveyQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(form);
        var questionnaire = form.Questionnaire;
        var header = form.Header;
        return new SurveyFormModel
        {
            DocumentId = $"SF-{community.Id}-{header.Quarter}-{SurveyFormat.Serial(header.SerialNumber)}",
            FormDate = quarter.FirstDay,
            Title = questionnaire.Title,
            Instructions = questionnaire.Instructions,
            CompanyName = company.Name,
            CommunityName = header.CommunityName,
            QuarterLabel = SurveyFormat.QuarterLabel(quarter),
            SerialNumber = SurveyFormat.Serial(header.SerialNumber),
            Address = header.Address,
            UnitId = header.UnitId,
            Scale = [.. questionnaire.Scale.Select(s => s.Label)],
            Sections =
            [
                .. questionnaire.Sections.Select(s => new FormSection(
                    SurveyFormat.Numeral(s.Number),
                    s.Title,
                    [.. s.Items.Select(i => new FormItem(i.Number, i.Name))])),
            ],
            ItemCount = questionnaire.ItemCount,
            PraiseLabel = questionnaire.Praise.Label,
            PraiseLines = [.. Enumerable.Range(1, questionnaire.Praise.Lines)],
            ProblemsLabel = questionnaire.Problems.Label,
            ProblemsLines = [.. Enumerable.Range(1, questionnaire.Problems.Lines)],
            ServicePhone = community.ServiceCenterPhone,
        };
    }

    /// <summary>How the visitor addresses a household: the first current owner's surname with 先生/女士.</summary>
    /// <param name="owners">The unit's current owners.</param>
    public static string Contact(IReadOnlyList<Owner> owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var owner = owners.FirstOrDefault(o => o.IsCurrent && o.Name.Length > 0);
        if (owner is null)
        {
            return string.Empty;
        }

        // A surname is one character, or two for the compound surnames that begin a four-character name.
        var surname = owner.Name.Length >= 4 ? owner.Name[..2] : owner.Name[..1];
        return surname + (owner.Gender == Gender.Female ? "女士" : "先生");
    }
}
