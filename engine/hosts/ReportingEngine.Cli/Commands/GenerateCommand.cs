using System.CommandLine;

namespace ReportingEngine.Cli.Commands;

/// <summary><c>reporting generate …</c>: documents generated from the estate data, one subcommand per document kind.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", "Generate documents from the estate data.");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    // Each area contributes its subcommands here, one line per area.
    private static IEnumerable<Command> Subcommands() =>
    [
        .. DossierCommands.Create(),
        .. SurveyCommands.Create(),
        .. CollectionCommands.Create(),
        .. AuditPackCommands.Create(),
        .. ServiceCommands.Create(),
    ];
}
