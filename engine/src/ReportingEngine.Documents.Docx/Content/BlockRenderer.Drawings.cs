using ReportingEngine.Documents.Barcodes;
using ReportingEngine.Documents.Docx.Charts;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Styles;
using ReportingEngine.Documents.Docx.Units;
using M = ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>Images (inline and seals anchored behind the sign-off), QR codes and native charts.</summary>
internal sealed partial class BlockRenderer
{
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>Z-order base Word itself uses for shapes behind text.</summary>
    private const uint RelativeHeightBase = 251658240;

    private readonly Dictionary<byte[], string> _imageParts = new(ReferenceEqualityComparer.Instance);

    private void WriteInlineImage(M.Image image, Flow flow, List<M.Image>? seals, bool repeats = true)
    {
        // Ids in model order: this image's, then those of the seals stamped on its paragraph.
        var relationshipId = ImagePart(image.Png, repeats);
        var drawingId = _ids.NextDrawingId();
        WriteDrawingParagraph(image.Alignment, flow, seals, new Drawing(image.IsSeal ? "Seal" : "Picture", drawingId, image.Description, image.WidthMm, image.HeightMm, relationshipId, IsChart: false));
    }

    private void WriteQrCode(M.QrCode qr, Flow flow, List<M.Image>? seals)
    {
        var png = QrCodes.Png(QrModules.Of(qr));
        var image = new M.Image(png, qr.SizeMm, qr.SizeMm) { Alignment = qr.Alignment, Description = qr.Payload };
        if (string.IsNullOrWhiteSpace(qr.Caption))
        {
            WriteInlineImage(image, flow, seals, repeats: false);
            return;
        }

        WriteInlineImage(image, flow with { KeepNext = true }, seals: null, repeats: false);
        var style = _styles.ParagraphStyleId("caption") != StyleSheet.NormalId ? "caption" : flow.DefaultStyle ?? "body";
        _w.Open("p");
        WriteParagraphProperties(style, qr.Alignment, flow.KeepNext, flow.KeepLines, outlineLevel: null, noIndent: true);
        WriteSeals(seals);
        WriteTextRun(new M.TextRun(qr.Caption));
        _w.End();
    }

    private void WriteChart(M.Chart chart, Flow flow, List<M.Image>? seals)
    {
        var widthMm = chart.WidthMm ?? flow.WidthTwips * 25.4 / 1440;
        var relationshipId = _ids.NextRelationshipId("rIdChart");
        var part = _package.Add("word/charts/chart" + relationshipId["rIdChart".Length..] + ".xml", OpcTypes.Chart, ChartXml.Build(chart, _language));
        _host.Relate(relationshipId, OpcTypes.ChartRelationship, part);
        var drawingId = _ids.NextDrawingId();
        WriteDrawingParagraph(M.TextAlignment.Center, flow, seals, new Drawing("Chart", drawingId, chart.Title, widthMm, chart.HeightMm, relationshipId, IsChart: true));
    }

    /// <summary>A paragraph for a drawing: single spacing (a multiple would scale the image's line), no indent.</summary>
    private void WriteDrawingParagraph(M.TextAlignment alignment, Flow flow, List<M.Image>? seals, Drawing? drawing)
    {
        _w.Open("p");
        _w.Open("pPr");
        _w.Val("pStyle", _styles.ParagraphStyleId(flow.DefaultStyle));
        if (flow.KeepNext)
        {
            _w.Empty("keepNext");
        }

        if (flow.KeepLines)
        {
            _w.Empty("keepLines");
        }

        WriteSpacing("240", "auto");
        WriteNoIndent();
        _w.Val("jc", StyleSheet.Justification(alignment));
        _w.End();
        WriteSeals(seals);
        if (drawing is { } inline)
        {
            _w.Open("r");
            WriteNoProof();
            _w.Open("drawing");
            _w.Start("wp", "inline");
            WriteDistances();
            WriteExtents(inline.WidthMm, inline.HeightMm);
            WriteDocProperties(inline.Kind, inline.Id, inline.Description);
            WriteFrameProperties(lockAspect: !inline.IsChart);
            if (inline.IsChart)
            {
                _w.Start("a", "graphic");
                _w.Start("a", "graphicData");
                _w.Plain("uri", ChartUri);
                _w.Start("c", "chart");
                _w.Attribute("r", "id", inline.RelationshipId);
                _w.End();
                _w.End();
                _w.End();
            }
            else
            {
                WritePictureGraphic(inline.RelationshipId, inline.WidthMm, inline.HeightMm);
            }

            _w.End();
            _w.End();
            _w.End();
        }

        _w.End();
    }

    /// <summary>
    /// Seals anchored behind the text of the paragraph just opened, their top at its top, so they
    /// overlap the signature as a stamped seal does (R-NOT-3, R-COL-3). Written right after w:pPr,
    /// the anchor point is the paragraph's first line; a later seal goes before an earlier one.
    /// </summary>
    private void WriteSeals(List<M.Image>? seals)
    {
        if (seals is null)
        {
            return;
        }

        Span<uint> drawingIds = seals.Count <= 8 ? stackalloc uint[seals.Count] : new uint[seals.Count];
        var relationshipIds = new string[seals.Count];
        for (var i = 0; i < seals.Count; i++)
        {
            relationshipIds[i] = ImagePart(seals[i].Png, repeats: true);
            drawingIds[i] = _ids.NextDrawingId();
        }

        for (var i = seals.Count - 1; i >= 0; i--)
        {
            WriteAnchor(seals[i], drawingIds[i], relationshipIds[i]);
        }
    }

