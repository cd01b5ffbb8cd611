using System.CommandLine;
using System.Globalization;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Access;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// <c>reporting generate checklist|catalog-cards|inspection|borrowings|roster</c>: the dossier documents (issue 4).
/// Exit 0 when every document that the data allows was written (data problems are printed as warnings with the record's key),
/// 1 when a document could not be produced (unknown community, refused role, template or layout error).
/// </summary>
internal static class DossierCommands
{
    public static IEnumerable<Command> Create() =>
    [
        Build("checklist", "Archive checklist (档案清单, R-DOS-8) per unit, PDF and DOCX, and a merged print PDF per building in floor-room order.", (g, job, _, ct) => g.ChecklistsAsync(job, ct)),
        Build("catalog-cards", "Catalog cards (目录卡片, R-DOS-8): number, building, room, owner; two cards a row with cut lines, one sheet per building.", (g, job, _, ct) => g.CatalogCardsAsync(job, ct)),
        Inspection(),
        Build("borrowings", "Originals and copies out and not returned on --as-of, with where they went (R-ACC-5); R-ACC-2 and R-ACC-4 violations flagged.", (g, job, _, ct) => g.BorrowingsAsync(job, ct)),
        Roster(),
    ];

    private static Command Build(string name, string description, Func<DossierDocuments, DossierJob, ParseResult, CancellationToken, Task<DossierRunResult>> run, params Option[] extra)
    {
        var community = new Option<string>("--community") { Description = "Community id (e.g. C01).", Required = true };
        var building = new Option<string?>("--building") { Description = "Only this building (e.g. C01-B01)." };
        var asOf = new Option<string?>("--as-of") { Description = "The documents' date, yyyy-MM-dd (default: today)." };
        var output = CliOptions.Out("out/dossiers");
        var formats = CliOptions.Formats();
        var connection = new Option<string?>("--connection") { Description = "ADO.NET connection string (default: Data Source=<repo>/out/estate.db)." };
        var command = new Command(name, description) { community, building, asOf, output, formats, connection };
        foreach (var option in extra)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly date;
            var asOfText = parse.GetValue(asOf);
            if (asOfText is null)
            {
                date = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            }
            else if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                await Console.Error.WriteLineAsync($"--as-of {asOfText}: error: expected a date yyyy-MM-dd").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var layout = RepositoryLayout.DiscoverDefault();
            if (await EstateDatabases.TryOpenAsync(parse.GetValue(connection), layout).ConfigureAwait(false) is not { } database)
            {
                return CommandRunner.Failed;
            }

            var generator = new DossierDocuments(EstateReaders.Create(database), new DocumentRenderer(layout), TimeProvider.System, new OutputRegister(database));
            var job = new DossierJob
            {
                CommunityId = parse.GetValue(community)!,
                BuildingId = parse.GetValue(building),
                AsOf = date,
                OutputFolder = parse.GetValue(output)!.FullName,
                Formats = CliOptions.SplitFormats(parse.GetValue(formats)!),
                GeneratedBy = "reporting generate " + name,
            };
            var result = await run(generator, job, parse, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(result).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Inspection()
    {
        var seed = new Option<string?>("--seed") { Description = "Sample seed (an unsigned 64-bit number, printed on the record); default derived from community and date." };
        var completed = new Option<bool>("--completed") { Description = "Write the variant listing the inspections the data records as done." };
        return Build(
            "inspection",
            "《质量检查记录》 (R-QI-1..3): the full inspection or the half-yearly ≥5 % sample owed on --as-of, with the missing documents the data shows.",
            async (g, job, parse, ct) =>
            {
                ulong? value = null;
                if (parse.GetValue(seed) is { } text)
                {
                    if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                    {
                        return new DossierRunResult { Errors = [$"--seed {text}: error: expected an unsigned 64-bit number"] };
                    }

                    value = parsed;
                }

                return await g.InspectionAsync(job, value, parse.GetValue(completed), ct).ConfigureAwait(false);
            },
            seed,
            completed);
    }

    private static Command Roster()
    {
        var role = new Option<string>("--role") { Description = $"Recipient's role: {string.Join(", ", RosterPolicy.RoleNames.Keys)}.", Required = true };
        var recipient = new Option<string>("--recipient") { Description = "Name of the person the controlled copy is issued to.", Required = true };
        var reveal = new Option<bool>("--reveal-id-numbers") { Description = "Full ID numbers (company head only, R-ACC-3)." };
        var scope = new Option<string?>("--scope") { Description = "Buildings in the recipient's scope, comma-separated (customer service: only these units are listed)." };
        return Build(
            "roster",
            "业户资料汇总表 by role (R-ACC-3), a controlled copy numbered, watermarked and recorded in the output register.",
            async (g, job, parse, ct) =>
            {
                var roleText = parse.GetValue(role)!;
                if (!RosterPolicy.RoleNames.TryGetValue(roleText, out var staffRole))
                {
                    return new DossierRunResult { Errors = [$"--role {roleText}: error: unknown role; use one of {string.Join(", ", RosterPolicy.RoleNames.Keys)}"] };
                }

                var buildings = parse.GetValue(scope) is { } list
                    ? new HashSet<string>(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal)
                    : null;
                var request = new RosterRequest { Role = staffRole, RevealIdNumbers = parse.GetValue(reveal), BuildingScope = buildings };
                return await g.RosterAsync(job, request, parse.GetValue(recipient)!, ct).ConfigureAwait(false);
            },
            role,
            recipient,
            reveal,
            scope);
    }

    private static async Task<int> ReportAsync(DossierRunResult result)
    {
        foreach (var file in result.Files)
        {
            Console.WriteLine(file);
        }

        foreach (var note in result.Notes)
        {
            Console.WriteLine(note);
        }

        foreach (var problem in result.Problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        foreach (var error in result.Errors)
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Files.Count} file(s), {result.Problems.Count} data warning(s), {result.Errors.Count} error(s)"));
        return result.Succeeded ? 0 : CommandRunner.Failed;
    }
}
