using System.Security.Cryptography;
using System.Text;

namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>
/// Writes a PDF file sequentially: header, indirect objects and streams (in any order of object
/// number), cross-reference table and trailer. Tracks byte offsets itself, so the output stream may
/// be non-seekable. The trailer /ID is an MD5 of the document ID and every byte written before it.
/// </summary>
internal sealed class PdfFileWriter : IDisposable
{
    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    private readonly Stream output;
    private readonly IncrementalHash hash;
    private readonly List<long> offsets = [0];
    private readonly PdfByteBuffer scratch = new(4096);
    private long position;
    private bool finished;

    /// <summary>Starts a file on <paramref name="output"/> (which stays open).</summary>
    public PdfFileWriter(Stream output, string documentId)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documentId);
        this.output = output;
#pragma warning disable CA5351 // MD5 is what ISO 32000 §14.4 suggests for the file identifier; it is not a security hash here.
        hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
#pragma warning restore CA5351
        hash.AppendData(Encoding.UTF8.GetBytes(documentId));
        Emit(Header);
    }

    /// <summary>Bytes written so far.</summary>
    public long Position => position;

    /// <summary>Reserves the next object number.</summary>
    public PdfReference Allocate()
    {
        offsets.Add(-1);
        return new PdfReference(offsets.Count - 1);
    }

    /// <summary>Writes <c>n 0 obj … endobj</c>.</summary>
    public void WriteObject(PdfReference reference, PdfObject value)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(value);
        BeginObject(reference);
        value.WriteTo(scratch);
        scratch.Ascii("\nendobj\n");
        Flush();
    }

    /// <summary>
    /// Writes a stream object. When <paramref name="compress"/> is true the data is Flate-compressed
    /// here; when the data is already compressed pass false and set /Filter in the dictionary yourself.
    /// /Length is set by this method.
    /// </summary>
    public void WriteStream(PdfReference reference, PdfDictionary dictionary, ReadOnlySpan<byte> data, bool compress)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(dictionary);
        var body = compress ? Flate.CompressTransient(data, Flate.Level).Span : data;
        if (compress)
        {
            dictionary.Set("Filter", "FlateDecode");
        }

        dictionary.Set("Length", body.Length);
        BeginObject(reference);
        dictionary.WriteTo(scratch);
        scratch.Ascii("\nstream\n");
        Flush();
        Emit(body);
        scratch.Ascii("\nendstream\nendobj\n");
        Flush();
    }

    /// <summary>Writes the cross-reference table and trailer; every allocated object must have been written.</summary>
    public void Finish(PdfReference root, PdfReference? info)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (finished)
        {
            throw new InvalidOperationException("the PDF file is already finished");
        }

        var missing = offsets.FindIndex(1, o => o < 0);
        if (missing > 0)
        {
            throw new InvalidOperationException($"PDF object {missing} was allocated but never written");
        }

        var xref = position;
        scratch.Ascii("xref\n0 ").Integer(offsets.Count).NewLine();
        scratch.Ascii("0000000000 65535 f \n");
        for (var i = 1; i < offsets.Count; i++)
        {
            scratch.Ascii(offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        }

        Flush();
        var id = hash.GetHashAndReset();
        var trailer = new PdfDictionary()
            .Set("Size", offsets.Count)
            .Set("Root", root)
            .Set("Info", info)
            .Set("ID", new PdfArray(PdfString.Hex(id), PdfString.Hex(id)));
        scratch.Ascii("trailer\n");
        trailer.WriteTo(scratch);
        scratch.Ascii("\nstartxref\n").Integer(xref).Ascii("\n%%EOF\n");
        Flush();
        finished = true;
    }

    /// <inheritdoc/>
    public void Dispose() => hash.Dispose();

    private void BeginObject(PdfReference reference)
    {
        if (reference.Number <= 0 || reference.Number >= offsets.Count || offsets[reference.Number] >= 0)
        {
            throw new InvalidOperationException($"PDF object {reference.Number} is not allocated or already written");
        }

        offsets[reference.Number] = position;
        scratch.Integer(reference.Number).Ascii(" 0 obj\n");
    }

    private void Flush()
    {
        Emit(scratch.WrittenSpan);
        scratch.Clear();
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        hash.AppendData(bytes);
        position += bytes.Length;
    }
}
