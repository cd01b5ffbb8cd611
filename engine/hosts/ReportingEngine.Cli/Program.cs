using System.CommandLine;
using ReportingEngine.Cli.Commands;

var root = new RootCommand("ReportingEngine — regulation-conformant documents (DOCX, PDF) from property-management dossier and fee data.")
{
    DbCommand.Create(),
    RenderCommand.Create(),
    CheckCommand.Create(),
    GenerateCommand.Create(),
    BatchCommand.Create(),
    VerifyCommand.Create(),
    RegenerateCommand.Create(),
    WorkerCommand.Create(),
    JobsCommand.Create(),
};

return await CommandRunner.InvokeAsync(root, args).ConfigureAwait(false);
