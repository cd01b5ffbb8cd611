using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ReportingEngine.Scheduling.Hosting;
using ReportingEngine.Scheduling.Stores;

[assembly: InternalsVisibleTo("reporting-worker")]

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// <c>reporting worker</c>: the scheduled host. Runs the regulation calendar from a persistent Quartz job store until SIGTERM
/// or Ctrl+C, then stops gracefully (running jobs asked to stop, up to <c>--shutdown-grace</c>) and exits 0.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var support = new WorkerCommandSupport();
        var output = CliOptions.Out("out");
        var node = new Option<string?>("--node") { Description = "This worker's node name (Quartz instance id; default: host name and process id)." };
        var threads = new Option<int?>("--threads") { Description = "Jobs run at once on this node (default: processor count, at least 2)." };
        var grace = new Option<int>("--shutdown-grace") { Description = "Seconds a shutdown waits for running jobs to stop.", DefaultValueFactory = _ => 30 };
        var command = new Command("worker", "Run the scheduled jobs of the regulation calendar (Quartz, persistent job store) until stopped.") { output, node, threads, grace };
        support.AddTo(command, withCalendar: true);

        // A synchronous action: System.CommandLine installs its own SIGTERM handler (which ends the process 2 s after the
        // signal) only for asynchronous ones; the worker handles the signals itself and takes as long as its grace allows.
        command.SetAction(parse =>
        {
            using var stop = new CancellationTokenSource();
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            return RunAsync(parse, support, output, node, threads, grace, stop.Token).GetAwaiter().GetResult();

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parse,
        WorkerCommandSupport support,
        Option<DirectoryInfo> output,
        Option<string?> node,
        Option<int?> threads,
        Option<int> grace,
        CancellationToken stop)
    {
        if (parse.GetValue(threads) is < 1)
        {
            await Console.Error.WriteLineAsync("--threads: error: must be at least 1").ConfigureAwait(false);
            return CommandRunner.Failed;
        }

        if (parse.GetValue(grace) < 0)
        {
            await Console.Error.WriteLineAsync("--shutdown-grace: error: must be 0 or more seconds").ConfigureAwait(false);
            return CommandRunner.Failed;
        }

        var nodeName = parse.GetValue(node) ?? WorkerOptions.DefaultNode();
        var layout = support.Layout(parse);
        if (await support.CalendarAsync(parse, stop).ConfigureAwait(false) is not { } calendar
            || await support.OpenEstateAsync(parse, layout, stop).ConfigureAwait(false) is not { } database
            || await support.StoreAsync(parse, database, layout, nodeName).ConfigureAwait(false) is not { } store)
        {
            return CommandRunner.Failed;
        }

        var options = new WorkerOptions
        {
            Store = store,
            Node = nodeName,
            Calendar = calendar,
            Threads = parse.GetValue(threads) ?? Math.Max(2, Environment.ProcessorCount),
            ShutdownGrace = TimeSpan.FromSeconds(parse.GetValue(grace)),
        };
        var environment = WorkerCommandSupport.Environment(database, layout, parse.GetValue(output)!.FullName, nodeName, calendar);
        try
        {
            return await WorkerHost.RunAsync(options, environment, Console.Out, stop).ConfigureAwait(false) ? 0 : CommandRunner.Failed;
        }
        catch (Exception ex) when (ex is JobStoreException or Quartz.SchedulerException)
        {
            await Console.Error.WriteLineAsync("--job-store: error: " + ex.Message).ConfigureAwait(false);
            return CommandRunner.Failed;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped before the scheduler started: nothing ran.
            return 0;
        }
    }
}
