using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using QRCoder;

namespace ReportingEngine.Bench.Peers;

/// <summary>
/// The fee notice of <c>templates/fee-notice/sample.json</c> as one self-contained HTML page, for the Chromium peer:
/// the same texts, the same two tables, the QR code (PNG, same payload) and the seal image, A4 with the same margins,
/// titles in the 黑体 stand-in (WenQuanYi Zen Hei) and body text in the 宋体 stand-in (AR PL UMing), page header as a
/// block and the footer with real page numbers in a CSS page-margin box. What it leaves out: PDF bookmarks, document metadata and the archive-grade font subsetting
/// checks — work our writer does and the peer does not.
/// </summary>
internal static class FeeNoticeHtml
{
    public static string Build(JsonElement m, string amountInWords, string sealPath)
    {
        string S(string name) => WebUtility.HtmlEncode(m.GetProperty(name).ToString());
        static string Money(JsonElement e) => e.GetDecimal().ToString("#,##0.00", CultureInfo.InvariantCulture);
        static string PeriodCn(string p) => $"{p[..4]}年{int.Parse(p[5..], CultureInfo.InvariantCulture)}月";
        static string DateCn(string d) => $"{d[..4]}年{int.Parse(d[5..7], CultureInfo.InvariantCulture)}月{int.Parse(d[8..], CultureInfo.InvariantCulture)}日";
        var period = PeriodCn(m.GetProperty("period").GetString()!);
        var due = DateCn(m.GetProperty("due_date").GetString()!);
        var qr = Convert.ToBase64String(new PngByteQRCode(new QRCodeGenerator().CreateQrCode(m.GetProperty("payment_payload").GetString()!, QRCodeGenerator.ECCLevel.M)).GetGraphic(8));
        var seal = Convert.ToBase64String(File.ReadAllBytes(sealPath));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>缴费通知单 {{S("community")}}{{S("building")}} {{S("unit_label")}} {{period}}</title>
            <style>
            @page { size: A4; margin: 20mm 18mm 18mm 22mm;
              @bottom-center { content: "{{S("community")}}{{S("building")}} {{S("unit_label")}}　{{period}}缴费通知单　第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; } }
            body { font-family: "AR PL UMing CN", "AR PL UMing TW", serif; font-size: 10.5pt; line-height: 1.35; margin: 0; }
            h1 { font-family: "WenQuanYi Zen Hei", sans-serif; font-size: 18pt; text-align: center; margin: 4mm 0; font-weight: normal; }
            .head { font-size: 9pt; border-bottom: 0.5pt solid #000; margin-bottom: 4mm; }
            .section { font-family: "WenQuanYi Zen Hei", sans-serif; margin-top: 4mm; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
            td { border: 0.5pt solid #000; padding: 1mm 2mm; text-align: center; }
            td.l { text-align: left; } td.r { text-align: right; }
            tr.h td { background: #F2F2F2; font-weight: bold; }
            table.plain td { border: none; }
            .small { font-size: 9pt; margin: 0; }
            p { margin: 1.2mm 0; }
            .signoff { text-align: right; margin: 1mm 0; }
            .seal { position: relative; height: 0; } .seal img { position: absolute; right: 0; top: -30mm; width: 38mm; }
            </style></head><body>
            <div class="head">{{S("company")}}　{{S("service_center")}}　　档案号：{{S("document_id")}}</div>
            <h1>缴费通知单（付款请求书）</h1>
            <p>尊敬的{{S("owner")}}业主：</p>
            <p>您好！您的房屋<b>{{S("community")}}{{S("building")}} {{S("unit_label")}}</b>（建筑面积 {{S("building_area")}} 平方米）{{period}}应缴费用如下，请于<b>{{due}}</b>前缴纳。感谢您对物业服务工作的支持！</p>
            <p class="section">一、本期费用（{{period}}）</p>
            <table><tr class="h"><td>收费项目</td><td>数量</td><td>单价（元）</td><td>金额（元）</td></tr>
            """);
        foreach (var line in m.GetProperty("lines").EnumerateArray())
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\">{WebUtility.HtmlEncode(line.GetProperty("description").GetString())}</td><td>{line.GetProperty("quantity")}</td><td>{Money(line.GetProperty("unit_price"))}</td><td class=\"r\">{Money(line.GetProperty("amount"))}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\" colspan=\"3\"><b>本期应缴</b></td><td class=\"r\"><b>{Money(m.GetProperty("current_amount"))}</b></td></tr></table>\n");
        html.Append("<p class=\"section\">二、往期欠费（按月列示）</p>\n<table><tr class=\"h\"><td>账期</td><td>应缴（元）</td><td>已缴（元）</td><td>欠费（元）</td></tr>\n");
        foreach (var row in m.GetProperty("arrears").EnumerateArray())
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{PeriodCn(row.GetProperty("period").GetString()!)}</td><td class=\"r\">{Money(row.GetProperty("billed"))}</td><td class=\"r\">{Money(row.GetProperty("paid"))}</td><td class=\"r\">{Money(row.GetProperty("outstanding"))}</td></tr>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\" colspan=\"3\"><b>往期欠费合计</b></td><td class=\"r\"><b>{Money(m.GetProperty("arrears_total"))}</b></td></tr></table>\n");
        var barred = string.Join("、", m.GetProperty("time_barred").EnumerateArray().Select(r => PeriodCn(r.GetProperty("period").GetString()!)));
        html.Append(CultureInfo.InvariantCulture, $$"""
            <p><b>合计应缴：人民币 {{Money(m.GetProperty("total_due"))}} 元</b>（大写：{{WebUtility.HtmlEncode(amountInWords)}}）</p>
            <p>缴费期限：请于{{due}}前缴清。逾期未缴的，物业服务中心将安排专人电话提醒或上门收取。</p>
            <p>注：{{barred}}尚有欠费共 {{Money(m.GetProperty("time_barred_total"))}} 元，已超过诉讼时效，仅供对账，未计入本次应缴金额。</p>
            <p class="section">缴费方式</p>
            <table class="plain"><tr><td class="l" style="width:73%; vertical-align:top">
            <p class="small">1. 到{{S("service_center")}}前台以现金、刷卡或转账缴纳；</p>
            <p class="small">2. 扫描右侧二维码缴费，付款参考号：{{S("payment_reference")}}；</p>
            """);
        var index = 3;
        foreach (var note in m.GetProperty("payment_notes").EnumerateArray())
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"small\">{index++}. {WebUtility.HtmlEncode(note.GetString())}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $$"""
            <p class="small">缴费后请索取正式收据或发票。如对账单有疑问，请致电 {{S("service_phone")}}。</p>
            </td><td><img src="data:image/png;base64,{{qr}}" style="width:26mm" alt="扫码缴费"><br><span class="small">扫码缴费</span></td></tr></table>
            <div style="break-inside: avoid"><p class="signoff">{{S("service_center")}}</p>
            <p class="signoff">{{DateCn(m.GetProperty("issue_date").GetString()!)}}</p>
            <div class="seal"><img src="data:image/png;base64,{{seal}}" alt="{{S("service_center")}}公章"></div></div>
            </body></html>
            """);
        return html.ToString();
    }
}
