using DocumentFormat.OpenXml;
using ReportingEngine.Documents.Barcodes;
using ReportingEngine.Documents.Docx.Charts;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Units;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using M = ReportingEngine.Documents.Model;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>Images (inline and seals anchored behind the sign-off), QR codes and native charts.</summary>
internal sealed partial class BlockRenderer
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>Z-order base Word itself uses for shapes behind text.</summary>
    private const uint RelativeHeightBase = 251658240;

    private readonly Dictionary<byte[], string> _imageParts = new(ReferenceEqualityComparer.Instance);

    private W.Paragraph RenderInlineImage(M.Image image, Flow flow)
    {
        var relationshipId = ImagePart(image.Png);
        var inline = new DW.Inline(
            new DW.Extent { Cx = Measure.MmToEmu(image.WidthMm), Cy = Measure.MmToEmu(image.HeightMm) },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            DocProperties(image.IsSeal ? "Seal" : "Picture", image.Description),
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            PictureGraphic(relationshipId, image.WidthMm, image.HeightMm))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        return DrawingParagraph(new W.Drawing(inline), image.Alignment, flow);
    }

    /// <summary>
    /// A seal: anchored behind the text of the previous paragraph (the sign-off), its top at that
    /// paragraph's top, so it overlaps the signature as a stamped seal does (R-NOT-3, R-COL-3).
    /// </summary>
    private void RenderOverPrevious(M.Image image, OpenXmlCompositeElement target, Flow flow)
    {
        var host = target.LastChild as W.Paragraph;
        if (host is null)
        {
            host = DrawingParagraph(null, image.Alignment, flow);
            target.AppendChild(host);
        }

        var relationshipId = ImagePart(image.Png);
        var id = _ids.NextDrawingId();
        var horizontal = image.Alignment switch
        {
            M.TextAlignment.Center => "center",
            M.TextAlignment.Right => "right",
            _ => "left",
        };
        var anchor = new DW.Anchor(
            new DW.SimplePosition { X = 0L, Y = 0L },
            new DW.HorizontalPosition(new DW.HorizontalAlignment(horizontal)) { RelativeFrom = DW.HorizontalRelativePositionValues.Margin },
            new DW.VerticalPosition(new DW.PositionOffset("0")) { RelativeFrom = DW.VerticalRelativePositionValues.Paragraph },
            new DW.Extent { Cx = Measure.MmToEmu(image.WidthMm), Cy = Measure.MmToEmu(image.HeightMm) },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.WrapNone(),
            new DW.DocProperties { Id = id, Name = (image.IsSeal ? "Seal " : "Picture ") + Num(id), Description = Describe(image.Description) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            PictureGraphic(relationshipId, image.WidthMm, image.HeightMm))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
            SimplePos = false,
            RelativeHeight = RelativeHeightBase + id,
            BehindDoc = true,
            Locked = false,
            LayoutInCell = true,
            AllowOverlap = true,
        };

        // Anchors go first in the paragraph so the anchor point is the paragraph's first line.
        var run = new W.Run(new W.RunProperties(new W.NoProof()), new W.Drawing(anchor));
        if (host.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(run);
        }
        else
        {
            host.PrependChild(run);
        }
    }

    private void RenderQrCode(M.QrCode qr, OpenXmlCompositeElement target, Flow flow)
    {
        var png = QrCodes.Png(QrModules.Of(qr));
        var image = new M.Image(png, qr.SizeMm, qr.SizeMm) { Alignment = qr.Alignment, Description = qr.Payload };
        var hasCaption = !string.IsNullOrWhiteSpace(qr.Caption);
        target.AppendChild(RenderInlineImage(image, hasCaption ? flow with { KeepNext = true } : flow));
        if (hasCaption)
        {
            var style = _styles.ParagraphStyleId("caption") != Styles.StyleSheet.NormalId ? "caption" : flow.DefaultStyle ?? "body";
            var properties = ParagraphProperties(style, qr.Alignment, flow.KeepNext, flow.KeepLines);
            properties.Indentation = NoIndent();
            var caption = new W.Paragraph(properties);
            AppendInlines(caption, [new M.TextRun(qr.Caption!)]);
            target.AppendChild(caption);
        }
    }

    private W.Paragraph RenderChart(M.Chart chart, Flow flow)
    {
        var widthMm = chart.WidthMm ?? flow.WidthTwips * 25.4 / 1440;
        var relationshipId = _ids.NextRelationshipId("rIdChart");
        var part = _package.Add("word/charts/chart" + relationshipId["rIdChart".Length..] + ".xml", OpcTypes.Chart, ChartXml.Build(chart, _language));
        _host.Relate(relationshipId, OpcTypes.ChartRelationship, part);

        var inline = new DW.Inline(
            new DW.Extent { Cx = Measure.MmToEmu(widthMm), Cy = Measure.MmToEmu(chart.HeightMm) },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            DocProperties("Chart", chart.Title),
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = ChartUri }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        return DrawingParagraph(new W.Drawing(inline), M.TextAlignment.Center, flow);
    }

    /// <summary>A paragraph for a drawing: single spacing (a multiple would scale the image's line), no indent.</summary>
    private W.Paragraph DrawingParagraph(W.Drawing? drawing, M.TextAlignment alignment, Flow flow)
    {
        var properties = new W.ParagraphProperties
        {
            ParagraphStyleId = new W.ParagraphStyleId { Val = _styles.ParagraphStyleId(flow.DefaultStyle) },
            KeepNext = flow.KeepNext ? new W.KeepNext() : null,
            KeepLines = flow.KeepLines ? new W.KeepLines() : null,
            SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
            Indentation = NoIndent(),
            Justification = new W.Justification { Val = JustificationValue(alignment) },
        };
        var paragraph = new W.Paragraph(properties);
        if (drawing is not null)
        {
            paragraph.AppendChild(new W.Run(new W.RunProperties(new W.NoProof()), drawing));
        }

        return paragraph;
    }

    private string ImagePart(byte[] png)
    {
        if (_imageParts.TryGetValue(png, out var existing))
        {
            return existing;
        }

        var relationshipId = _ids.NextRelationshipId("rIdImage");
        var part = _package.Add("word/media/image" + relationshipId["rIdImage".Length..] + ".png", OpcTypes.Png, png);
        _host.Relate(relationshipId, OpcTypes.ImageRelationship, part);

        _imageParts.Add(png, relationshipId);
        return relationshipId;
    }

    private DW.DocProperties DocProperties(string kind, string? description)
    {
        var id = _ids.NextDrawingId();
        return new DW.DocProperties { Id = id, Name = kind + " " + Num(id), Description = Describe(description) };
    }

    private static StringValue? Describe(string? description) =>
        string.IsNullOrEmpty(description) ? null : new StringValue(SafeText.Clean(description));

    private static A.Graphic PictureGraphic(string relationshipId, double widthMm, double heightMm) =>
        new(new A.GraphicData(
            new Pic.Picture(
                new Pic.NonVisualPictureProperties(
                    new Pic.NonVisualDrawingProperties { Id = 0U, Name = relationshipId + ".png" },
                    new Pic.NonVisualPictureDrawingProperties()),
                new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                new Pic.ShapeProperties(
                    new A.Transform2D(
                        new A.Offset { X = 0L, Y = 0L },
                        new A.Extents { Cx = Measure.MmToEmu(widthMm), Cy = Measure.MmToEmu(heightMm) }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = PictureUri });
}
