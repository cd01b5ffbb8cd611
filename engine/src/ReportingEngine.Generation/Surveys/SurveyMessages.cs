namespace ReportingEngine.Generation.Surveys;

/// <summary>Texts of the survey documents' messages, in one place (STYLE.md 9).</summary>
internal static class SurveyMessages
{
    public static string UnknownCompany(string communityId, string companyId) =>
        $"communities({communityId}): error: company {companyId} is not in company_profiles";

    public static string NoHouseholds(string communityId, string quarter) =>
        $"communities({communityId}): no occupied unit to survey in {quarter}; no forms were written";

    public const string NoCommunities = "communities: error: the database has no community";

    public static string RenderFailed(string subject, string problem) => $"{subject}: {problem}";
}
