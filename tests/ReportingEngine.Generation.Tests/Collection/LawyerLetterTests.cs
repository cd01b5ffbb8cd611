using System.Globalization;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Generation.Collection;
using ReportingEngine.Generation.Tests.Surveys;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Collection;

/// <summary>R-COL-1 step 4 (approved eligible accounts only), R-COL-2 (time-barred periods never demanded), R-COL-3 (seal).</summary>
[Collection(SharedEstate.Name)]
public sealed class LawyerLetterTests(CollectionEstateFixture estate, ITestOutputHelper output)
{
    private static CollectionRequest Request => new() { CommunityId = CollectionEstateFixture.Community, AsOf = CollectionEstateFixture.AsOf };

    [Fact]
    public async Task Letters_are_written_for_exactly_the_approved_eligible_accounts()
    {
        // R-COL-1 step 4: the domain decides who is eligible and whose letter is approved; the generator must agree.
        var (units, actions) = await estate.DomainViewAsync(CollectionEstateFixture.Community, CollectionEstateFixture.AsOf);
        var draft = LawyerLetters.Draft(units.Select(u => u.Assessment));
        var approved = LawyerLetters.Approved(draft, actions, CollectionEstateFixture.AsOf).Select(c => c.UnitId).ToHashSet(StringComparer.Ordinal);
        var unapproved = draft.Select(c => c.UnitId).Where(id => !approved.Contains(id)).ToList();
        Assert.NotEmpty(approved);
        Assert.NotEmpty(unapproved);

        var folder = estate.NewOutputFolder();
        var run = await estate.Documents.GenerateLettersAsync(Request with { Formats = ["pdf"] }, folder, CancellationToken.None);

        Assert.True(run.Succeeded, string.Join("\n", run.Problems));
        Assert.Equal(approved.Count, run.Documents);
        var written = Directory.GetFiles(folder, "*.pdf").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(approved.Count, written.Count);
        Assert.All(approved, id => Assert.Contains(written, name => name!.EndsWith(id, StringComparison.Ordinal)));

        // An eligible account without approval (drafted, or never submitted) gets no letter.
        Assert.All(unapproved, id => Assert.DoesNotContain(written, name => name!.EndsWith(id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_letter_states_debtor_unit_every_demanded_period_and_the_total_but_no_time_barred_amount()
    {
        var (letters, problems, _) = await estate.Documents.BuildLettersAsync(Request, CancellationToken.None);
        Assert.Empty(problems);
        var letter = Assert.Single(letters, l => l.UnitId == CollectionEstateFixture.BarredUnit);

        // R-COL-2: the 2022-06 bill is time-barred, so the letter demands 2026-03..2026-10 only.
        Assert.Equal(Enumerable.Range(3, 8).Select(m => $"2026-{m:00}"), letter.Periods.Select(p => p.Period));
        Assert.Equal(letter.Periods.Sum(p => p.Outstanding), letter.Total);
        Assert.Equal("2026-11-20", letter.Deadline);

        var outcome = estate.Renderer.Render(CollectionDocuments.LetterKind, letter, ["pdf", "docx"], CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        DocxCheck.AssertValid(outcome.Files.Single(f => f.Format == "docx").Content);
        var text = await PdfText.ExtractAsync(outcome.Files.Single(f => f.Format == "pdf").Content, estate.NewOutputFolder(), output);
        if (text is null)
        {
            return;
        }

        Assert.Contains(letter.Owner, text, StringComparison.Ordinal);
        Assert.Contains("1栋4-04", text, StringComparison.Ordinal);
        Assert.Contains(CollectionEstateFixture.Firm.Name, text, StringComparison.Ordinal);
        Assert.Contains("华安物业服务有限公司", text, StringComparison.Ordinal);
        foreach (var period in letter.Periods)
        {
            var month = int.Parse(period.Period[5..], CultureInfo.InvariantCulture);
            Assert.Contains($"2026年{month}月", text, StringComparison.Ordinal);
            Assert.Contains(period.Outstanding.ToString("#,##0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }

        Assert.Contains(letter.Total.ToString("#,##0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("2026年11月20日", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CollectionEstateFixture.BarredAmount.ToString("0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.DoesNotContain("2022年6月", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draft_list_holds_every_eligible_account_with_reason_limitation_and_approval_state()
    {
        var (units, actions) = await estate.DomainViewAsync(CollectionEstateFixture.Community, CollectionEstateFixture.AsOf);
        var decisions = LawyerLetters.Decide(LawyerLetters.Draft(units.Select(u => u.Assessment)), actions, CollectionEstateFixture.AsOf);

        var (model, problems, _) = await estate.Documents.BuildLetterListAsync(Request, CancellationToken.None);

        Assert.Empty(problems);
        Assert.NotNull(model);
        Assert.Equal(decisions.Select(d => d.Candidate.UnitId), model.Rows.Select(r => r.UnitId));
        Assert.Equal(decisions.Sum(d => d.Candidate.Amount), model.Total);
        Assert.Equal(decisions.Count(d => d.State == ApprovalState.Approved), model.Approved);
        var barred = model.Rows.Single(r => r.UnitId == CollectionEstateFixture.BarredUnit);
        Assert.Equal("已审批", barred.Approval);
        Assert.Contains("上门催缴被拒2次", barred.Reason, StringComparison.Ordinal);
        Assert.Contains("已过诉讼时效 321.87 元", barred.Limitation, StringComparison.Ordinal);
        Assert.Equal(CollectionEstateFixture.BarredAmount, model.TimeBarredTotal);
        Assert.Contains(model.Rows, r => r.Approval == "未报批");

        var folder = estate.NewOutputFolder();
        var run = await estate.Documents.GenerateLetterListAsync(Request, folder, CancellationToken.None);
        Assert.True(run.Succeeded, string.Join("\n", run.Problems));
        DocxCheck.AssertValid(await File.ReadAllBytesAsync(run.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal))));
        PdfText.AssertQpdfCheck(run.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)), output);
    }

    [Fact]
    public async Task Without_a_law_firm_no_letter_is_written()
    {
        var documents = new CollectionDocuments(estate.Reader, estate.Renderer, TimeProvider.System, null, CollectionOptions.Default);
        var folder = estate.NewOutputFolder();

        var run = await documents.GenerateLettersAsync(Request, folder, CancellationToken.None);

        Assert.False(run.Succeeded);
        Assert.Contains(run.Problems, p => p.Contains("law firm", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task An_unknown_community_is_a_problem_naming_it_and_nothing_is_written()
    {
        var folder = estate.NewOutputFolder();

        var run = await estate.Documents.GenerateLettersAsync(Request with { CommunityId = "C99" }, folder, CancellationToken.None);

        Assert.Contains(run.Problems, p => p.StartsWith("--community C99: error: no such community", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Every_letter_file_is_recorded_in_the_output_register_with_its_sha256()
    {
        var folder = estate.NewOutputFolder();
        var run = await estate.Documents.GenerateLettersAsync(Request, folder, CancellationToken.None);
        Assert.True(run.Succeeded, string.Join("\n", run.Problems));

        foreach (var path in run.Files)
        {
            var verification = await estate.Register.VerifyAsync(path, CancellationToken.None);
            var entry = Assert.Single(verification.Entries, e => e.FileName == Path.GetFileName(path));
            Assert.Equal(CollectionDocuments.LetterKind, entry.Kind);
            Assert.Equal("2026-11-05", entry.Period);
        }

        // Same data, same template: a re-run writes the same bytes.
        var again = estate.NewOutputFolder();
        var second = await estate.Documents.GenerateLettersAsync(Request, again, CancellationToken.None);
        Assert.Equal(
            run.Files.Select(f => Convert.ToHexString(File.ReadAllBytes(f))),
            second.Files.Select(f => Convert.ToHexString(File.ReadAllBytes(f))));
    }
}
