namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>An array <c>[…]</c>.</summary>
internal sealed class PdfArray : PdfObject
{
    private readonly List<PdfObject> items = [];

    /// <summary>Creates an array of the given items.</summary>
    public PdfArray(params IEnumerable<PdfObject> items) => this.items.AddRange(items);

    /// <summary>The items.</summary>
    public IReadOnlyList<PdfObject> Items => items;

    /// <summary>Appends an item.</summary>
    public PdfArray Add(PdfObject item)
    {
        items.Add(item);
        return this;
    }

    /// <inheritdoc/>
    public override void WriteTo(PdfByteBuffer output)
    {
        output.Byte((byte)'[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                output.Space();
            }

            items[i].WriteTo(output);
        }

        output.Byte((byte)']');
    }
}
