using ReportingEngine.Documents.Model;
using ReportingEngine.Generation.AuditPacks.Models;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>A section rendered on its own: model, document, its standalone PDF (registered, hashed) and template version.</summary>
internal sealed record RenderedSection(AuditSectionModel Model, Document Document, byte[] Pdf, string TemplateVersion)
{
    /// <summary>First page of the section in the pack PDF.</summary>
    public int StartPage { get; init; }
}
