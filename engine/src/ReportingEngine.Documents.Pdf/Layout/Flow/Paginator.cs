namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>
/// Places slices on pages between <c>top</c> and <c>bottom</c>. A chain of slices linked by
/// <see cref="Slice.KeepWithPrevious"/> moves to the next page whole when it does not fit but would fit
/// on an empty page; a chain taller than a page flows. Table header slices repeat at the top of a page that
/// starts inside the table. Every page holds at least one slice, so the loop always ends.
/// </summary>
internal sealed class Paginator
{
    private readonly double top;
    private readonly double bottom;
    private readonly List<PageContent> pages = [];
    private PageContent page = new();
    private double cursor;
    private double pendingSpaceAfter;
    private bool bodyPlaced;
    private bool anyPlaced;
    private bool dropSpaceBefore;
    private Slice? lastSlice;
    private double lastTop;

    /// <summary>Creates a paginator for a body area from <paramref name="top"/> to <paramref name="bottom"/> (points from the page top).</summary>
    public Paginator(double top, double bottom)
    {
        this.top = top;
        this.bottom = bottom;
        cursor = top;
    }

    /// <summary>Paginates <paramref name="slices"/>; always returns at least one page.</summary>
    public static List<PageContent> Paginate(IReadOnlyList<Slice> slices, double top, double bottom, CancellationToken cancellationToken)
    {
        var paginator = new Paginator(top, bottom);
        paginator.Run(slices, cancellationToken);
        return paginator.pages;
    }

    private double Capacity => bottom - top;

    private void Run(IReadOnlyList<Slice> slices, CancellationToken cancellationToken)
    {
        var flowUntil = -1;
        var i = 0;
        while (i < slices.Count)
        {
            if ((i & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var slice = slices[i];
            if (slice.IsPageBreak)
            {
                NewPage(byBreak: true);
                i++;
                continue;
            }

            if (i <= flowUntil)
            {
                PlaceFlowing(slice);
                i++;
                continue;
            }

            var chainEnd = i;
            while (chainEnd + 1 < slices.Count && slices[chainEnd + 1].KeepWithPrevious && !slices[chainEnd + 1].IsPageBreak)
            {
                chainEnd++;
            }

            var header = !bodyPlaced && slice.RepeatHeader is { } h ? h : null;
            var needed = ChainHeight(slices, i, chainEnd, header, atTop: !anyPlaced && dropSpaceBefore);
            if (cursor + needed <= bottom + Units.Epsilon)
            {
                for (var k = i; k <= chainEnd; k++)
                {
                    Place(slices[k]);
                }

                i = chainEnd + 1;
                continue;
            }

            var onEmptyPage = ChainHeight(slices, i, chainEnd, slice.RepeatHeader, atTop: true);
            if (bodyPlaced && onEmptyPage <= Capacity + Units.Epsilon)
            {
                NewPage(byBreak: false);
                continue;
            }

            // Taller than a page: it flows, breaking where it must.
            flowUntil = chainEnd;
            PlaceFlowing(slice);
            i++;
        }

        ClosePage();
    }

    private double ChainHeight(IReadOnlyList<Slice> slices, int from, int to, IReadOnlyList<Slice>? header, bool atTop)
    {
        var height = 0.0;
        var first = true;
        var pending = atTop ? 0 : pendingSpaceAfter;
        if (header is not null)
        {
            foreach (var h in header)
            {
                height += pending + (first && atTop ? 0 : h.SpaceBefore) + h.Height;
                pending = h.SpaceAfter;
                first = false;
            }
        }

        for (var k = from; k <= to; k++)
        {
            var s = slices[k];
            height += pending + (first && atTop ? 0 : s.SpaceBefore) + s.Height;
            pending = s.SpaceAfter;
            first = false;
        }

        return height;
    }

    private void PlaceFlowing(Slice slice)
    {
        var header = !bodyPlaced && slice.RepeatHeader is { } h ? h : null;
        var needed = Gap(slice) + slice.Height;
        if (header is not null)
        {
            needed += HeaderHeight(header);
        }

        if (cursor + needed > bottom + Units.Epsilon && bodyPlaced)
        {
            NewPage(byBreak: false);
        }

        Place(slice);
    }

    private static double HeaderHeight(IReadOnlyList<Slice> header)
    {
        var height = 0.0;
        foreach (var h in header)
        {
            height += h.SpaceBefore + h.Height + h.SpaceAfter;
        }

        return height;
    }

    private double Gap(Slice slice) => !anyPlaced && dropSpaceBefore ? 0 : pendingSpaceAfter + slice.SpaceBefore;

    private void Place(Slice slice)
    {
        if (!bodyPlaced && slice.RepeatHeader is { } header)
        {
            foreach (var h in header)
            {
                PlaceOne(h);
            }
        }

        PlaceOne(slice);
        bodyPlaced = true;
    }

    private void PlaceOne(Slice slice)
    {
        cursor += Gap(slice);
        var first = !anyPlaced;
        foreach (var op in slice.Ops)
        {
            page.Ops.Add(op.Offset(cursor));
        }

        if (first && slice.IfFirstOnPage is { } firstOps)
        {
            foreach (var op in firstOps)
            {
                page.Ops.Add(op.Offset(cursor));
            }
        }

        foreach (var mark in slice.Marks)
        {
            page.Marks.Add(mark with { OffsetY = mark.OffsetY + cursor });
        }

        lastSlice = slice;
        lastTop = cursor;
        cursor += slice.Height;
        pendingSpaceAfter = slice.SpaceAfter;
        anyPlaced = true;
    }

    private void ClosePage()
    {
        if (lastSlice?.IfLastOnPage is { } lastOps)
        {
            foreach (var op in lastOps)
            {
                page.Ops.Add(op.Offset(lastTop));
            }
        }

        pages.Add(page);
    }

    private void NewPage(bool byBreak)
    {
        ClosePage();
        page = new PageContent();
        cursor = top;
        pendingSpaceAfter = 0;
        bodyPlaced = false;
        anyPlaced = false;
        lastSlice = null;
        dropSpaceBefore = !byBreak;
    }
}
