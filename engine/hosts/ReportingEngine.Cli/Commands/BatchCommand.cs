using System.CommandLine;
using System.Globalization;
using ReportingEngine.Data.Connections;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary><c>reporting batch fee-notices --period YYYY-MM [--community ID] [--building ID] --out DIR</c>.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var batch = new Command("batch", "Scheduled batches (resumable; every file recorded in the output register).");
        batch.Subcommands.Add(FeeNotices());
        return batch;
    }

    private static Command FeeNotices()
    {
        var period = new Option<string>("--period") { Description = "Billing month YYYY-MM whose bills get notices.", Required = true };
        var community = new Option<string?>("--community") { Description = "Only this community (id, e.g. C01)." };
        var building = new Option<string?>("--building") { Description = "Only this building (id, e.g. C01-B09)." };
        var output = CliOptions.Out("out/fee-notices");
        var connection = FeeCommandSupport.Connection();
        var by = FeeCommandSupport.By();
        var parallel = new Option<int?>("--parallel") { Description = "Buildings processed at once (default: processor count)." };
        var command = new Command(
            "fee-notices",
            "Monthly fee notices (R-FEE-2): PDF + DOCX per billed unit, a merged print PDF and a delivery receipt sheet per building.")
        {
            period, community, building, output, connection, by, parallel,
            FeeCommandSupport.Seal(), FeeCommandSupport.PaymentPayload(), FeeCommandSupport.PaymentNotes(),
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var periodText = parse.GetValue(period)!;
            if (!BillingPeriod.TryParse(periodText, out var billingPeriod))
            {
                await Console.Error.WriteLineAsync($"--period: error: '{periodText}' is not a month YYYY-MM").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var degree = parse.GetValue(parallel);
            if (degree is < 1)
            {
                await Console.Error.WriteLineAsync("--parallel: error: must be at least 1").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            try
            {
                var layout = RepositoryLayout.DiscoverDefault();
                var database = EstateDatabases.Open(parse.GetValue(connection), layout);
                var feeBatch = FeeCommandSupport.Batch(database, layout, parse, parse.GetValue(by), degree);
                var request = new FeeBatchRequest
                {
                    Period = billingPeriod,
                    CommunityId = parse.GetValue(community),
                    BuildingId = parse.GetValue(building),
                    OutputFolder = parse.GetValue(output)!.FullName,
                };
                var progress = new ProgressLine();
                var result = await feeBatch.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
                progress.Finish();
                foreach (var problem in result.Problems)
                {
                    await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                }

                var summary = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{billingPeriod}: {result.UnitsBilled} units billed in {result.Buildings} building(s); {result.NoticesWritten} notice(s) written, {result.NoticesUpToDate} already generated; {result.BuildingFilesWritten} building file(s) written; {result.FilesWritten} file(s) in all → {request.OutputFolder}");
                Console.WriteLine(summary);
                if (result.NothingNew)
                {
                    Console.WriteLine("nothing new: every notice of this batch is already generated and registered (same data, same template)");
                }

                return result.Succeeded ? 0 : CommandRunner.Failed;
            }
            catch (DataConfigurationException ex)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return CommandRunner.Failed;
            }
        });
        return command;
    }

    /// <summary>A progress line on stderr: rewritten in place on a terminal, one line per building otherwise.</summary>
    private sealed class ProgressLine : IProgress<FeeBatchProgress>
    {
        private readonly Lock gate = new();
        private int lastBuildings = -1;
        private long lastTicks;
        private bool wrote;

        public void Report(FeeBatchProgress value)
        {
            lock (gate)
            {
                var now = Environment.TickCount64;
                var buildingDone = value.BuildingsDone != lastBuildings;
                if (!buildingDone && (Console.IsErrorRedirected || now - lastTicks < 250))
                {
                    return;
                }

                lastBuildings = value.BuildingsDone;
                lastTicks = now;
                var text = string.Create(
                    CultureInfo.InvariantCulture,
                    $"[{value.BuildingsDone}/{value.BuildingsTotal} buildings] {value.NoticesWritten} notices written, {value.NoticesUpToDate} up to date");
                if (Console.IsErrorRedirected)
                {
                    Console.Error.WriteLine(text);
                }
                else
                {
                    Console.Error.Write("\r" + text);
                    wrote = true;
                }
            }
        }

        public void Finish()
        {
            lock (gate)
            {
                if (wrote)
                {
                    Console.Error.WriteLine();
                }
            }
        }
    }
}
