using System.Text;

namespace ReportingEngine.Generation.Register;

/// <summary>
/// 档案号 — stable archive numbers derived from kind, subject and period, never from a counter or the clock, so a
/// re-run or a regeneration gives the same number: <c>FN-2026-11-C01-B03-0302</c>.
/// </summary>
public static class ArchiveNumbers
{
    /// <summary>Prefix of a fee notice (缴费通知单) of one unit.</summary>
    public const string FeeNotice = "FN";

    /// <summary>Prefix of a building's merged print file of fee notices.</summary>
    public const string FeeNoticePrint = "FNP";

    /// <summary>Prefix of a building's delivery receipt sheet (签收单, R-COL-2).</summary>
    public const string DeliveryReceipts = "FNR";

    /// <summary><c>{prefix}-{period}-{subject}</c>, characters outside A–Z, a–z, 0–9 and '-' replaced by '_'.</summary>
    /// <param name="prefix">Kind prefix, e.g. <see cref="FeeNotice"/>.</param>
    /// <param name="period">Period text, e.g. <c>2026-11</c>.</param>
    /// <param name="subject">Unit, building or community id.</param>
    public static string For(string prefix, string period, string subject)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        ArgumentException.ThrowIfNullOrEmpty(period);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        return $"{Clean(prefix)}-{Clean(period)}-{Clean(subject)}";
    }

    private static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
        }

        return builder.ToString();
    }
}
