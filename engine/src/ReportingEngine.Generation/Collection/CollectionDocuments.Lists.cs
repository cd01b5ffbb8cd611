using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Collection.Models;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Collection;

public sealed partial class CollectionDocuments
{
    /// <summary>Archive-number prefix of the collection work lists.</summary>
    public const string ListsPrefix = "CL";

    /// <summary>
    /// Writes the community's collection work lists (催缴工作清单, R-COL-1): every unit in arrears at the stage the ladder
    /// gives it, with the reason — reminder list, phone list with the script's facts, door-visit plan by teams of ≥ 2 in
    /// evening and weekend slots, lawyer-letter stage, and accounts beyond the ladder.
    /// </summary>
    /// <param name="request">Community, as-of day, formats.</param>
    /// <param name="outputFolder">Folder the files go to.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<CollectionRun> GenerateListsAsync(CollectionRequest request, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, problems, notes) = await BuildListsAsync(request, cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return new CollectionRun { Problems = problems, Notes = notes };
        }

        await EnsureRegisterAsync(cancellationToken).ConfigureAwait(false);
        var allProblems = new List<string>(problems);
        var files = await RenderAndWriteAsync(ListsKind, model.DocumentId, model, request.CommunityId, model.ListDate, request.Formats, outputFolder, allProblems, cancellationToken).ConfigureAwait(false);
        return new CollectionRun { Files = files, Problems = allProblems, Notes = notes, Documents = files.Count > 0 ? 1 : 0 };
    }

    /// <summary>The lists' model and the assessments it was made from.</summary>
    internal async Task<(CollectionListsModel? Model, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes)> BuildListsAsync(CollectionRequest request, CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var (chosen, problems) = await CommunitiesAsync(request.CommunityId, cancellationToken).ConfigureAwait(false);
        if (chosen.Count == 0 || problems.Count > 0)
        {
            return (null, problems, notes);
        }

        var (company, community) = chosen[0];
        var asOf = request.AsOf;
        var ledger = await LoadLedgerAsync(company, community, asOf, BillingPeriod.Of(asOf), withLines: true, notes, cancellationToken).ConfigureAwait(false);
        var units = ledger.Units.ToDictionary(u => u.Listing.Unit.Id, StringComparer.Ordinal);
        var byStage = CollectionLists.ByStage(ledger.Units.Select(u => u.Assessment));

        var letterStates = LawyerLetters
            .Decide(LawyerLetters.Draft(byStage[CollectionStage.LawyerLetter], options.Ladder), ledger.Units.SelectMany(u => u.Actions), asOf)
            .ToDictionary(d => d.Candidate.UnitId, d => d.State, StringComparer.Ordinal);

        StageRow Row(StageAssessment a) => new()
        {
            UnitId = a.UnitId,
            Place = a.UnitLabel,
            Owner = units[a.UnitId].OwnerNames,
            OldestPeriod = a.Reason.OldestUnpaidPeriod?.ToString() ?? string.Empty,
            OldestDue = a.Reason.OldestDueOn is { } due ? CollectionTexts.Iso(due) : string.Empty,
            Overdue = a.Reason.Overdue.IsZero ? "尚未逾期" : a.Reason.Overdue.ToString(),
            Amount = a.Reason.OutstandingAmount,
            RefusedVisits = a.Reason.RefusedVisits,
            Reason = a.Reason.ToString(),
            Approval = a.Stage == CollectionStage.LawyerLetter ? CollectionTexts.Approval(letterStates.GetValueOrDefault(a.UnitId)) : string.Empty,
        };

        // R-COL-1 step 2: the call states items, periods, amounts and a deadline.
        var calls = new List<PhoneRow>();
        PhoneScriptFacts? sample = null;
        foreach (var assessment in byStage[CollectionStage.Phone])
        {
            var unit = units[assessment.UnitId];
            var facts = PhoneScript.Compose(assessment, unit.Lines, ledger.FeeItems, unit.OwnerNames, ledger.ServiceCenter, string.Empty, options.Ladder);
            if (facts is null)
            {
                continue;
            }

            sample ??= facts;
            calls.Add(new PhoneRow
            {
                UnitId = assessment.UnitId,
                Place = assessment.UnitLabel,
                Owner = unit.OwnerNames,
                Phone = unit.OwnerMobiles,
                Greeting = facts.Greeting,
                Items = [.. facts.Items.Select(i => new PhoneItem(i.Name, i.From.ToString(), i.To.ToString(), i.Amount))],
                FromPeriod = facts.From.ToString(),
                ToPeriod = facts.To.ToString(),
                Total = facts.Total,
                Deadline = CollectionTexts.Iso(facts.Deadline),
                Abroad = assessment.Reason.LivesAbroad,
            });
        }

        // R-COL-1 step 3: teams of at least two, evenings or weekends.
        var visitFrom = asOf.AddDays(1);
        var visitTo = asOf.AddDays(options.VisitPlanningDays);
        var targets = VisitTarget.FromAssessments(byStage[CollectionStage.DoorVisit], id => units[id].Listing.Building.Id);
        var staff = options.VisitStaff.Count > 0 ? options.VisitStaff : RecordedVisitStaff(ledger);
        if (targets.Count > 0 && staff.Count == 0)
        {
            notes.Add(CollectionMessages.NoVisitStaff(community.Id));
        }

        var plan = VisitPlanner.Plan(targets, staff, VisitPlanner.Slots(visitFrom, visitTo, options.Visits), options.Visits);
        var planNotes = plan.Issues.Select(i => i.ToString()).ToList();
        notes.AddRange(planNotes);
        var assessments = byStage[CollectionStage.DoorVisit].ToDictionary(a => a.UnitId, StringComparer.Ordinal);
        var teams = plan.Teams
            .Where(t => t.Visits.Count > 0)
            .Select(t => new VisitTeamBlock(
                t.Number,
                string.Join("、", t.Staff),
                [.. t.Visits.Select(v => new VisitRow
                {
                    Day = CollectionTexts.Iso(v.Slot.Day),
                    Weekday = CollectionTexts.Weekday(v.Slot.Day),
                    Window = CollectionTexts.Window(v.Slot.Start, v.Slot.End),
                    UnitId = v.Target.UnitId,
                    Place = v.Target.UnitLabel,
                    Owner = units[v.Target.UnitId].OwnerNames,
                    Amount = v.Target.Amount,
                    Overdue = assessments[v.Target.UnitId].Reason.Overdue.ToString(),
                })]))
            .ToList();
        var planned = plan.Teams.SelectMany(t => t.Visits).Select(v => v.Target.UnitId).ToHashSet(StringComparer.Ordinal);

        var inArrears = ledger.Units.Select(u => u.Assessment).Where(a => a.Stage != CollectionStage.None).ToList();
        var summary = new[] { CollectionStage.Reminder, CollectionStage.Phone, CollectionStage.DoorVisit, CollectionStage.LawyerLetter, CollectionStage.BeyondLadder }
            .Select(s => new StageSummaryRow(CollectionTexts.Stage(s), byStage[s].Count, byStage[s].Sum(a => a.Reason.OutstandingAmount)))
            .ToList();
        var model = new CollectionListsModel
        {
            DocumentId = ArchiveNumbers.For(ListsPrefix, CollectionTexts.Iso(asOf), community.Id),
            ListDate = CollectionTexts.Iso(asOf),
            Company = company.Name,
            ServiceCenter = ledger.ServiceCenter,
            Community = community.Name,
            Summary = summary,
            UnitsInArrears = inArrears.Count,
            Total = inArrears.Sum(a => a.Reason.OutstandingAmount),
            Reminders = [.. byStage[CollectionStage.Reminder].Select(Row)],
            Calls = calls,
            CallerIntroduction = $"我是{ledger.ServiceCenter}的",
            CallClosing = sample?.Closing ?? "感谢您的支持与配合，再见",
            Teams = teams,
            Unplanned = [.. byStage[CollectionStage.DoorVisit].Where(a => !planned.Contains(a.UnitId)).Select(Row)],
            VisitFrom = CollectionTexts.Iso(visitFrom),
            VisitTo = CollectionTexts.Iso(visitTo),
            VisitUnits = byStage[CollectionStage.DoorVisit].Count,
            Letters = [.. byStage[CollectionStage.LawyerLetter].Select(Row)],
            Beyond = [.. byStage[CollectionStage.BeyondLadder].Select(Row)],
            Notes = planNotes,
        };
        return (model, [], notes);
    }

    /// <summary>Everyone recorded on the community's earlier door visits (names split at 、), in first-seen order.</summary>
    private static IReadOnlyList<string> RecordedVisitStaff(CommunityLedger ledger) =>
        [.. ledger.Units
            .SelectMany(u => u.Actions)
            .Where(a => a.Kind == CollectionActionKind.Visit)
            .OrderBy(a => a.ActedAt)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .SelectMany(a => a.Staff.Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)];
}
