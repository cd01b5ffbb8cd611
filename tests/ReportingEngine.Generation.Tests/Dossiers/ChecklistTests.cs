using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Generation.Dossiers;

namespace ReportingEngine.Generation.Tests.Dossiers;

public sealed class ChecklistTests(DossierEstateFixture estate) : IClassFixture<DossierEstateFixture>
{
    private static readonly DateOnly AsOf = new(2025, 12, 1);

    private async Task<(ChecklistModel? Model, List<DossierProblem> Problems)> ModelOf(string unitId, DocumentCatalog? catalog = null)
    {
        var dossier = await estate.Reader.StreamDossiersAsync(UnitScope.Unit(unitId), CancellationToken.None).SingleAsync();
        var building = (await estate.Reader.GetBuildingsAsync(UnitScope.Unit(unitId), CancellationToken.None)).Single(b => b.Id == dossier.Unit.BuildingId);
        var problems = new List<DossierProblem>();
        var vip = (await estate.Reader.GetVipDetailsAsync(UnitScope.Unit(unitId), CancellationToken.None)).ToDictionary(v => v.OwnerId, StringComparer.Ordinal);
        var model = ChecklistBuilder.Build(dossier, "华安物业服务有限公司", "测试花园", building, catalog ?? DefaultDocumentCatalog.Instance, vip, AsOf, problems);
        return (model, problems);
    }

