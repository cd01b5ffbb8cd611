using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Dossiers;

/// <summary>
/// 电子档案基本资料检查 — is the electronic basic record complete (R-DOS-5: unit, name, gender, ID number, native place,
/// household registration, phone, building area) and, for VIP owners (重点业户), is their extra record there, filled and
/// updated within the month (R-DOS-6)?
/// </summary>
/// <remarks>
/// Only current owners are checked: a former owner's record is history (R-DOS-4). The ID number is checked for its shape
/// (18 characters, the last a digit or X, or the 15 digits of first-generation cards), not its check digit: the clerk copies
/// it from the card, and a check-digit error is the card holder's to correct, not the archive's.
/// "Updated monthly" is read as: the last update is no more than one month before the checklist date. An update dated after
/// the checklist date is the record as it stands now; the archive keeps no history of VIP records to judge an older date by.
/// </remarks>
public static class BasicRecordCheck
{
    /// <summary>What <see cref="BasicRecordFinding.Subject"/> says for the unit's own fields.</summary>
    public const string UnitSubject = "房屋";

    /// <summary>The gaps of one dossier's electronic record on <paramref name="asOf"/>, in a stable order.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="vipRecords">VIP records by owner id (any owners; others are ignored).</param>
    /// <param name="asOf">Checklist date.</param>
    public static IReadOnlyList<BasicRecordFinding> Check(Dossier dossier, IReadOnlyDictionary<string, VipDetails> vipRecords, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(vipRecords);
        var findings = new List<BasicRecordFinding>();
        if (dossier.Unit.BuildingArea <= 0)
        {
            findings.Add(Missing(UnitSubject, "建筑面积"));
        }

        foreach (var owner in dossier.Owners.Where(o => o.IsCurrent).OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            var subject = string.IsNullOrWhiteSpace(owner.Name) ? owner.Id : owner.Name.Trim();
            if (string.IsNullOrWhiteSpace(owner.Name))
            {
                findings.Add(Missing(subject, "姓名"));
            }

            if (string.IsNullOrWhiteSpace(owner.IdNumber))
            {
                findings.Add(Missing(subject, "身份证号码"));
            }
            else if (!HasIdNumberShape(owner.IdNumber.Trim()))
            {
                findings.Add(new BasicRecordFinding("R-DOS-5", subject, "身份证号码", "位数或格式不符（应为18位，末位可为X）", "核对补录"));
            }

            AddIfBlank(findings, subject, "籍贯", owner.NativePlace);
            AddIfBlank(findings, subject, "户口所在地", owner.HouseholdRegistration);
            if (string.IsNullOrWhiteSpace(owner.Mobile) && string.IsNullOrWhiteSpace(owner.HomePhone))
            {
                findings.Add(Missing(subject, "联系电话"));
            }

            if (owner.IsVip)
            {
                CheckVip(findings, subject, vipRecords.GetValueOrDefault(owner.Id), asOf);
            }
        }

        return findings;
    }

    /// <summary>18 characters (17 digits and a digit or X) or 15 digits.</summary>
    public static bool HasIdNumberShape(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        return idNumber.Length switch
        {
            18 => !idNumber.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') && (char.IsAsciiDigit(idNumber[17]) || idNumber[17] is 'X' or 'x'),
            15 => !idNumber.AsSpan().ContainsAnyExceptInRange('0', '9'),
            _ => false,
        };
    }

    private static void CheckVip(List<BasicRecordFinding> findings, string subject, VipDetails? record, DateOnly asOf)
    {
        // R-DOS-6: a VIP owner's record holds these and is updated monthly.
        if (record is null)
        {
            findings.Add(new BasicRecordFinding("R-DOS-6", subject, "重点业户资料", "未建立", "补录"));
            return;
        }

        var blank = new[]
        {
            ("生日", record.Birthday is null ? "" : "x"),
            ("性格", record.Personality),
            ("喜好", record.Preferences),
            ("特长", record.Specialties),
            ("特殊要求", record.SpecialRequests),
            ("意见", record.Opinions),
            ("投诉及处理情况", record.ComplaintsHandled),
        }.Where(field => string.IsNullOrWhiteSpace(field.Item2)).Select(field => field.Item1).ToList();
        if (blank.Count > 0)
        {
            findings.Add(new BasicRecordFinding("R-DOS-6", subject, "重点业户资料", string.Join("、", blank) + "未录入", "补录"));
        }

        if (record.UpdatedOn < asOf.AddMonths(-1))
        {
            findings.Add(new BasicRecordFinding("R-DOS-6", subject, "重点业户资料", "超过一个月未更新", "更新", record.UpdatedOn));
        }
    }

    private static void AddIfBlank(List<BasicRecordFinding> findings, string subject, string item, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            findings.Add(Missing(subject, item));
        }
    }

    private static BasicRecordFinding Missing(string subject, string item) => new("R-DOS-5", subject, item, "未录入", "补录");
}
