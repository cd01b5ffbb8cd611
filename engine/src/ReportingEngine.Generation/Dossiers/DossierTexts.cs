using System.Globalization;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.Dossiers;

/// <summary>Chinese texts and formats shared by the dossier documents.</summary>
internal static class DossierTexts
{
    public static string Phase(DossierPhase phase) => phase switch
    {
        DossierPhase.MoveIn => "入伙",
        DossierPhase.Renovation => "装修",
        DossierPhase.Transfer => "过户",
        _ => "其他",
    };

    public static string Form(DocumentForm form) => form == DocumentForm.Original ? "原件" : "复印件";

    public static string Required(RequiredForm form) => form switch
    {
        RequiredForm.Original => "原件",
        RequiredForm.Copy => "复印件",
        _ => "原件或复印件",
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>VIP records by owner id, the latest when an owner has several (R-DOS-6).</summary>
    public static IReadOnlyDictionary<string, VipDetails> LatestVipRecords(IEnumerable<VipDetails> records) =>
        records
            .GroupBy(r => r.OwnerId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.UpdatedOn).ThenBy(r => r.Id, StringComparer.Ordinal).Last(), StringComparer.Ordinal);

    /// <summary>An electronic-record finding as printed: a stale VIP record says when it was last updated (R-DOS-6).</summary>
    public static string Finding(BasicRecordFinding finding) =>
        finding.LastUpdated is { } updated ? $"{finding.Finding}（最近更新 {Iso(updated)}）" : finding.Finding;

    public static string Compact(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Minutes(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Current owners joined with 、; empty when the unit has none.</summary>
    public static string Owners(IEnumerable<Owner> owners) =>
        string.Join("、", owners.Where(o => o.IsCurrent).Select(o => o.Name.Trim()).Where(n => n.Length > 0));
}
