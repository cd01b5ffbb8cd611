using System.CommandLine;
using System.Text.Json;
using ReportingEngine.Generation.Output;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary><c>reporting render KIND --model FILE --out DIR [--format pdf,docx]</c>: one document from a JSON model.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "Document kind: a folder under templates/ (e.g. customer-notice)." };
        var model = new Option<FileInfo>("--model") { Description = "JSON model for the template (e.g. templates/<kind>/sample.json).", Required = true };
        var output = CliOptions.Out("out/render");
        var formats = CliOptions.Formats();
        var command = new Command("render", "Render one document from a JSON model into PDF and/or DOCX.") { kind, model, output, formats };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var modelFile = parse.GetValue(model)!;
            if (!modelFile.Exists)
            {
                await Console.Error.WriteLineAsync($"{modelFile.FullName}: error: model file not found").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(await File.ReadAllTextAsync(modelFile.FullName, cancellationToken).ConfigureAwait(false));
            }
            catch (JsonException ex)
            {
                await Console.Error.WriteLineAsync($"{modelFile.FullName}({ex.LineNumber + 1},{ex.BytePositionInLine + 1}): error: {ex.Message}").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            using (json)
            {
                var renderer = new DocumentRenderer(RepositoryLayout.DiscoverDefault());
                var kindName = parse.GetValue(kind)!;
                var outcome = renderer.Render(kindName, json.RootElement, CliOptions.SplitFormats(parse.GetValue(formats)!), cancellationToken);
                if (!outcome.Succeeded)
                {
                    foreach (var problem in outcome.Problems)
                    {
                        await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                    }

                    return CommandRunner.Failed;
                }

                var folder = parse.GetValue(output)!.FullName;
                var name = FileNames.ForDocument(kindName, outcome.Document!.Info.DocumentId);
                foreach (var file in outcome.Files)
                {
                    var path = Path.Combine(folder, $"{name}.{file.Format}");
                    await AtomicFile.WriteAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
                    Console.WriteLine($"{path}  ({file.Content.Length:N0} bytes, template {outcome.TemplateVersion![..12]})");
                }

                return 0;
            }
        });
        return command;
    }
}
