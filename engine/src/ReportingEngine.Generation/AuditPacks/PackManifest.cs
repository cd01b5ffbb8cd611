using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>
/// 资料包清单 — what the pack holds: every included document's archive number, file and SHA-256, and the pack PDF and DOCX
/// hashes; written as JSON (for tools) and as plain text (for people). Deterministic: no clock, stable order.
/// </summary>
internal static class PackManifest
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One file of the manifest.</summary>
    public sealed record Entry(string ArchiveNumber, string Title, string File, string Format, string Sha256, long Bytes, int? StartPage);

    public static byte[] ToJson(AuditPackContext context, int totalPages, IReadOnlyList<Entry> documents, IReadOnlyList<Entry> pack)
    {
        var manifest = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["archive_number"] = context.ArchiveNumber,
            ["kind"] = AuditPacks.PackKind,
            ["company"] = context.Company.Name,
            ["community_id"] = context.Community.Id,
            ["community"] = context.Community.Name,
            ["from"] = AuditTexts.Iso(context.From),
            ["to"] = AuditTexts.Iso(context.To),
            ["as_of"] = AuditTexts.Iso(context.AsOf),
            ["marking"] = AuditTexts.Marking,
            ["total_pages"] = totalPages,
            ["documents"] = documents.Select(Row).ToList(),
            ["pack"] = pack.Select(Row).ToList(),
        };
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(manifest, Json) + "\n");
    }

    public static byte[] ToText(AuditPackContext context, int totalPages, IReadOnlyList<Entry> documents, IReadOnlyList<Entry> pack)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{context.Community.Name}审计资料包 清单\n");
        text.Append(inv, $"档案号：{context.ArchiveNumber}\n");
        text.Append(inv, $"编制单位：{context.Company.Name}\n");
        text.Append(inv, $"小区：{context.Community.Name}（{context.Community.Id}）\n");
        text.Append(inv, $"统计期间：{AuditTexts.Range(context.From, context.To)}\n");
        text.Append(inv, $"生成日期：{AuditTexts.Cn(context.AsOf)}\n");
        text.Append(inv, $"密级：{AuditTexts.Marking}\n");
        text.Append(inv, $"资料包 PDF 共 {totalPages} 页\n\n");
        text.Append("一、所含文件（各章节单独登记档案号）\n");
        foreach (var d in documents)
        {
            text.Append(inv, $"{d.ArchiveNumber}  {d.Title}（资料包第 {d.StartPage} 页起）\n    文件 {d.File}  {d.Bytes} 字节\n    SHA-256 {d.Sha256}\n");
        }

        text.Append("\n二、资料包文件\n");
        foreach (var p in pack)
        {
            text.Append(inv, $"{p.ArchiveNumber}  {p.Title}\n    文件 {p.File}  {p.Bytes} 字节\n    SHA-256 {p.Sha256}\n");
        }

        text.Append("\n核验：reporting verify 文件路径，或用 sha256sum 比对上列值。\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static Dictionary<string, object?> Row(Entry e) => new(StringComparer.Ordinal)
    {
        ["archive_number"] = e.ArchiveNumber,
        ["title"] = e.Title,
        ["file"] = e.File,
        ["format"] = e.Format,
        ["sha256"] = e.Sha256,
        ["bytes"] = e.Bytes,
        ["start_page"] = e.StartPage,
    };
}
