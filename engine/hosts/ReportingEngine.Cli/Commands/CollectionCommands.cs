using System.CommandLine;
using System.Globalization;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Collection;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// <c>reporting generate lawyer-letters|collection-lists|fee-report …</c>: the documents after the fee-notice batch
/// (R-COL-1..3, R-FEE-3/4). Bad input is reported naming the option, with exit code 1 and nothing written.
/// </summary>
internal static class CollectionCommands
{
    public static IEnumerable<Command> Create() => [LawyerLetters(), CollectionLists(), FeeReport()];

    private static Command LawyerLetters()
    {
        var community = CommunityOption();
        var asOf = AsOfOption(required: true);
        var draftList = new Option<bool>("--draft-list") { Description = "Write the draft list for approval (律师函审批名单) of every eligible account instead of the letters." };
        var firm = new Option<string?>("--law-firm") { Description = "The law firm sending the letters (required unless --draft-list)." };
        var firmAddress = new Option<string?>("--law-firm-address") { Description = "The law firm's address, printed under its signature." };
        var firmPhone = new Option<string?>("--law-firm-phone") { Description = "The law firm's phone, printed under its signature." };
        var lawyer = new Option<string?>("--lawyer") { Description = "The handling lawyer(s), e.g. \"张三 律师\"." };
        var seal = FeeCommandSupport.Seal();
        var (connection, output, formats, by) = Common("out/lawyer-letters");
        var command = new Command("lawyer-letters", "Lawyer letters (律师函) for approved eligible accounts, or with --draft-list the list for approval (R-COL-1 step 4, R-COL-2, R-COL-3).")
        {
            community, asOf, draftList, firm, firmAddress, firmPhone, lawyer, seal, connection, output, formats, by,
        };
        command.SetAction(async (parse, ct) =>
        {
            var day = await ParseDayAsync(parse.GetValue(asOf), "--as-of").ConfigureAwait(false);
            var formatList = await FormatsAsync(parse.GetValue(formats)!).ConfigureAwait(false);
            var asList = parse.GetValue(draftList);
            var firmName = parse.GetValue(firm);
            if (day is null || formatList is null)
            {
                return CommandRunner.Failed;
            }

            if (!asList && string.IsNullOrWhiteSpace(firmName))
            {
                await Console.Error.WriteLineAsync("--law-firm: error: a lawyer letter names the law firm that sends it (R-COL-1 step 4); give --law-firm NAME, or --draft-list for the list for approval").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var options = Options(parse, by, seal) with
            {
                LawFirm = string.IsNullOrWhiteSpace(firmName)
                    ? null
                    : new LawFirm(firmName.Trim(), parse.GetValue(firmAddress)?.Trim() ?? string.Empty, parse.GetValue(firmPhone)?.Trim() ?? string.Empty, parse.GetValue(lawyer)?.Trim() ?? string.Empty),
            };
            return await RunAsync(parse, connection, parse.GetValue(community), options, async (documents, communityId, ct2) =>
            {
                var request = new CollectionRequest { CommunityId = communityId, AsOf = day.Value, Formats = formatList };
                var folder = parse.GetValue(output)!.FullName;
                return asList
                    ? await documents.GenerateLetterListAsync(request, folder, ct2).ConfigureAwait(false)
                    : await documents.GenerateLettersAsync(request, folder, ct2).ConfigureAwait(false);
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command CollectionLists()
    {
        var community = CommunityOption();
        var asOf = AsOfOption(required: true);
        var staff = new Option<string?>("--visit-staff") { Description = "Door-visit staff, comma or 、 separated (default: everyone on the community's recorded visits); teams of ≥ 2 (R-COL-1)." };
        var days = new Option<int>("--visit-days") { Description = "Days after --as-of the door-visit plan covers (default 14).", DefaultValueFactory = _ => 14 };
        var (connection, output, formats, by) = Common("out/collection-lists");
        var command = new Command("collection-lists", "Collection work lists (催缴工作清单) per ladder stage: reminders, calls with the script's facts, door visits by teams of ≥ 2, lawyer-letter stage (R-COL-1).")
        {
            community, asOf, staff, days, connection, output, formats, by,
        };
        command.SetAction(async (parse, ct) =>
        {
            var day = await ParseDayAsync(parse.GetValue(asOf), "--as-of").ConfigureAwait(false);
            var formatList = await FormatsAsync(parse.GetValue(formats)!).ConfigureAwait(false);
            if (day is null || formatList is null)
            {
                return CommandRunner.Failed;
            }

            var visitDays = parse.GetValue(days);
            if (visitDays is < 1 or > 92)
            {
                await Console.Error.WriteLineAsync($"--visit-days {visitDays}: error: expected 1 to 92 days").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var staffList = (parse.GetValue(staff) ?? string.Empty)
                .Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var options = Options(parse, by, null) with { VisitStaff = staffList, VisitPlanningDays = visitDays };
            return await RunAsync(parse, connection, parse.GetValue(community), options, (documents, communityId, ct2) =>
                documents.GenerateListsAsync(new CollectionRequest { CommunityId = communityId, AsOf = day.Value, Formats = formatList }, parse.GetValue(output)!.FullName, ct2), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Command FeeReport()
    {
        var community = new Option<string?>("--community") { Description = "Community id (e.g. C01)." };
        var all = new Option<bool>("--all") { Description = "Every community in one report." };
        var from = new Option<string>("--from") { Description = "First billing month, YYYY-MM.", Required = true };
        var to = new Option<string>("--to") { Description = "Last billing month, YYYY-MM.", Required = true };
        var asOf = AsOfOption(required: false);
        var (connection, output, formats, by) = Common("out/fee-reports");
        var command = new Command("fee-report", "Fee report (收费情况报表): receivable, received, arrears and collection rate per community, building and month; aging; limitation risks (R-FEE-3/4, R-COL-2).")
        {
            community, all, from, to, asOf, connection, output, formats, by,
        };
        command.SetAction(async (parse, ct) =>
        {
            var communityId = parse.GetValue(community);
            if ((communityId is null) == !parse.GetValue(all))
            {
                await Console.Error.WriteLineAsync("--community: error: give either --community ID or --all").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var fromText = parse.GetValue(from)!;
            var toText = parse.GetValue(to)!;
            if (!BillingPeriod.TryParse(fromText, out var first))
            {
                await Console.Error.WriteLineAsync($"--from {fromText}: error: expected a month YYYY-MM").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            if (!BillingPeriod.TryParse(toText, out var last))
            {
                await Console.Error.WriteLineAsync($"--to {toText}: error: expected a month YYYY-MM").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            if (first > last)
            {
                await Console.Error.WriteLineAsync($"--from {fromText}: error: after --to {toText}").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            DateOnly? day = null;
            if (parse.GetValue(asOf) is { } asOfText)
            {
                day = await ParseDayAsync(asOfText, "--as-of").ConfigureAwait(false);
                if (day is null)
                {
                    return CommandRunner.Failed;
                }
            }

            var formatList = await FormatsAsync(parse.GetValue(formats)!).ConfigureAwait(false);
            if (formatList is null)
            {
                return CommandRunner.Failed;
            }

            var options = Options(parse, by, null);
            var request = new FeeReportRequest { CommunityId = communityId, From = first, To = last, AsOf = day, Formats = formatList };
            return await RunAsync(parse, connection, communityId, options, (documents, _, ct2) =>
                documents.GenerateFeeReportAsync(request, parse.GetValue(output)!.FullName, ct2), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static Option<string> CommunityOption() => new("--community") { Description = "Community id (e.g. C01).", Required = true };

    private static Option<string?> AsOfOption(bool required) => new("--as-of")
    {
        Description = required
            ? "The day the ladder and limitation are evaluated, yyyy-MM-dd; also the documents' date."
            : "The day payments are counted to and aging/limitation evaluated, yyyy-MM-dd (default: the last day of --to).",
        Required = required,
    };

    private static (Option<string?> Connection, Option<DirectoryInfo> Output, Option<string> Formats, Option<string?> By) Common(string defaultOut) =>
        (FeeCommandSupport.Connection(), CliOptions.Out(defaultOut), CliOptions.Formats(), FeeCommandSupport.By());

    private static CollectionOptions Options(ParseResult parse, Option<string?> by, Option<string?>? seal)
    {
        var defaults = CollectionOptions.Default;
        var who = parse.GetValue(by);
        var sealPath = seal is null ? null : parse.GetValue(seal);
        return defaults with
        {
            GeneratedBy = string.IsNullOrWhiteSpace(who) ? "reporting (" + Environment.UserName + ")" : who,
            Seal = string.IsNullOrWhiteSpace(sealPath) ? defaults.Seal : sealPath,
        };
    }

    private static async Task<DateOnly?> ParseDayAsync(string? text, string option)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        await Console.Error.WriteLineAsync($"{option} {text}: error: expected a date yyyy-MM-dd").ConfigureAwait(false);
        return null;
    }

    private static async Task<IReadOnlyList<string>?> FormatsAsync(string value)
    {
        var list = CliOptions.SplitFormats(value);
        var unknown = list.Where(f => !DocumentRenderer.Formats.Contains(f, StringComparer.Ordinal)).ToList();
        if (list.Count == 0 || unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"--format: error: unknown format(s) {string.Join(", ", unknown)}; use pdf and/or docx").ConfigureAwait(false);
            return null;
        }

        return list;
    }

    /// <summary>Opens the database, checks that <paramref name="communityId"/> (from <c>--community</c>) names a community, runs, and prints notes, problems and files.</summary>
    private static async Task<int> RunAsync(
        ParseResult parse,
        Option<string?> connection,
        string? communityId,
        CollectionOptions options,
        Func<CollectionDocuments, string, CancellationToken, Task<CollectionRun>> generate,
        CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.DiscoverDefault();
        if (await EstateDatabases.TryOpenAsync(parse.GetValue(connection), layout).ConfigureAwait(false) is not { } database)
        {
            return CommandRunner.Failed;
        }

        var reader = EstateReaders.Create(database);
        if (communityId is not null)
        {
            var known = await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false);
            if (!known.Any(c => string.Equals(c.Id, communityId, StringComparison.Ordinal)))
            {
                await Console.Error.WriteLineAsync($"--community {communityId}: error: no such community; known: {string.Join(", ", known.Select(c => c.Id))}").ConfigureAwait(false);
                return CommandRunner.Failed;
            }
        }

        var documents = new CollectionDocuments(reader, new DocumentRenderer(layout), TimeProvider.System, new OutputRegister(database), options);
        var run = await generate(documents, communityId ?? string.Empty, cancellationToken).ConfigureAwait(false);
        foreach (var note in run.Notes)
        {
            await Console.Error.WriteLineAsync(note).ConfigureAwait(false);
        }

        foreach (var problem in run.Problems)
        {
            await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        foreach (var path in run.Files)
        {
            Console.WriteLine(path);
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{run.Documents} document(s), {run.Files.Count} file(s) written")).ConfigureAwait(false);
        return run.Succeeded ? 0 : CommandRunner.Failed;
    }
}
