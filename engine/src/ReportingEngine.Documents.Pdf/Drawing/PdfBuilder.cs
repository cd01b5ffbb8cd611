using System.Globalization;
using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Imaging;
using ReportingEngine.Documents.Pdf.Objects;

namespace ReportingEngine.Documents.Pdf.Drawing;

/// <summary>
/// Our own PDF writer (docs/decisions/0001-pdf-writer.md): pages with compressed content streams,
/// subset CIDFontType2 fonts with ToUnicode, PNG images with soft masks (shared by content hash),
/// opacity states, an outline and document information. Deterministic: the same calls give the same bytes.
/// </summary>
/// <remarks>
/// A page's content is compressed when the next page is added, and its drawing buffer passes to the next
/// page, so a long document holds compressed pages only. Fonts are subset and written at <see cref="Save"/>,
/// once per face per file.
/// One builder belongs to one thread; faces are shared safely between builders.
/// </remarks>
internal sealed class PdfBuilder : IPdfBuilder
{
    private const string Producer = "ReportingEngine";

    private readonly List<PdfCanvas> pages = [];
    private readonly Dictionary<TrueTypeFace, FontUsage> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly List<FontUsage> fontOrder = [];
    private readonly Dictionary<string, (string Name, PdfImage Image)> images = new(StringComparer.Ordinal);
    private readonly List<(string Name, PdfImage Image)> imageOrder = [];
    private readonly Dictionary<(double Fill, double Stroke), string> graphicStates = [];
    private readonly List<OutlineItem> outlines = [];
    private PdfByteBuffer? spareContent;
    private bool saved;

    /// <summary>Creates an empty document.</summary>
    public PdfBuilder()
    {
    }

    /// <summary>Pages added so far.</summary>
    public int PageCount => pages.Count;

    /// <summary>Fonts used so far (tests and diagnostics).</summary>
    public IReadOnlyList<FontUsage> Fonts => fontOrder;

    /// <inheritdoc/>
    public IPdfCanvas AddPage(double widthPt, double heightPt)
    {
        ThrowIfSaved();
        if (!(widthPt is >= 3 and <= 14400) || !(heightPt is >= 3 and <= 14400))
        {
            throw new ArgumentOutOfRangeException(widthPt is >= 3 and <= 14400 ? nameof(heightPt) : nameof(widthPt), string.Create(CultureInfo.InvariantCulture, $"page size {widthPt}×{heightPt} pt is outside 3…14400 pt"));
        }

        if (pages.Count > 0)
        {
            pages[^1].Seal();
        }

        var canvas = new PdfCanvas(this, widthPt, heightPt);
        pages.Add(canvas);
        return canvas;
    }

    /// <inheritdoc/>
    public void AddOutline(string title, int level, int pageIndex, double y)
    {
        ArgumentNullException.ThrowIfNull(title);
        ThrowIfSaved();
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        outlines.Add(new OutlineItem(title, level, pageIndex, y));
    }

