using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;
using Xunit;

namespace ReportingEngine.Domain.Tests;

public class DossierCompletenessTests
{
    private static readonly DocumentCatalog Catalog = DefaultDocumentCatalog.Instance;

    private static Unit Unit(bool occupied) => new("U1", "B1", 1, 12, "02", 89.5m, UnitUse.Residence, occupied ? new DateOnly(2020, 1, 1) : null);

    private static DossierDocument Doc(string code, DossierPhase phase, DocumentForm form = DocumentForm.Original) =>
        new("D-" + code, "U1", code, code, phase, form, new DateOnly(2020, 1, 1), "A柜-12屉");

    private static Renovation Renovation(bool extension = false, bool hotWork = false, bool violation = false, bool completed = true) =>
        new("R1", "U1", new DateOnly(2020, 2, 1), completed ? new DateOnly(2020, 5, 1) : null, extension, hotWork, violation);

    private static Dossier Dossier(bool occupied, IEnumerable<DossierDocument> docs, Renovation? renovation = null, bool transferred = false) =>
        new(Unit(occupied), [], renovation is null ? [] : [renovation],
            transferred ? [new OwnershipTransfer("T1", "U1", "O1", "O2", new DateOnly(2023, 1, 1))] : [], [.. docs]);

    private static IEnumerable<DossierDocument> All(DossierPhase phase, params string[] except) =>
        Catalog.ForPhase(phase).Where(i => !except.Contains(i.Code)).Select(i => Doc(i.Code, phase, i.Form == RequiredForm.Copy ? DocumentForm.Copy : DocumentForm.Original));

    private static RequirementResult Line(CompletenessReport report, string code) => report.Lines.Single(l => l.Items.Any(i => i.Code == code));

    [Fact]
    public void The_default_catalog_holds_seed_000s_lists()
    {
        // R-DOS-2: 10 move-in items; R-DOS-3: 12 renovation items; R-DOS-4: 6 transfer items.
        Assert.Equal(10, Catalog.ForPhase(DossierPhase.MoveIn).Count());
        Assert.Equal(12, Catalog.ForPhase(DossierPhase.Renovation).Count());
        Assert.Equal(6, Catalog.ForPhase(DossierPhase.Transfer).Count());
        Assert.Equal(RequiredForm.Original, Catalog.Find("mi_notice")!.Form);
    }

    [Fact]
    public void A_transfer_with_only_a_sales_contract_is_complete()
    {
        // R-DOS-4: 房产证 copy OR 买卖协议 copy.
        var report = DossierCompleteness.Evaluate(Dossier(true, All(DossierPhase.MoveIn).Concat(All(DossierPhase.Transfer, "tr_deed")), transferred: true), Catalog);
        var proof = Line(report, "tr_deed");
        Assert.Equal(RequirementStatus.Present, proof.Status);
        Assert.Equal("tr_sale", proof.SatisfiedBy!.KindCode);
        Assert.Equal("房产证复印件 或 买卖协议复印件", proof.Label);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void A_transfer_with_neither_deed_nor_sales_contract_misses_one_either_or_line()
    {
        var report = DossierCompleteness.Evaluate(Dossier(true, All(DossierPhase.MoveIn).Concat(All(DossierPhase.Transfer, "tr_deed", "tr_sale")), transferred: true), Catalog);
        var missing = Assert.Single(report.Missing);
        Assert.Equal(2, missing.Items.Count);
    }

    [Fact]
    public void Transfer_documents_are_not_required_without_a_transfer()
    {
        var report = DossierCompleteness.Evaluate(Dossier(true, All(DossierPhase.MoveIn)), Catalog);
        Assert.Equal(RequirementStatus.NotRequired, Line(report, "tr_confirmation").Status);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void Move_in_documents_are_required_once_occupied_and_not_before()
    {
        var missingKeys = All(DossierPhase.MoveIn, "mi_keys").ToList();
        Assert.Equal(RequirementStatus.Missing, Line(DossierCompleteness.Evaluate(Dossier(true, missingKeys), Catalog), "mi_keys").Status);
        Assert.Equal(RequirementStatus.NotRequired, Line(DossierCompleteness.Evaluate(Dossier(false, []), Catalog), "mi_keys").Status);
    }

    [Fact]
    public void An_original_only_item_is_missing_when_only_a_copy_is_held()
    {
        var docs = All(DossierPhase.MoveIn, "mi_notice").Append(Doc("mi_notice", DossierPhase.MoveIn, DocumentForm.Copy));
        var line = Line(DossierCompleteness.Evaluate(Dossier(true, docs), Catalog), "mi_notice");
        Assert.Equal(RequirementStatus.Missing, line.Status);
        Assert.Equal("需原件，仅存复印件", line.Note);
    }

    [Fact]
    public void Hot_work_permit_is_required_only_when_hot_work_was_done()
    {
        // R-DOS-3 conditional items.
        var docs = All(DossierPhase.MoveIn).Concat(All(DossierPhase.Renovation, "rn_hot_work", "rn_extension", "rn_violation")).ToList();
        var without = DossierCompleteness.Evaluate(Dossier(true, docs, Renovation()), Catalog);
        Assert.Equal(RequirementStatus.NotRequired, Line(without, "rn_hot_work").Status);
        Assert.Equal(RequirementStatus.NotRequired, Line(without, "rn_extension").Status);
        Assert.Equal(RequirementStatus.NotRequired, Line(without, "rn_violation").Status);
        Assert.True(without.IsComplete);

        var with = DossierCompleteness.Evaluate(Dossier(true, docs, Renovation(hotWork: true, extension: true, violation: true)), Catalog);
        Assert.Equal(RequirementStatus.Missing, Line(with, "rn_hot_work").Status);
        Assert.Equal(RequirementStatus.Missing, Line(with, "rn_extension").Status);
        Assert.Equal(RequirementStatus.Missing, Line(with, "rn_violation").Status);
    }

    [Fact]
    public void Completion_documents_wait_for_the_renovation_to_finish()
    {
        var docs = All(DossierPhase.MoveIn).Concat(All(DossierPhase.Renovation, "rn_completion", "rn_passes", "rn_hot_work", "rn_extension", "rn_violation"));
        var report = DossierCompleteness.Evaluate(Dossier(true, docs, Renovation(completed: false)), Catalog);
        Assert.Equal(RequirementStatus.NotRequired, Line(report, "rn_completion").Status);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void A_catalog_with_a_duplicate_code_is_rejected()
    {
        var item = Catalog.Items[0];
        Assert.Throws<ArgumentException>(() => new DocumentCatalog("x", [item, item]));
    }
}
