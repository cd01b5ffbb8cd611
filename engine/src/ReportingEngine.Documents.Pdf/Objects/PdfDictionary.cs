namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>A dictionary <c>&lt;&lt;…&gt;&gt;</c>; keys keep insertion order so output is deterministic.</summary>
internal sealed class PdfDictionary : PdfObject
{
    private readonly List<KeyValuePair<string, PdfObject>> entries = [];

    /// <summary>The entries in insertion order.</summary>
    public IReadOnlyList<KeyValuePair<string, PdfObject>> Entries => entries;

    /// <summary>Sets <paramref name="key"/> (replacing an earlier value); null values are skipped.</summary>
    public PdfDictionary Set(string key, PdfObject? value)
    {
        if (value is null)
        {
            return this;
        }

        var index = entries.FindIndex(e => string.Equals(e.Key, key, StringComparison.Ordinal));
        if (index >= 0)
        {
            entries[index] = new(key, value);
        }
        else
        {
            entries.Add(new(key, value));
        }

        return this;
    }

    /// <summary>The value of <paramref name="key"/> or null.</summary>
    public PdfObject? Get(string key) => entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Value;

    /// <inheritdoc/>
    public override void WriteTo(PdfByteBuffer output)
    {
        output.Ascii("<<");
        foreach (var (key, value) in entries)
        {
            output.Name(key).Space();
            value.WriteTo(output);
        }

        output.Ascii(">>");
    }
}
