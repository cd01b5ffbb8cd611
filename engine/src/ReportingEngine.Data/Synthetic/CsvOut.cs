using System.Globalization;
using System.Text;

namespace ReportingEngine.Data.Synthetic;

/// <summary>Buffered CSV writer for one table file; quotes fields that need it; counts rows.</summary>
internal sealed class CsvOut : IDisposable
{
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];
    private readonly StreamWriter writer;
    private readonly char[] scratch = new char[64];
    private bool firstField = true;

    public CsvOut(string path, IEnumerable<string> header)
    {
        writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        foreach (var name in header)
        {
            Text(name);
        }

        End();
        Rows = 0;
    }

    public long Rows { get; private set; }

    public CsvOut Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny(NeedsQuotes) >= 0)
        {
            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
        else
        {
            writer.Write(value);
        }

        return this;
    }

    public CsvOut Int(int value)
    {
        Separator();
        value.TryFormat(scratch, out var n, default, CultureInfo.InvariantCulture);
        writer.Write(scratch, 0, n);
        return this;
    }

    public CsvOut Bool(bool value)
    {
        Separator();
        writer.Write(value ? '1' : '0');
        return this;
    }

    public CsvOut Money(decimal value)
    {
        Separator();
        value.TryFormat(scratch, out var n, "0.00", CultureInfo.InvariantCulture);
        writer.Write(scratch, 0, n);
        return this;
    }

    public CsvOut Dec(decimal value)
    {
        Separator();
        value.TryFormat(scratch, out var n, default, CultureInfo.InvariantCulture);
        writer.Write(scratch, 0, n);
        return this;
    }

    public CsvOut Date(DateOnly? value)
    {
        Separator();
        if (value is { } date)
        {
            date.TryFormat(scratch, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write(scratch, 0, n);
        }

        return this;
    }

    public CsvOut Moment(DateTime? value)
    {
        Separator();
        if (value is { } moment)
        {
            moment.TryFormat(scratch, out var n, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            writer.Write(scratch, 0, n);
        }

        return this;
    }

    public void End()
    {
        writer.Write('\n');
        firstField = true;
        Rows++;
    }

    public void Dispose() => writer.Dispose();

    private void Separator()
    {
        if (!firstField)
        {
            writer.Write(',');
        }

        firstField = false;
    }
}