    /// <inheritdoc/>
    public void Save(Stream output, PdfMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(metadata);
        ThrowIfSaved();
        if (pages.Count == 0)
        {
            throw new InvalidOperationException("a PDF needs at least one page");
        }

        var badOutline = outlines.FirstOrDefault(o => o.PageIndex >= pages.Count);
        if (badOutline is not null)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"outline '{badOutline.Title}' points at page {badOutline.PageIndex + 1} but the document has {pages.Count}"));
        }

        saved = true;
        foreach (var page in pages)
        {
            page.Seal();
        }

        using var writer = new PdfFileWriter(output, metadata.DocumentId);
        var catalog = writer.Allocate();
        var pageTree = writer.Allocate();
        var info = writer.Allocate();
        var fontRefs = fontOrder.ToDictionary(f => f.ResourceName, _ => writer.Allocate(), StringComparer.Ordinal);
        var imageRefs = imageOrder.ToDictionary(i => i.Name, _ => writer.Allocate(), StringComparer.Ordinal);
        var stateRefs = graphicStates.Values.Order(StringComparer.Ordinal).ToDictionary(n => n, _ => writer.Allocate(), StringComparer.Ordinal);
        var pageRefs = pages.Select(_ => writer.Allocate()).ToList();

        for (var i = 0; i < pages.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WritePage(writer, pages[i], pageRefs[i], pageTree, fontRefs, imageRefs, stateRefs);
        }

        foreach (var usage in fontOrder)
        {
            usage.Write(writer, fontRefs[usage.ResourceName], cancellationToken);
        }

        foreach (var (name, image) in imageOrder)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteImage(writer, imageRefs[name], image);
        }

        foreach (var ((fill, stroke), name) in graphicStates.OrderBy(g => g.Value, StringComparer.Ordinal))
        {
            writer.WriteObject(stateRefs[name], new PdfDictionary().Set("Type", "ExtGState").Set("ca", fill).Set("CA", stroke));
        }

        var outlineRoot = OutlineWriter.Write(writer, outlines, pageRefs, pages.Select(p => p.Height).ToList());

        writer.WriteObject(pageTree, new PdfDictionary()
            .Set("Type", "Pages")
            .Set("Kids", new PdfArray(pageRefs))
            .Set("Count", pages.Count));

        var catalogDictionary = new PdfDictionary()
            .Set("Type", "Catalog")
            .Set("Pages", pageTree)
            .Set("Lang", PdfString.Text(metadata.Language))
            .Set("ViewerPreferences", new PdfDictionary().Set("DisplayDocTitle", true));
        if (outlineRoot is not null)
        {
            catalogDictionary.Set("Outlines", outlineRoot).Set("PageMode", "UseOutlines");
        }

        writer.WriteObject(catalog, catalogDictionary);

        var date = PdfString.Ascii(PdfDate.Format(metadata.Date));
        writer.WriteObject(info, new PdfDictionary()
            .Set("Title", PdfString.Text(metadata.Title))
            .Set("Author", metadata.Author is null ? null : PdfString.Text(metadata.Author))
            .Set("Subject", metadata.Subject is null ? null : PdfString.Text(metadata.Subject))
            .Set("Producer", PdfString.Text(Producer))
            .Set("CreationDate", date)
            .Set("ModDate", date));

        writer.Finish(catalog, info);
        output.Flush();
    }

    /// <summary>The usage record of a face in this file, created on first use (resource names F1, F2, …).</summary>
    internal FontUsage GetFontUsage(TrueTypeFace face)
    {
        ThrowIfSaved();
        if (!fonts.TryGetValue(face, out var usage))
        {
            usage = new FontUsage(face, "F" + (fontOrder.Count + 1).ToString(CultureInfo.InvariantCulture));
            fonts.Add(face, usage);
            fontOrder.Add(usage);
        }

        return usage;
    }

    /// <summary>A buffer to draw a page's content into; pages are drawn one after another, so one buffer serves them all.</summary>
    internal PdfByteBuffer RentContentBuffer()
    {
        var buffer = spareContent ?? new PdfByteBuffer(16 * 1024);
        spareContent = null;
        return buffer;
    }

    /// <summary>Takes back a page's drawing buffer once its content is compressed.</summary>
    internal void ReturnContentBuffer(PdfByteBuffer buffer)
    {
        buffer.Clear();
        spareContent = buffer;
    }

    /// <summary>The resource name of an image; identical PNG bytes share one XObject.</summary>
    internal string GetImage(byte[] png)
    {
        ThrowIfSaved();
        var key = PdfImage.ContentKey(png);
        if (!images.TryGetValue(key, out var entry))
        {
            entry = ("Im" + (imageOrder.Count + 1).ToString(CultureInfo.InvariantCulture), PdfImageCache.Get(key, png));
            images.Add(key, entry);
            imageOrder.Add(entry);
        }

        return entry.Name;
    }

    /// <summary>The resource name of an ExtGState with these opacities (GS1, GS2, …).</summary>
    internal string GetGraphicState(double fill, double stroke)
    {
        var key = (Math.Round(fill, 4), Math.Round(stroke, 4));
        if (!graphicStates.TryGetValue(key, out var name))
        {
            name = "GS" + (graphicStates.Count + 1).ToString(CultureInfo.InvariantCulture);
            graphicStates.Add(key, name);
        }

        return name;
    }

    private static void WritePage(
        PdfFileWriter writer,
        PdfCanvas page,
        PdfReference reference,
        PdfReference parent,
        Dictionary<string, PdfReference> fontRefs,
        Dictionary<string, PdfReference> imageRefs,
        Dictionary<string, PdfReference> stateRefs)
    {
        var contents = new List<PdfReference>();
        foreach (var chunk in page.ContentChunks)
        {
            var streamRef = writer.Allocate();
            writer.WriteStream(streamRef, new PdfDictionary().Set("Filter", "FlateDecode"), chunk, compress: false);
            contents.Add(streamRef);
        }

        var resources = new PdfDictionary();
        if (page.FontNames.Count > 0)
        {
            resources.Set("Font", ResourceMap(page.FontNames, fontRefs));
        }

        if (page.ImageNames.Count > 0)
        {
            resources.Set("XObject", ResourceMap(page.ImageNames, imageRefs));
        }

        if (page.GraphicStateNames.Count > 0)
        {
            resources.Set("ExtGState", ResourceMap(page.GraphicStateNames, stateRefs));
        }

        var dictionary = new PdfDictionary()
            .Set("Type", "Page")
            .Set("Parent", parent)
            .Set("MediaBox", new PdfArray(0, 0, page.Width, page.Height))
            .Set("Resources", resources);
        if (contents.Count == 1)
        {
            dictionary.Set("Contents", contents[0]);
        }
        else if (contents.Count > 1)
        {
            dictionary.Set("Contents", new PdfArray(contents));
        }

        writer.WriteObject(reference, dictionary);
    }

    private static PdfDictionary ResourceMap(IEnumerable<string> names, Dictionary<string, PdfReference> refs)
    {
        var map = new PdfDictionary();
        foreach (var name in names)
        {
            map.Set(name, refs[name]);
        }

        return map;
    }

    private static void WriteImage(PdfFileWriter writer, PdfReference reference, PdfImage image)
    {
        PdfReference? mask = null;
        if (image.SoftMask is not null)
        {
            mask = writer.Allocate();
            writer.WriteStream(mask, ImageDictionary(image.Width, image.Height, "DeviceGray"), image.SoftMask, compress: false);
        }

        writer.WriteStream(reference, ImageDictionary(image.Width, image.Height, image.ColorSpace).Set("SMask", mask), image.Samples, compress: false);
    }

    private static PdfDictionary ImageDictionary(int width, int height, string colorSpace) => new PdfDictionary()
        .Set("Type", "XObject")
        .Set("Subtype", "Image")
        .Set("Width", width)
        .Set("Height", height)
        .Set("ColorSpace", colorSpace)
        .Set("BitsPerComponent", 8)
        .Set("Filter", "FlateDecode");

    /// <summary>Throws when the file was already saved: later drawing would be lost silently.</summary>
    internal void ThrowIfSaved()
    {
        if (saved)
        {
            throw new InvalidOperationException("the PDF has already been saved; start a new PdfBuilder");
        }
    }
}
