using System.Globalization;
using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Inspections;

namespace ReportingEngine.Generation.Dossiers;

public sealed partial class DossierDocuments
{
    /// <summary>The inspector's post (R-QI-3).</summary>
    public const string InspectorRole = "客户服务主管";

    /// <summary>
    /// 《质量检查记录》 (R-QI-1..3). The plan variant decides whether the full inspection or the half-yearly sample is owed and lists
    /// the dossiers to check, with the missing documents the data already shows and blank columns for the inspector; the
    /// completed variant lists the inspections the data records.
    /// </summary>
    /// <param name="job">Community, date, output folder (a building filter is ignored: inspections cover the community).</param>
    /// <param name="seed">Sample seed; null derives it from community and date. Printed on the record either way.</param>
    /// <param name="completed">Write the completed-inspections variant instead of the plan.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors, and notes (decision, seed).</returns>
    public async Task<DossierRunResult> InspectionAsync(DossierJob job, ulong? seed, bool completed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        job = job with { BuildingId = null };
        var files = new List<string>();
        var problems = new List<DossierProblem>();
        var errors = new List<string>();
        var notes = new List<string>();
        var context = await LoadContextAsync(job, errors, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return Result(files, problems, errors, notes);
        }

        var inspections = (await reader.GetInspectionsAsync(context.Community.Id, cancellationToken).ConfigureAwait(false))
            .Where(i => i.InspectedOn <= job.AsOf)
            .ToList();
        var folder = Folder(job, "inspection");
        var baseModel = new InspectionRecordModel
        {
            DocumentId = "",
            Variant = completed ? "completed" : "plan",
            Company = context.Company.Name,
            Community = context.Community.Name,
            AsOf = DossierTexts.Iso(job.AsOf),
            Mode = "",
            Reason = "",
            Population = 0,
            Checked = 0,
            Seed = "",
            Occupancy = "",
            InspectorRole = InspectorRole,
            Rows = [],
            Completed = [],
        };

        if (completed)
        {
            var rows = inspections
                .OrderBy(i => i.InspectedOn)
                .Select((i, n) => new CompletedInspectionRow(n + 1, DossierTexts.Iso(i.InspectedOn), ModeName(i.Kind), i.Inspector, i.DossiersChecked, i.MissingFound, i.FollowUp))
                .ToList();
            var id = $"ZJJL-{DossierTexts.Compact(job.AsOf)}-{context.Community.Id}-DONE";
            var model = baseModel with
            {
                DocumentId = id,
                Mode = "检查完成情况",
                Reason = rows.Count == 0 ? "截至记录日期无已完成的检查" : $"截至记录日期已完成检查{rows.Count}次",
                Checked = rows.Sum(r => r.DossiersChecked),
                Completed = rows,
            };
            await WriteAsync(InspectionRecordKind, model, id, folder, job, new RegisterFacts(context.Community.Id, Period(job.AsOf)), files, errors, cancellationToken).ConfigureAwait(false);
            return Result(files, problems, errors, notes);
        }

        var candidates = new List<InspectionCandidate>();
        var buildingNames = context.Buildings.ToDictionary(b => b.Id, b => b.Name, StringComparer.Ordinal);
        await foreach (var dossier in reader.StreamDossiersAsync(context.Scope, cancellationToken).ConfigureAwait(false))
        {
            var owner = DossierTexts.Owners(dossier.Owners);
            if (owner.Length == 0)
            {
                problems.Add(new DossierProblem("units", dossier.Unit.Id, "the unit has no current owner: listed on the inspection record as 无业主记录"));
                owner = "无业主记录";
            }

            var missing = DossierCompleteness.Evaluate(dossier, context.Catalog).Missing.Select(m => m.Note is null ? m.Label : $"{m.Label}（{m.Note}）").ToList();
            var applies = DossierCompleteness.PhaseApplies(dossier, DossierPhase.MoveIn) || DossierCompleteness.PhaseApplies(dossier, DossierPhase.Renovation) || DossierCompleteness.PhaseApplies(dossier, DossierPhase.Transfer);
            candidates.Add(new InspectionCandidate(
                new SampleCandidate(dossier.Unit.Id, dossier.Unit.BuildingId),
                buildingNames.GetValueOrDefault(dossier.Unit.BuildingId, dossier.Unit.BuildingId),
                dossier.Unit.Label,
                owner,
                missing,
                dossier.Unit.OccupiedOn,
                applies));
        }

        var decision = InspectionSchedule.Decide(context.Community.MoveInStart, [.. candidates.Select(c => c.OccupiedOn)], inspections, job.AsOf);
        notes.Add($"{context.Community.Id}: {ModeName(decision.Mode)} — {decision.Reason}");
        if (decision.Mode == InspectionMode.NotYetDue)
        {
            errors.Add($"--community {context.Community.Id}: error: R-QI-1: no dossier inspection is due on {DossierTexts.Iso(job.AsOf)}: {decision.Reason}");
            return Result(files, problems, errors, notes);
        }

        var listed = candidates;
        var seedText = "";
        if (decision.Mode == InspectionMode.Sample)
        {
            var usedSeed = seed ?? DossierSampler.DefaultSeed(context.Community.Id, job.AsOf);
            var draw = DossierSampler.Draw([.. candidates.Select(c => c.Candidate)], usedSeed);
            var chosen = draw.Selected.Select(s => s.UnitId).ToHashSet(StringComparer.Ordinal);
            listed = [.. candidates.Where(c => chosen.Contains(c.Candidate.UnitId))];
            seedText = usedSeed.ToString(CultureInfo.InvariantCulture);
            notes.Add($"{context.Community.Id}: sample of {listed.Count} of {candidates.Count} dossiers drawn with seed {seedText} (R-QI-2)");
        }

        var rowsPlan = listed.Select((c, n) => new InspectionRow(
            n + 1,
            c.Candidate.UnitId,
            c.Building,
            c.Room,
            c.Owner,
            c.Missing.Count > 0 ? "缺：" + string.Join("；", c.Missing) : c.HasRequirements ? "资料齐全" : "未入伙，暂无应有资料",
            c.Missing.Count)).ToList();
        var planId = $"ZJJL-{DossierTexts.Compact(job.AsOf)}-{context.Community.Id}";
        var plan = baseModel with
        {
            DocumentId = planId,
            Mode = ModeName(decision.Mode),
            Reason = decision.Reason,
            Population = candidates.Count,
            Checked = rowsPlan.Count,
            Seed = seedText,
            Occupancy = decision.OccupancyPercent.ToString("0.0", CultureInfo.InvariantCulture) + "%",
            Rows = rowsPlan,
        };
        await WriteAsync(InspectionRecordKind, plan, planId, folder, job, new RegisterFacts(context.Community.Id, Period(job.AsOf)), files, errors, cancellationToken).ConfigureAwait(false);
        return Result(files, problems, errors, notes);
    }

    private static string ModeName(InspectionMode mode) => mode switch
    {
        InspectionMode.Full => "全面检查",
        InspectionMode.Sample => "抽样检查",
        _ => "暂不需检查",
    };

    private static string ModeName(InspectionKind kind) => kind == InspectionKind.Full ? "全面检查" : "抽样检查";
}
