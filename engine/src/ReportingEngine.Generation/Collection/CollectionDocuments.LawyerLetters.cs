using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Collection.Models;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Collection;

public sealed partial class CollectionDocuments
{
    /// <summary>Archive-number prefix of lawyer letters.</summary>
    public const string LetterPrefix = "LL";

    /// <summary>Archive-number prefix of the draft list for approval.</summary>
    public const string LetterListPrefix = "LLL";

    /// <summary>
    /// Writes one lawyer letter per approved eligible account of the community (R-COL-1 step 4): eligible by the
    /// ladder, approved in the data (collection actions), demanding only periods not time-barred (R-COL-2).
    /// </summary>
    /// <param name="request">Community, as-of day, formats.</param>
    /// <param name="outputFolder">Folder the files go to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<CollectionRun> GenerateLettersAsync(CollectionRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.LawFirm is null)
        {
            return new CollectionRun { Problems = [CollectionMessages.NoLawFirm] };
        }

        var (letters, problems, notes) = await BuildLettersAsync(request, cancellationToken).ConfigureAwait(false);
        var allProblems = new List<string>(problems);
        var files = new List<string>();
        var documents = 0;
        if (allProblems.Count == 0)
        {
            await EnsureRegisterAsync(cancellationToken).ConfigureAwait(false);
            foreach (var letter in letters)
            {
                var written = await RenderAndWriteAsync(LetterKind, letter.DocumentId, letter, letter.UnitId, letter.LetterDate, request.Formats, outputFolder, allProblems, cancellationToken).ConfigureAwait(false);
                documents += written.Count > 0 ? 1 : 0;
                files.AddRange(written);
            }
        }

