using System.CommandLine;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary><c>reporting check templates</c>: compile every template against its sample and check conformance.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var templates = new Command("templates", "Render every template's sample.json to PDF and DOCX and run the regulation conformance check.");
        templates.SetAction((parse, cancellationToken) =>
        {
            var layout = RepositoryLayout.DiscoverDefault();
            var renderer = new DocumentRenderer(layout);
            var checks = TemplateChecker.CheckAll(renderer, layout.TemplatesRoot, cancellationToken);
            foreach (var check in checks)
            {
                var version = check.TemplateVersion is { } v ? v[..12] : "------------";
                var rules = check.Implements.Count > 0 ? string.Join(", ", check.Implements) : "no rule IDs";
                Console.WriteLine($"{(check.Passed ? "ok  " : "FAIL")}  {check.Kind,-24} {version}  {rules}");
                foreach (var problem in check.Problems)
                {
                    Console.Error.WriteLine($"      {problem}");
                }
            }

            var failed = checks.Count(c => !c.Passed);
            Console.WriteLine($"{checks.Count} template(s), {failed} failed");
            return Task.FromResult(failed == 0 && checks.Count > 0 ? 0 : CommandRunner.Failed);
        });
        return new Command("check", "Checks of the installation.") { templates };
    }
}
