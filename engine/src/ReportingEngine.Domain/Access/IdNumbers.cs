namespace ReportingEngine.Domain.Access;

/// <summary>Masking of ID numbers on rosters (R-ACC-3).</summary>
public static class IdNumbers
{
    /// <summary>Digits left visible at the end.</summary>
    public const int VisibleDigits = 4;

    /// <summary>Every character but the last four becomes <c>*</c>: <c>440301199001011234</c> → <c>**************1234</c>.</summary>
    /// <param name="idNumber">ID number.</param>
    /// <returns>Masked text; short numbers are masked entirely.</returns>
    public static string Mask(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        var value = idNumber.Trim();
        if (value.Length <= VisibleDigits)
        {
            return new string('*', value.Length);
        }

        return string.Concat(new string('*', value.Length - VisibleDigits), value.AsSpan(value.Length - VisibleDigits));
    }
}