    [Fact]
    public async Task Every_unit_with_an_owner_gets_a_checklist_in_pdf_and_docx_and_each_building_a_merged_print_file()
    {
        // R-DOS-8: one checklist per dossier; print file per building in floor-room order, one bookmark per unit.
        var result = await estate.Documents.ChecklistsAsync(estate.Job(AsOf, "pdf", "docx"), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var perUnit = result.Files.Where(f => !f.EndsWith("-print.pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, perUnit.Count);
        Assert.All(perUnit.Where(f => f.EndsWith(".docx", StringComparison.Ordinal)), PdfText.AssertValidDocx);

        var print = result.Files.Single(f => f.EndsWith("DQD-20251201-X01-B01-print.pdf", StringComparison.Ordinal));
        Assert.Equal(["1栋 1-01 张伟", "1栋 1-02 李娜"], PdfText.TopBookmarks(print));
        Assert.Equal(2, PdfText.Pages(print));
        var second = result.Files.Single(f => f.EndsWith("DQD-20251201-X01-B02-print.pdf", StringComparison.Ordinal));
        Assert.Equal(["2栋 1-01 王芳", "2栋 1-02 赵强", "2栋 2-01 陈明"], PdfText.TopBookmarks(second));
    }

    [Fact]
    public async Task A_unit_without_owner_is_reported_by_key_and_the_other_checklists_are_still_written()
    {
        // Issue 4 bad input.
        var result = await estate.Documents.ChecklistsAsync(estate.Job(AsOf), CancellationToken.None);
        Assert.True(result.Succeeded);
        var problem = Assert.Single(result.Problems, p => p.Key == DossierEstate.UnitWithoutOwner);
        Assert.Equal("units", problem.Table);
        Assert.DoesNotContain(result.Files, f => f.Contains(DossierEstate.UnitWithoutOwner, StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.EndsWith("DQD-20251201-X01-B01-0101.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_of_unknown_kind_is_reported_by_key_and_still_listed_as_held()
    {
        // Issue 4 bad input; R-DOS-8 lists every document held.
        var (model, problems) = await ModelOf(DossierEstate.VipUnit);
        var problem = Assert.Single(problems);
        Assert.Equal(("dossier_documents", DossierEstate.UnknownKindDocument), (problem.Table, problem.Key));
        var line = Assert.Single(model!.Held, l => l.Name == "车位租赁合同");
        Assert.Equal(("其他", "目录外资料"), (line.Phase, line.Remark));
        Assert.Equal(line.No, model.Held.Count);
    }

    [Fact]
    public async Task Missing_documents_are_marked_for_follow_up_in_the_printed_checklist()
    {
        // R-DOS-8, R-QI-1 追补.
        var (model, _) = await ModelOf(DossierEstate.VipUnit);
        var missing = Assert.Single(model!.Missing);
        Assert.Equal(("入伙", "区域防火责任书"), (missing.Phase, missing.Name));

        var result = await estate.Documents.ChecklistsAsync(estate.Job(AsOf) with { BuildingId = "X01-B01" }, CancellationToken.None);
        var text = PdfText.Of(result.Files.Single(f => f.EndsWith("DQD-20251201-X01-B01-0102.pdf", StringComparison.Ordinal)));
        Assert.Contains("区域防火责任书", text, StringComparison.Ordinal);
        Assert.Contains("追补", text, StringComparison.Ordinal);
        Assert.Contains("1-02", text, StringComparison.Ordinal);
        Assert.Contains("档案管理员（签名）", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vip_owner_without_a_vip_record_is_listed_for_the_clerk_and_a_complete_record_says_so()
    {
        // R-DOS-6 (the fixture's VIP owner 李娜 has no VIP record); R-DOS-5 (the other records are complete).
        var (model, _) = await ModelOf(DossierEstate.VipUnit);
        var finding = Assert.Single(model!.RecordFindings);
        Assert.Equal(("李娜", "重点业户资料", "未建立", "R-DOS-6"), (finding.Subject, finding.Item, finding.Finding, finding.Rule));

        var result = await estate.Documents.ChecklistsAsync(estate.Job(AsOf) with { BuildingId = "X01-B01" }, CancellationToken.None);
        var vip = PdfText.Of(result.Files.Single(f => f.EndsWith("DQD-20251201-X01-B01-0102.pdf", StringComparison.Ordinal)));
        Assert.Contains("三、电子档案基本资料", vip, StringComparison.Ordinal);
        Assert.Contains("未建立（R-DOS-6）", vip, StringComparison.Ordinal);
        var plain = PdfText.Of(result.Files.Single(f => f.EndsWith("DQD-20251201-X01-B01-0101.pdf", StringComparison.Ordinal)));
        Assert.Contains("电子档案基本资料齐全（R-DOS-5）", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checklist_follows_the_companys_own_catalog()
    {
        // R-DOS-9: another company (002 §10.2) also requires 住宅使用公约 and 保管钥匙委托书 at move-in and not 区域防火责任书.
        var own = new DocumentCatalog("company-002", DefaultDocumentCatalog.Instance.Items
            .Where(i => i.Code != "mi_fire")
            .Append(new CatalogItem("mi_usage", "住宅使用公约", DossierPhase.MoveIn, RequiredForm.Any, null, CatalogCondition.Always, 20))
            .Append(new CatalogItem("mi_key_trust", "保管钥匙委托书", DossierPhase.MoveIn, RequiredForm.Original, null, CatalogCondition.Always, 21)));

        var (model, problems) = await ModelOf(DossierEstate.VipUnit, own);

        Assert.Equal(["住宅使用公约", "保管钥匙委托书"], model!.Missing.Select(m => m.Name));
        Assert.Equal("原件", model.Missing[1].Required);
        Assert.Contains(problems, p => p.Message.Contains("catalog 'company-002' (R-DOS-9)", StringComparison.Ordinal)); // 车位租赁合同 is in neither
    }

    [Fact]
    public async Task A_transfer_with_only_the_sale_contract_copy_misses_nothing()
    {
        // R-DOS-4: 房产证复印件 or 买卖协议复印件, either satisfies.
        var (model, problems) = await ModelOf("X01-B02-0101");
        Assert.Empty(problems);
        Assert.Empty(model!.Missing);
        Assert.Equal("王芳", model.Owner);
        Assert.Contains("过户", model.Phases, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renovation_with_hot_work_misses_the_hot_work_permit_only()
    {
        // R-DOS-3: conditional items only when their condition holds.
        var (model, _) = await ModelOf("X01-B02-0201");
        var missing = Assert.Single(model!.Missing);
        Assert.Equal("动用明火申请表", missing.Name);
    }

    [Fact]
    public async Task Catalog_cards_show_number_building_room_and_owner_and_skip_the_unit_without_owner()
    {
        // R-DOS-8.
        var result = await estate.Documents.CatalogCardsAsync(estate.Job(AsOf, "pdf", "docx"), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(4, result.Files.Count);
        Assert.Contains(result.Problems, p => p.Key == DossierEstate.UnitWithoutOwner);
        var text = PdfText.Of(result.Files.Single(f => f.EndsWith("MLKP-20251201-X01-B01.pdf", StringComparison.Ordinal)));
        Assert.Contains("X01-B01-0101", text, StringComparison.Ordinal);
        Assert.Contains("张伟", text, StringComparison.Ordinal);
        Assert.Contains("沿虚线剪开", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X01-B01-0103", text, StringComparison.Ordinal);
        PdfText.AssertValidDocx(result.Files.Single(f => f.EndsWith("MLKP-20251201-X01-B01.docx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unknown_community_is_an_error_naming_the_known_ones()
    {
        var result = await estate.Documents.ChecklistsAsync(estate.Job(AsOf) with { CommunityId = "NOPE" }, CancellationToken.None);
        var error = Assert.Single(result.Errors);
        Assert.Contains("X01", error, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }
}
