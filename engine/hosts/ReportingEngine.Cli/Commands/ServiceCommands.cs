using System.CommandLine;
using System.Globalization;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Service;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// <c>reporting generate complaint-summary|repair-statistics|visit-summary|sealing-list</c>: the monthly service documents
/// (R-CMP-1, R-REP-1), the quarterly visit summary (R-VIS-1) and the yearly dossier sealing list (R-DOS-10). Exit 0 when every document was written (data problems are printed as
/// warnings with the record's key), 1 on bad input or when a document could not be produced.
/// </summary>
internal static class ServiceCommands
{
    public static IEnumerable<Command> Create() =>
    [
        Monthly("complaint-summary", "投诉月度汇总 (R-CMP-1): complaints per level and category, on-time rates, every breach with its id, complaints still open.", (g, job, ct) => g.ComplaintSummaryAsync(job, ct)),
        Monthly("repair-statistics", "维修月度统计 (R-REP-1, due by the 1st): dispatch/arrival on-time rates, 100 % follow-up, unfinished and repeated repairs.", (g, job, ct) => g.RepairStatisticsAsync(job, ct)),
        VisitSummary(),
        Sealing(),
    ];

    private static Command Monthly(string name, string description, Func<ServiceDocuments, ServiceJob, CancellationToken, Task<ServiceRunResult>> run)
    {
        var scope = new ServiceScopeOptions();
        var month = new Option<string>("--month") { Description = "The month reported on, YYYY-MM.", Required = true };
        var command = new Command(name, description) { month };
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (validScope, communityId) = await scope.CommunityAsync(parse).ConfigureAwait(false);
            if (!validScope)
            {
                return CommandRunner.Failed;
            }

            var monthText = parse.GetValue(month)!;
            if (!BillingPeriod.TryParse(monthText, out var period))
            {
                await Console.Error.WriteLineAsync($"--month {monthText}: error: expected a month YYYY-MM").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            if (await scope.FormatsAsync(parse).ConfigureAwait(false) is not { } formatList
                || await scope.OpenAsync(parse, name).ConfigureAwait(false) is not { } generator)
            {
                return CommandRunner.Failed;
            }

            var job = new ServiceJob
            {
                CommunityId = communityId,
                Month = period,
                OutputFolder = parse.GetValue(scope.Output)!.FullName,
                Formats = formatList,
            };
            var result = await run(generator, job, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(result.Files, result.Notes, result.Problems.Select(p => p.ToString()), result.Errors).ConfigureAwait(false);
        });
        return command;
    }

    private static Command VisitSummary()
    {
        const string name = "visit-summary";
        var scope = new ServiceScopeOptions();
        var quarter = new Option<string>("--quarter") { Description = "The quarter reported on, YYYYQn (e.g. 2026Q3).", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The report date, yyyy-MM-dd, inclusive (default: the quarter's last day); a month not ended by then is not judged." };
        var command = new Command(name, "走访情况季度汇总 (R-VIS-1) for the project manager: visits per month and topic, every month the manager joined no visit, every visit with its visitors and notes.")
        {
            quarter, asOf,
        };
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (validScope, communityId) = await scope.CommunityAsync(parse).ConfigureAwait(false);
            if (!validScope)
            {
                return CommandRunner.Failed;
            }

            var quarterText = parse.GetValue(quarter)!;
            if (!SurveyQuarter.TryParse(quarterText, out var visitQuarter))
            {
                await Console.Error.WriteLineAsync($"--quarter {quarterText}: error: expected a quarter YYYYQn (e.g. 2026Q3)").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            DateOnly? date = null;
            if (parse.GetValue(asOf) is { } asOfText && (date = await AsOfAsync(asOfText).ConfigureAwait(false)) is null)
            {
                return CommandRunner.Failed;
            }

            if (await scope.FormatsAsync(parse).ConfigureAwait(false) is not { } formatList
                || await scope.OpenAsync(parse, name).ConfigureAwait(false) is not { } generator)
            {
                return CommandRunner.Failed;
            }

            var job = new QuarterlyServiceJob
            {
                CommunityId = communityId,
                Quarter = visitQuarter,
                AsOf = date,
                OutputFolder = parse.GetValue(scope.Output)!.FullName,
                Formats = formatList,
            };
            var result = await generator.VisitSummaryAsync(job, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(result.Files, result.Notes, result.Problems.Select(p => p.ToString()), result.Errors).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Sealing()
    {
        var community = new Option<string>("--community") { Description = "Community id (e.g. C01).", Required = true };
        var year = new Option<string>("--year") { Description = "The year whose transfers are sealed (by 31 December of it), YYYY.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The list's date, yyyy-MM-dd (default: 1 December of --year)." };
        var output = CliOptions.Out("out/dossiers");
        var formats = CliOptions.Formats();
        var connection = new Option<string?>("--connection") { Description = "ADO.NET connection string (default: Data Source=<repo>/out/estate.db)." };
        var command = new Command("sealing-list", "档案封存清单 (R-DOS-10, R-DOS-4): the former owners' papers of the year's transfers, to be sealed before January.")
        {
            community, year, asOf, output, formats, connection,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var yearText = parse.GetValue(year)!;
            if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 2000)
            {
                await Console.Error.WriteLineAsync($"--year {yearText}: error: expected a year YYYY (2000–2999)").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var date = new DateOnly(value, 12, 1);
            if (parse.GetValue(asOf) is { } asOfText)
            {
                if (await AsOfAsync(asOfText).ConfigureAwait(false) is not { } parsed)
                {
                    return CommandRunner.Failed;
                }

                date = parsed;
            }

            if (await ServiceScopeOptions.CheckFormatsAsync(parse.GetValue(formats)!).ConfigureAwait(false) is not { } formatList)
            {
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
                AsOf = date,
                OutputFolder = parse.GetValue(output)!.FullName,
                Formats = formatList,
                GeneratedBy = "reporting generate sealing-list",
            };
            var result = await generator.SealingListAsync(job, value, cancellationToken).ConfigureAwait(false);
            return await ReportAsync(result.Files, result.Notes, result.Problems.Select(p => p.ToString()), result.Errors).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>A date yyyy-MM-dd given to <c>--as-of</c>, or null after printing the error.</summary>
    private static async Task<DateOnly?> AsOfAsync(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        await Console.Error.WriteLineAsync($"--as-of {text}: error: expected a date yyyy-MM-dd").ConfigureAwait(false);
        return null;
    }

    private static async Task<int> ReportAsync(IReadOnlyList<string> files, IReadOnlyList<string> notes, IEnumerable<string> problems, IReadOnlyList<string> errors)
    {
        foreach (var file in files)
        {
            Console.WriteLine(file);
        }

        foreach (var note in notes)
        {
            Console.WriteLine(note);
        }

        var warnings = 0;
        foreach (var problem in problems)
        {
            warnings++;
            await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} file(s), {warnings} data warning(s), {errors.Count} error(s)"));
        return errors.Count == 0 ? 0 : CommandRunner.Failed;
    }
}
