using System.Globalization;

namespace ReportingEngine.Generation.Collection;

/// <summary>Texts of the collection documents' messages, in one place (STYLE.md 9).</summary>
internal static class CollectionMessages
{
    public const string NoCommunities = "communities: error: the database has no community";

    public const string NoLawFirm = "law firm: error: a lawyer letter names the law firm that sends it (R-COL-1 step 4); none is configured";

    public static string UnknownCompany(string communityId, string companyId) =>
        $"communities({communityId}): error: company {companyId} is not in company_profiles";

    public static string RangeReversed(string from, string to) =>
        $"fee report: error: the range starts at {from}, after its end {to}";

    public static string RenderFailed(string subject, string problem) => $"{subject}: {problem}";

    public static string NoOwner(string unitId) =>
        $"units({unitId}): warning: no current owner on record; the letter is addressed to the unit's owner without a name";

    public static string NoApprovedAccounts(string communityId, int eligible) =>
        string.Create(CultureInfo.InvariantCulture, $"communities({communityId}): {eligible} account(s) eligible for a lawyer letter, none approved; no letter written (R-COL-1 step 4: approve the draft list first)");

    public static string NoVisitStaff(string communityId) =>
        $"communities({communityId}): warning: no door-visit staff given and none recorded on earlier visits; door visits are listed unplanned (R-COL-1 step 3)";
}
