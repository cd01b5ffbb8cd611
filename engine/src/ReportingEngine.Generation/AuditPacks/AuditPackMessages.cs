using System.Globalization;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>Message texts of the audit pack in one place (STYLE.md 9).</summary>
internal static class AuditPackMessages
{
    public const string NoCommunity = "--community: error: a community id is required";

    public const string NoOutputFolder = "--out: error: an output folder is required";

    public static string RangeReversed(DateOnly from, DateOnly to) =>
        $"--from {Iso(from)} --to {Iso(to)}: error: the range is inverted (--from is after --to)";

    public static string AsOfBeforeEnd(DateOnly asOf, DateOnly to) =>
        $"--as-of {Iso(asOf)}: error: the pack cannot be dated before the end of its range ({Iso(to)})";

    public static string UnknownCompany(string communityId, string companyId) =>
        $"communities[{communityId}]: error: company '{companyId}' is not in company_profiles";

    public static string RenderFailed(string documentId, string problem) => $"{documentId}: {problem}";

    public static string LayoutFailed(string documentId, string problem) => $"{documentId}: error: the pack PDF could not be laid out: {problem}";

    public static string TocUnstable(int rounds) =>
        $"audit pack: error: the table of contents did not settle after {rounds.ToString(CultureInfo.InvariantCulture)} layouts";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
