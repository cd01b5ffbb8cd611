using System.Data.Common;
using System.Globalization;
using ReportingEngine.Domain;

namespace ReportingEngine.Data.Reading;

/// <summary>
/// Typed access to a data reader row that works on both dialects: SQLite TEXT money/dates and
/// SQL Server DECIMAL/DATE/DATETIME2 are read into the same .NET values, exactly.
/// </summary>
internal readonly struct RowReader(DbDataReader reader)
{
    public string Str(int i) => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;

    public string? StrOrNull(int i) => reader.IsDBNull(i) ? null : Str(i);

    public string StrOrEmpty(int i) => reader.IsDBNull(i) ? string.Empty : Str(i);

    public int Int(int i) => Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);

    public bool Bool(int i) => reader.GetValue(i) switch
    {
        bool b => b,
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0,
    };

    public bool? BoolOrNull(int i) => reader.IsDBNull(i) ? null : Bool(i);

    public decimal Dec(int i) => reader.GetValue(i) switch
    {
        decimal d => d,
        string s => decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
        long l => l,
        int n => n,
        var v => throw new InvalidCastException($"column {reader.GetName(i)} holds {v.GetType().Name}, not an exact decimal"),
    };

    public DateOnly Date(int i) => reader.GetValue(i) switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        var v => DateOnly.ParseExact(Convert.ToString(v, CultureInfo.InvariantCulture)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public DateOnly? DateOrNull(int i) => reader.IsDBNull(i) ? null : Date(i);

    public DateTime Moment(int i) => reader.GetValue(i) switch
    {
        DateTime d => d,
        var v => DateTime.ParseExact(Convert.ToString(v, CultureInfo.InvariantCulture)!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
    };

    public DateTime? MomentOrNull(int i) => reader.IsDBNull(i) ? null : Moment(i);

    public T Code<T>(int i)
        where T : struct, Enum => DomainCodes.Parse<T>(Str(i));

    public T? CodeOrNull<T>(int i)
        where T : struct, Enum => reader.IsDBNull(i) ? null : Code<T>(i);
}
