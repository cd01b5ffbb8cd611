using System.CommandLine;
using System.Globalization;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Surveys;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// <c>reporting generate survey-plan|survey-forms|satisfaction-report --community ID|--all --quarter 2026Q3 --out DIR</c>:
/// the quarterly satisfaction survey's documents (R-SAT-1..4).
/// </summary>
internal static class SurveyCommands
{
    public static IEnumerable<Command> Create() =>
    [
        Verb("survey-plan", "Sampling plan and visit list per community (R-SAT-3).", withSeed: true, (documents, request, folder, ct) => documents.GeneratePlansAsync(request, folder, ct)),
        Verb("survey-forms", "Pre-filled 业户评议表 of every sampled household: one print PDF (a bookmark per household) and one DOCX per community (R-SAT-1, R-SAT-2).", withSeed: true, (documents, request, folder, ct) => documents.GenerateFormsAsync(request, folder, ct)),
        Verb("satisfaction-report", "Quarterly satisfaction report per community and, with --all, per company (R-SAT-4).", withSeed: false, (documents, request, folder, ct) => documents.GenerateReportsAsync(request, folder, ct)),
    ];

    private static Command Verb(string name, string description, bool withSeed, Func<SurveyDocuments, SurveyRequest, string, CancellationToken, Task<SurveyRun>> generate)
    {
        var community = new Option<string?>("--community") { Description = "Community id (e.g. C01)." };
        var all = new Option<bool>("--all") { Description = "Every community" + (withSeed ? "." : ", plus one report per company.") };
        var quarter = new Option<string>("--quarter") { Description = "Survey quarter, YYYYQn (e.g. 2026Q3).", Required = true };
        var seed = new Option<string?>("--seed") { Description = "Sampling seed, decimal or 0x-hex (default: a stable seed per community and quarter; printed on the plan)." };
        var connection = new Option<string?>("--connection") { Description = "ADO.NET connection string (default: Data Source=<repo>/out/estate.db)." };
        var output = CliOptions.Out("out/surveys");
        var formats = CliOptions.Formats();
        var command = new Command(name, description) { community, all, quarter, connection, output, formats };
        if (withSeed)
        {
            command.Options.Add(seed);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var communityId = parse.GetValue(community);
            if ((communityId is null) == !parse.GetValue(all))
            {
                await Console.Error.WriteLineAsync("error: give either --community ID or --all").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var quarterText = parse.GetValue(quarter)!;
            if (!SurveyQuarter.TryParse(quarterText, out var surveyQuarter))
            {
                await Console.Error.WriteLineAsync($"--quarter: error: '{quarterText}' is not a quarter YYYYQn (e.g. 2026Q3)").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            ulong? seedValue = null;
            if (withSeed && parse.GetValue(seed) is { } seedText)
            {
                if (!TryParseSeed(seedText, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--seed: error: '{seedText}' is not a number (decimal or 0x-hex, up to 64 bits)").ConfigureAwait(false);
                    return CommandRunner.Failed;
                }

                seedValue = parsed;
            }

            var formatList = CliOptions.SplitFormats(parse.GetValue(formats)!);
            var unknown = formatList.Where(f => !DocumentRenderer.Formats.Contains(f, StringComparer.Ordinal)).ToList();
            if (formatList.Count == 0 || unknown.Count > 0)
            {
                await Console.Error.WriteLineAsync($"--format: error: unknown format(s) {string.Join(", ", unknown)}; use pdf and/or docx").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var layout = RepositoryLayout.DiscoverDefault();
            if (await EstateDatabases.TryOpenAsync(parse.GetValue(connection), layout).ConfigureAwait(false) is not { } database)
            {
                return CommandRunner.Failed;
            }

            var documents = new SurveyDocuments(EstateReaders.Create(database), new DocumentRenderer(layout), TimeProvider.System, new OutputRegister(database), "reporting generate " + name);
            var request = new SurveyRequest { Quarter = surveyQuarter, CommunityId = communityId, Seed = seedValue, Formats = formatList };
            var run = await generate(documents, request, parse.GetValue(output)!.FullName, cancellationToken).ConfigureAwait(false);
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

            return run.Succeeded ? 0 : CommandRunner.Failed;
        });
        return command;
    }

    private static bool TryParseSeed(string text, out ulong seed) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out seed)
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed);
}
