using ReportingEngine.Documents.Docx.Tests.Tools;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class RobustnessTests
{
    [Fact]
    public void A_cancelled_token_stops_the_write_before_anything_is_written()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var output = new MemoryStream();

        Assert.ThrowsAny<OperationCanceledException>(() => new DocxDocumentWriter().Write(Samples.Rich(), output, cancelled.Token));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Nested_tables_images_in_cells_and_a_seal_after_a_table_validate()
    {
        var seal = new Image(TestPng.Seal(60), 30, 30) { Placement = ImagePlacement.OverPrevious, IsSeal = true };
        var inner = new Table([1, 1], [Samples.Row(Samples.Cell("内"), Samples.Cell("表"))]) { Borders = TableBorders.None };
        var cell = new TableCell([Samples.Para(string.Empty, Samples.Text("外")), inner, new Image(TestPng.Seal(60), 10, 10)]) { RowSpan = 3 };
        var outer = new Table(
            [1, 2, 1],
            [
                Samples.Row(cell, Samples.Cell("a"), Samples.Cell("b")),
                Samples.Row(Samples.Cell("c")),
                Samples.Row(),
            ])
        { HeaderRows = 1 };
        var document = Samples.Rich() with { Body = [new KeepTogether([outer, seal]), new Spacer(0), new PageBreak()] };

        Assert.Empty(DocxFile.ValidationErrors(DocxFile.Write(document)));
    }

    [Fact]
    public void A_profile_without_the_styles_blocks_name_still_writes_a_valid_document()
    {
        var profile = Samples.NoticeProfile with { Styles = new Dictionary<string, Profiles.TextStyle> { ["body"] = new("宋体", 12) } };

        Assert.Empty(DocxFile.ValidationErrors(DocxFile.Write(Samples.Rich() with { Profile = profile })));
    }

    [Fact]
    public void Writing_the_same_model_from_several_threads_gives_identical_bytes()
    {
        var expected = DocxFile.Write(Samples.Rich());
        var results = new byte[8][];

        Parallel.For(0, results.Length, i => results[i] = DocxFile.Write(Samples.Rich()));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
