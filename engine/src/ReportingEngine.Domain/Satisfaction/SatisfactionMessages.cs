using System.Globalization;

namespace ReportingEngine.Domain.Satisfaction;

/// <summary>Every message text of the satisfaction rules, in one place (STYLE 9).</summary>
internal static class SatisfactionMessages
{
    public const string RateOutOfRange = "the minimum sampling rate must be greater than 0 and at most 1";

    public const string ThresholdOutOfRange = "the follow-up threshold must be between 0 and 100";

    public const string LowestItemCountOutOfRange = "the number of lowest items must be between 0 and 25";

    public const string InfeasibleApportionment = "no allocation satisfies the per-group bounds";

    public const string DuplicateBuilding = "building listed twice; the second is ignored";

    public const string DuplicateUnit = "unit listed twice; the second is ignored";

    public const string DuplicateCommunity = "community listed twice; the second is ignored";

    public static string BuildingOfOtherCommunity(string buildingCommunity, string community) =>
        $"building belongs to community {buildingCommunity}, not {community}; it is not sampled";

    public static string UnitOfUnknownBuilding(string building, string community) =>
        $"building {building} is not a building of community {community}; the unit is not sampled";

    public static string EntranceOutOfRange(int entrance, string building, int entrances) =>
        string.Create(CultureInfo.InvariantCulture, $"entrance {entrance} is outside 1–{entrances} of building {building}; the unit is sampled with entrance {entrance}");

    public static string WrongScoreCount(int found) =>
        string.Create(CultureInfo.InvariantCulture, $"expected {Surveys.SurveyItems.Count} item answers, found {found}; the response is not counted");

    public static string WrongQuarter(string found, string expected) =>
        $"response is for quarter {found}, not {expected}; it is not counted";

    public static string AnswerOutOfRange(int item, int value) =>
        string.Create(CultureInfo.InvariantCulture, $"item {item} answer {value} is not 0 (不适用) or 1–5; treated as not answered");
}
