namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>
/// Writes the document outline (ISO 32000 §12.3.3): a tree built from levels (an item nests under the
/// nearest earlier item of a lower level), all items open, each with /Dest [page /XYZ 0 top 0].
/// </summary>
internal static class OutlineWriter
{
    /// <summary>Writes the tree and returns the /Outlines root, or null when there are no items.</summary>
    public static PdfReference? Write(PdfFileWriter writer, IReadOnlyList<OutlineItem> items, IReadOnlyList<PdfReference> pages, IReadOnlyList<double> pageHeights)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return null;
        }

        var root = new Node(null, 0, writer.Allocate());
        var stack = new Stack<Node>();
        stack.Push(root);
        foreach (var item in items)
        {
            while (stack.Peek().Level >= item.Level)
            {
                stack.Pop();
            }

            var node = new Node(item, item.Level, writer.Allocate());
            stack.Peek().Children.Add(node);
            node.Parent = stack.Peek();
            stack.Push(node);
        }

        WriteNode(writer, root, pages, pageHeights);
        return root.Reference;
    }

    private static void WriteNode(PdfFileWriter writer, Node node, IReadOnlyList<PdfReference> pages, IReadOnlyList<double> pageHeights)
    {
        var dictionary = new PdfDictionary();
        if (node.Item is null)
        {
            dictionary.Set("Type", "Outlines");
        }
        else
        {
            var siblings = node.Parent!.Children;
            var index = siblings.IndexOf(node);
            dictionary
                .Set("Title", PdfString.Text(node.Item.Title))
                .Set("Parent", node.Parent.Reference)
                .Set("Prev", index > 0 ? siblings[index - 1].Reference : null)
                .Set("Next", index + 1 < siblings.Count ? siblings[index + 1].Reference : null);
            var top = pageHeights[node.Item.PageIndex] - node.Item.Y;
            dictionary.Set("Dest", new PdfArray(pages[node.Item.PageIndex], "XYZ", 0, top, 0));
        }

        if (node.Children.Count > 0)
        {
            dictionary
                .Set("First", node.Children[0].Reference)
                .Set("Last", node.Children[^1].Reference)
                .Set("Count", node.Descendants);
        }
        else if (node.Item is null)
        {
            dictionary.Set("Count", 0);
        }

        writer.WriteObject(node.Reference, dictionary);
        foreach (var child in node.Children)
        {
            WriteNode(writer, child, pages, pageHeights);
        }
    }

    private sealed class Node(OutlineItem? item, int level, PdfReference reference)
    {
        public OutlineItem? Item { get; } = item;

        public int Level { get; } = level;

        public PdfReference Reference { get; } = reference;

        public Node? Parent { get; set; }

        public List<Node> Children { get; } = [];

        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }
}
