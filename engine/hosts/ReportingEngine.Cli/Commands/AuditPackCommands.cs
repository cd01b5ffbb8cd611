using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.AuditPacks;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// <c>reporting generate audit-pack --community C01 --from 2026-01-01 --to 2026-06-30 --out DIR [--as-of …]</c>: the audit pack
/// for management (issue 7). Exit 0 when the pack was written; 1 on bad input (unknown community, inverted range, a database
/// that cannot be reached), with nothing written.
/// </summary>
internal static class AuditPackCommands
{
    public static IEnumerable<Command> Create() => [AuditPack()];

    private static Command AuditPack()
    {
        var community = new Option<string>("--community") { Description = "Community id (e.g. C01).", Required = true };
        var from = new Option<string>("--from") { Description = "First day of the range, yyyy-MM-dd.", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the range, yyyy-MM-dd.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The pack's date and evaluation day, yyyy-MM-dd (default: --to; never the clock)." };
        var output = CliOptions.Out("out/audit-packs");
        var connection = new Option<string?>("--connection") { Description = "ADO.NET connection string (default: Data Source=<repo>/out/estate.db)." };
        var command = new Command("audit-pack", "Audit pack (审计资料包): one PDF with cover, contents, page numbers and bookmarks, a DOCX, and a zip with a manifest of archive numbers and SHA-256.")
        {
            community, from, to, asOf, output, connection,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var fromDate = await DateAsync("--from", parse.GetValue(from)).ConfigureAwait(false);
            var toDate = await DateAsync("--to", parse.GetValue(to)).ConfigureAwait(false);
            var asOfText = parse.GetValue(asOf);
            var asOfDate = asOfText is null ? null : await DateAsync("--as-of", asOfText).ConfigureAwait(false);
            if (fromDate is null || toDate is null || (asOfText is not null && asOfDate is null))
            {
                return CommandRunner.Failed;
            }

            var request = new AuditPackRequest
            {
                CommunityId = parse.GetValue(community)!,
                From = fromDate.Value,
                To = toDate.Value,
                AsOf = asOfDate,
                OutputFolder = parse.GetValue(output)!.FullName,
                GeneratedBy = "reporting generate audit-pack",
            };
            var invalid = request.Validate();
            if (invalid.Count > 0)
            {
                await WriteAllAsync(invalid).ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var layout = RepositoryLayout.DiscoverDefault();
            if (await EstateDatabases.TryOpenAsync(parse.GetValue(connection), layout).ConfigureAwait(false) is not { } database)
            {
                return CommandRunner.Failed;
            }

            AuditPackResult result;
            try
            {
                var packs = new AuditPacks(EstateReaders.Create(database), new DocumentRenderer(layout), TimeProvider.System, new OutputRegister(database));
                result = await packs.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DbException or DataConfigurationException or InvalidOperationException { InnerException: DbException })
            {
                await Console.Error.WriteLineAsync($"--connection: error: the estate database cannot be reached: {ex.Message}").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            foreach (var note in result.Notes)
            {
                await Console.Error.WriteLineAsync(note).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                await WriteAllAsync(result.Errors).ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            Console.WriteLine($"{result.ArchiveNumber}: {result.TotalPages.ToString(CultureInfo.InvariantCulture)} pages, {result.Sections.Count.ToString(CultureInfo.InvariantCulture)} sections");
            foreach (var section in result.Sections)
            {
                Console.WriteLine($"  p.{section.StartPage.ToString(CultureInfo.InvariantCulture),-4} {section.ArchiveNumber}  {section.Title}");
            }

            foreach (var file in result.Files)
            {
                Console.WriteLine(file);
            }

            return 0;
        });
        return command;
    }

    private static async Task<DateOnly?> DateAsync(string option, string? text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        await Console.Error.WriteLineAsync($"{option} {text}: error: expected a date yyyy-MM-dd").ConfigureAwait(false);
        return null;
    }

    private static async Task WriteAllAsync(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await Console.Error.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
