using System.CommandLine;
using ReportingEngine.Cli.Commands;

// reporting-worker [options] is `reporting worker [options]`: the same options, messages and exit codes.
var worker = WorkerCommand.Create();
var root = new RootCommand("reporting-worker — runs the regulation calendar's scheduled jobs (Quartz, persistent job store) until SIGTERM or Ctrl+C.");
foreach (var option in worker.Options)
{
    root.Options.Add(option);
}

root.Action = worker.Action;
return await CommandRunner.InvokeAsync(root, args).ConfigureAwait(false);
