using System.CommandLine;
using ReportingEngine.Data.Connections;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary><c>reporting regenerate ARCHIVE-NO --out DIR</c>: rebuild a registered file byte for byte.</summary>
internal static class RegenerateCommand
{
    public static Command Create()
    {
        var archiveNumber = new Argument<string>("archive-number") { Description = "Archive number from the output register (e.g. FN-2026-10-C01-B01-0302)." };
        var output = CliOptions.Out("out/regenerated");
        var connection = FeeCommandSupport.Connection();
        var command = new Command("regenerate", "Rebuild a registered document byte for byte from the data and its template version; refuses when either changed.")
        {
            archiveNumber, output, connection,
            FeeCommandSupport.Seal(), FeeCommandSupport.PaymentPayload(), FeeCommandSupport.PaymentNotes(),
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var layout = RepositoryLayout.DiscoverDefault();
                var database = EstateDatabases.Open(parse.GetValue(connection), layout);
                var batch = FeeCommandSupport.Batch(database, layout, parse, by: null);
                var result = await batch.RegenerateAsync(parse.GetValue(archiveNumber)!, parse.GetValue(output)!.FullName, cancellationToken).ConfigureAwait(false);
                foreach (var path in result.Files)
                {
                    Console.WriteLine($"{path}  (identical to the registered file)");
                }

                foreach (var problem in result.Problems)
                {
                    await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
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
}