    private void WriteAnchor(M.Image image, uint id, string relationshipId)
    {
        _w.Open("r");
        WriteNoProof();
        _w.Open("drawing");
        _w.Start("wp", "anchor");
        WriteDistances();
        _w.Plain("simplePos", "0");
        _w.Plain("relativeHeight", WordXml.Number(RelativeHeightBase + id));
        _w.Plain("behindDoc", "1");
        _w.Plain("locked", "0");
        _w.Plain("layoutInCell", "1");
        _w.Plain("allowOverlap", "1");
        _w.Start("wp", "simplePos");
        _w.Plain("x", "0");
        _w.Plain("y", "0");
        _w.End();
        _w.Start("wp", "positionH");
        _w.Plain("relativeFrom", "margin");
        _w.Element("wp", "align", image.Alignment switch
        {
            M.TextAlignment.Center => "center",
            M.TextAlignment.Right => "right",
            _ => "left",
        });
        _w.End();
        _w.Start("wp", "positionV");
        _w.Plain("relativeFrom", "paragraph");
        _w.Element("wp", "posOffset", "0");
        _w.End();
        WriteExtents(image.WidthMm, image.HeightMm);
        _w.Start("wp", "wrapNone");
        _w.End();
        WriteDocProperties(image.IsSeal ? "Seal" : "Picture", id, image.Description);
        WriteFrameProperties(lockAspect: true);
        WritePictureGraphic(relationshipId, image.WidthMm, image.HeightMm);
        _w.End();
        _w.End();
        _w.End();
    }

    private void WriteNoProof()
    {
        _w.Open("rPr");
        _w.Empty("noProof");
        _w.End();
    }

    private void WriteDistances()
    {
        _w.Plain("distT", "0");
        _w.Plain("distB", "0");
        _w.Plain("distL", "0");
        _w.Plain("distR", "0");
    }

    private void WriteExtents(double widthMm, double heightMm)
    {
        _w.Start("wp", "extent");
        _w.Plain("cx", WordXml.Number(Measure.MmToEmu(widthMm)));
        _w.Plain("cy", WordXml.Number(Measure.MmToEmu(heightMm)));
        _w.End();
        _w.Start("wp", "effectExtent");
        _w.Plain("l", "0");
        _w.Plain("t", "0");
        _w.Plain("r", "0");
        _w.Plain("b", "0");
        _w.End();
    }

    private void WriteDocProperties(string kind, uint id, string? description)
    {
        _w.Start("wp", "docPr");
        _w.Plain("id", WordXml.Number(id));
        _w.Plain("name", kind + " " + WordXml.Number(id));
        if (!string.IsNullOrEmpty(description))
        {
            _w.Plain("descr", SafeText.Clean(description));
        }

        _w.End();
    }

    private void WriteFrameProperties(bool lockAspect)
    {
        _w.Start("wp", "cNvGraphicFramePr");
        if (lockAspect)
        {
            _w.Start("a", "graphicFrameLocks");
            _w.Plain("noChangeAspect", "1");
            _w.End();
        }

        _w.End();
    }

    private void WritePictureGraphic(string relationshipId, double widthMm, double heightMm)
    {
        _w.Start("a", "graphic");
        _w.Start("a", "graphicData");
        _w.Plain("uri", PictureUri);
        _w.Start("pic", "pic");
        _w.Start("pic", "nvPicPr");
        _w.Start("pic", "cNvPr");
        _w.Plain("id", "0");
        _w.Plain("name", relationshipId + ".png");
        _w.End();
        _w.Start("pic", "cNvPicPr");
        _w.End();
        _w.End();
        _w.Start("pic", "blipFill");
        _w.Start("a", "blip");
        _w.Attribute("r", "embed", relationshipId);
        _w.End();
        _w.Start("a", "stretch");
        _w.Start("a", "fillRect");
        _w.End();
        _w.End();
        _w.End();
        _w.Start("pic", "spPr");
        _w.Start("a", "xfrm");
        _w.Start("a", "off");
        _w.Plain("x", "0");
        _w.Plain("y", "0");
        _w.End();
        _w.Start("a", "ext");
        _w.Plain("cx", WordXml.Number(Measure.MmToEmu(widthMm)));
        _w.Plain("cy", WordXml.Number(Measure.MmToEmu(heightMm)));
        _w.End();
        _w.End();
        _w.Start("a", "prstGeom");
        _w.Plain("prst", "rect");
        _w.Start("a", "avLst");
        _w.End();
        _w.End();
        _w.End();
        _w.End();
        _w.End();
        _w.End();
    }

    /// <summary>The relationship id of <paramref name="png"/>'s part, added on first use.</summary>
    /// <param name="png">The image.</param>
    /// <param name="repeats">A model image (a seal, a logo) recurs in other documents; a QR code does not.</param>
    private string ImagePart(byte[] png, bool repeats)
    {
        if (_imageParts.TryGetValue(png, out var existing))
        {
            return existing;
        }

        var relationshipId = _ids.NextRelationshipId("rIdImage");
        var part = _package.Add("word/media/image" + relationshipId["rIdImage".Length..] + ".png", OpcTypes.Png, png, repeats);
        _host.Relate(relationshipId, OpcTypes.ImageRelationship, part);

        _imageParts.Add(png, relationshipId);
        return relationshipId;
    }

    /// <summary>An inline drawing whose ids are already counted.</summary>
    private readonly record struct Drawing(string Kind, uint Id, string? Description, double WidthMm, double HeightMm, string RelationshipId, bool IsChart);
}