        return new CollectionRun { Files = files, Problems = allProblems, Notes = notes, Documents = documents };
    }

    /// <summary>Writes the community's draft list for approval (律师函审批名单): every eligible account with its reason and state.</summary>
    /// <param name="request">Community, as-of day, formats.</param>
    /// <param name="outputFolder">Folder the files go to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<CollectionRun> GenerateLetterListAsync(CollectionRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, problems, notes) = await BuildLetterListAsync(request, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return new CollectionRun { Problems = problems, Notes = notes };
        }

        await EnsureRegisterAsync(cancellationToken).ConfigureAwait(false);
        var allProblems = new List<string>(problems);
        var files = await RenderAndWriteAsync(LetterListKind, model.DocumentId, model, request.CommunityId, model.ListDate, request.Formats, outputFolder, allProblems, cancellationToken).ConfigureAwait(false);
        return new CollectionRun { Files = files, Problems = allProblems, Notes = notes, Documents = files.Count > 0 ? 1 : 0 };
    }

    /// <summary>The decisions of the community's draft (every eligible account), with the ledger behind them.</summary>
    internal async Task<(CommunityLedger? Ledger, IReadOnlyList<LawyerLetterDecision> Decisions, IReadOnlyList<string> Problems, List<string> Notes)> DecideAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var (chosen, problems) = await CommunitiesAsync(request.CommunityId, cancellationToken).ConfigureAwait(false);
        if (chosen.Count == 0 || problems.Count > 0)
        {
            return (null, [], problems, notes);
        }

        var (company, community) = chosen[0];
        var ledger = await LoadLedgerAsync(company, community, request.AsOf, BillingPeriod.Of(request.AsOf), withLines: false, notes, cancellationToken).ConfigureAwait(false);
        var draft = LawyerLetters.Draft(ledger.Units.Select(u => u.Assessment), options.Ladder);
        var decisions = LawyerLetters.Decide(draft, ledger.Units.SelectMany(u => u.Actions), request.AsOf);
        return (ledger, decisions, [], notes);
    }

    /// <summary>The letter models of the approved accounts, in delivery order.</summary>
    internal async Task<(IReadOnlyList<LawyerLetterModel> Letters, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)> BuildLettersAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        var (ledger, decisions, problems, notes) = await DecideAsync(request, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return ([], problems, notes);
        }

        var firm = options.LawFirm ?? new LawFirm(string.Empty);
        var units = ledger.Units.ToDictionary(u => u.Listing.Unit.Id, StringComparer.Ordinal);
        var letters = new List<LawyerLetterModel>();
        foreach (var decision in decisions.Where(d => d.MayIssue))
        {
            var candidate = decision.Candidate;
            var unit = units[candidate.UnitId];
            if (unit.OwnerNames.Length == 0)
            {
                notes.Add(CollectionMessages.NoOwner(candidate.UnitId));
            }

            var listing = unit.Listing;
            letters.Add(new LawyerLetterModel
            {
                DocumentId = ArchiveNumbers.For(LetterPrefix, CollectionTexts.Iso(request.AsOf), candidate.UnitId),
                LetterDate = CollectionTexts.Iso(request.AsOf),
                LawFirm = firm.Name,
                LawFirmAddress = firm.Address,
                LawFirmPhone = firm.Phone,
                Lawyer = firm.Lawyer,
                Company = ledger.Company.Name,
                CompanyAddress = ledger.Company.Address,
                ServiceCenter = ledger.ServiceCenter,
                ServicePhone = listing.Community.ServiceCenterPhone,
                Owner = unit.OwnerNames,
                Community = listing.Community.Name,
                CommunityAddress = listing.Community.Address,
                Building = listing.Building.Name,
                UnitId = listing.Unit.Id,
                UnitLabel = listing.Unit.Label,
                BuildingArea = listing.Unit.BuildingArea,

                // R-COL-2: the candidate's periods are the demandable ones; time-barred periods are not demanded.
                Periods = [.. candidate.Periods.Select(p => new LetterPeriod(p.Period.ToString(), CollectionTexts.Iso(p.DueOn), p.Billed, p.Paid, p.Outstanding))],
                FirstPeriod = candidate.Periods[0].Period.ToString(),
                LastPeriod = candidate.Periods[^1].Period.ToString(),
                Total = candidate.Amount,
                Deadline = CollectionTexts.Iso(candidate.Deadline),
                Overdue = candidate.Reason.Overdue.ToString(),
                RefusedVisits = candidate.Reason.RefusedVisits,
                Seal = options.Seal,
            });
        }

        if (letters.Count == 0 && decisions.Count > 0)
        {
            notes.Add(CollectionMessages.NoApprovedAccounts(request.CommunityId, decisions.Count));
        }

        return (letters, [], notes);
    }

    /// <summary>The draft list model: every eligible account in delivery order.</summary>
    internal async Task<(LetterListModel? Model, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)> BuildLetterListAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        var (ledger, decisions, problems, notes) = await DecideAsync(request, cancellationToken).ConfigureAwait(false);
        if (ledger is null)
        {
            return (null, problems, notes);
        }

        var units = ledger.Units.ToDictionary(u => u.Listing.Unit.Id, StringComparer.Ordinal);
        var rows = new List<LetterListRow>();
        var barred = 0m;
        foreach (var decision in decisions)
        {
            var candidate = decision.Candidate;
            var unit = units[candidate.UnitId];
            barred += unit.Limitation.AmountTimeBarred;
            rows.Add(new LetterListRow
            {
                UnitId = candidate.UnitId,
                Place = unit.Place,
                Owner = unit.OwnerNames,
                FirstPeriod = candidate.Periods[0].Period.ToString(),
                LastPeriod = candidate.Periods[^1].Period.ToString(),
                Overdue = candidate.Reason.Overdue.ToString(),
                RefusedVisits = candidate.Reason.RefusedVisits,
                Reason = CollectionTexts.LetterReason(candidate.Reason, options.Ladder),
                Amount = candidate.Amount,
                Limitation = CollectionTexts.Limitation(unit.Limitation),
                Approval = CollectionTexts.Approval(decision.State),
            });
        }

        var model = new LetterListModel
        {
            DocumentId = ArchiveNumbers.For(LetterListPrefix, CollectionTexts.Iso(request.AsOf), ledger.Community.Id),
            ListDate = CollectionTexts.Iso(request.AsOf),
            Company = ledger.Company.Name,
            ServiceCenter = ledger.ServiceCenter,
            Community = ledger.Community.Name,
            Rows = rows,
            Total = rows.Sum(r => r.Amount),
            TimeBarredTotal = barred,
            Approved = decisions.Count(d => d.State == ApprovalState.Approved),
            Basis = CollectionTexts.Basis(options.Ladder),
        };
        return (model, [], notes);
    }
}
