using System.Globalization;
using ReportingEngine.Domain.Access;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Dossiers;

public sealed partial class DossierDocuments
{
    /// <summary>Register kind and archive-number prefix of roster copies.</summary>
    public const string RosterArchivePrefix = "HZB";

    /// <summary>
    /// A roster (业户资料汇总表) for one recipient, redacted for the role (R-ACC-3); a controlled copy: its control number is
    /// printed and watermarked (受控 No. …) and the issue is recorded, with recipient and date, in the output register.
    /// A role that may not have a roster is refused with the reason in <see cref="DossierRunResult.Errors"/>.
    /// </summary>
    /// <param name="job">Community (optionally one building), issue date, output folder.</param>
    /// <param name="request">Role, ID-number option, scope.</param>
    /// <param name="recipient">Name of the person the copy is issued to.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Files written, data problems, errors, and the control number as a note.</returns>
    public async Task<DossierRunResult> RosterAsync(DossierJob job, RosterRequest request, string recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = new List<string>();
        var problems = new List<DossierProblem>();
        var errors = new List<string>();
        var notes = new List<string>();

        // Refuse before reading anyone's data.
        var precheck = RosterPolicy.Decide(request, []);
        if (!precheck.Granted)
        {
            errors.Add($"--role: error: {precheck.Refusal}");
            return Result(files, problems, errors, notes);
        }

        if (string.IsNullOrWhiteSpace(recipient))
        {
            errors.Add("--recipient: error: R-ACC-3: a roster is a controlled copy issued to a named person; give the recipient");
            return Result(files, problems, errors, notes);
        }

        if (register is null)
        {
            errors.Add("error: R-ACC-3: a roster is issued through the register; no output register is configured");
            return Result(files, problems, errors, notes);
        }

        var context = await LoadContextAsync(job, errors, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return Result(files, problems, errors, notes);
        }

        var entries = new List<RosterEntry>();
        await foreach (var listing in reader.StreamUnitsAsync(context.Scope, cancellationToken).ConfigureAwait(false))
        {
            var owners = listing.Owners.Where(o => o.IsCurrent).ToList();
            if (owners.Count == 0)
            {
                problems.Add(new DossierProblem("units", listing.Unit.Id, "the unit has no current owner: not on the roster"));
                continue;
            }

            entries.AddRange(owners.Select(o => new RosterEntry(listing.Unit.Id, listing.Building.Id, listing.Building.Name, listing.Unit.Label, o.Name, o.Gender, o.IdNumber, o.Mobile, o.HomePhone, o.IsVip)));
        }

        var decision = RosterPolicy.Decide(request, entries);
        if (decision.Roster is not { } roster)
        {
            errors.Add($"--role: error: {decision.Refusal}");
            return Result(files, problems, errors, notes);
        }

        var year = job.AsOf.Year.ToString(CultureInfo.InvariantCulture);
        var prefix = $"{context.Company.Id}-{RosterArchivePrefix}-{year}-";
        var folder = Folder(job, "rosters");
        for (var attempt = 1; ; attempt++)
        {
            var issued = await register.ListAsync(RosterKind, year, cancellationToken).ConfigureAwait(false);
            var control = prefix + NextSequence(issued, prefix).ToString("0000", CultureInfo.InvariantCulture);
            var model = new RosterModel
            {
                DocumentId = control,
                ControlNumber = control,
                Title = roster.Title,
                Company = context.Company.Name,
                Community = context.Community.Name,
                Recipient = recipient.Trim(),
                RecipientRole = RosterPolicy.RoleName(request.Role),
                IssuedOn = DossierTexts.Iso(job.AsOf),
                ColumnWidths = string.Join(",", roster.Columns.Select(Width)),
                Headers = [.. roster.Columns.Select(RosterPolicy.Header)],
                Rows = roster.Rows,
                Redaction = Redaction(roster, request),
            };
            var outcome = Render(RosterKind, model, control, job, errors, cancellationToken);
            if (!outcome.Succeeded)
            {
                break;
            }

            // The number is claimed in the register before any file is written: a copy issued at the same moment (another
            // clerk, another process) that took it makes this one draw the next number, and no file is ever overwritten.
            var facts = new RegisterFacts(job.BuildingId ?? context.Community.Id, year, control, model.Recipient);
            if (await register.ClaimAsync(Entries(RosterKind, model, control, job, facts, outcome), cancellationToken).ConfigureAwait(false))
            {
                await WriteFilesAsync(RosterKind, control, folder, outcome, files, cancellationToken).ConfigureAwait(false);
                notes.Add($"受控 No. {control} issued to {model.Recipient} ({model.RecipientRole}) on {model.IssuedOn}: {roster.Rows.Count} rows");
                break;
            }

            if (attempt == MaxClaimAttempts)
            {
                errors.Add($"{control}: error: R-ACC-3: {MaxClaimAttempts} control numbers in a row were taken by copies issued at the same time; issue the roster again");
                break;
            }
        }

        return Result(files, problems, errors, notes);
    }

    /// <summary>How often a roster draws a new control number when copies issued at the same time take it first.</summary>
    private const int MaxClaimAttempts = 20;

    /// <summary>The next control-number sequence of the company's year: one past the highest issued (numbers are never reused).</summary>
    private static int NextSequence(IEnumerable<RegisterEntry> issued, string prefix) =>
        issued.Select(e => e.ArchiveNumber)
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0)
            .DefaultIfEmpty(0)
            .Max() + 1;

    private static int Width(RosterColumn column) => column switch
    {
        RosterColumn.Building => 2,
        RosterColumn.Unit => 2,
        RosterColumn.Name => 3,
        RosterColumn.Gender => 1,
        RosterColumn.IdNumber => 5,
        _ => 4,
    };

    private static string Redaction(Roster roster, RosterRequest request) => roster.Role switch
    {
        StaffRole.CompanyHead => request.RevealIdNumbers
            ? "全表，仅限公司负责人持有，不得复制；应负责人要求显示完整身份证号。"
            : "全表，仅限公司负责人持有，不得复制；身份证号仅显示后4位。",
        StaffRole.CustomerService => string.Create(CultureInfo.InvariantCulture, $"客户服务人员用表：仅列姓名、手机、住宅电话、房号，限本人负责范围；重点业户手机不列出（本表{roster.OmittedVipMobiles}户）。"),
        _ => "物业主管用表：仅列姓名和房号。",
    };
}
