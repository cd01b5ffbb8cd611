using System.CommandLine;
using System.Globalization;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Synthetic;

namespace ReportingEngine.Cli.Commands;

/// <summary><c>reporting db init|generate</c>: create the estate database and write synthetic estates.</summary>
internal static class DbCommand
{
    /// <summary>Builds the <c>db</c> command with its verbs.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var db = new Command("db", "Create the estate database and generate sample estates.");
        db.Subcommands.Add(Init());
        db.Subcommands.Add(Generate());
        return db;
    }

    private static Command Init()
    {
        var sample = new Option<bool>("--sample") { Description = "Import the repository's sample-data/ folder." };
        var data = new Option<string?>("--data") { Description = "Import the CSV files of this folder (same layout as sample-data/)." };
        var connection = new Option<string?>("--connection") { Description = "ADO.NET connection string (default: Data Source=<repo>/out/estate.db)." };
        var command = new Command("init", "Create the database (schema) and import CSV data in one transaction.") { sample, data, connection };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                var root = FindRepositoryRoot();
                var dataDir = parseResult.GetValue(data);
                if (parseResult.GetValue(sample))
                {
                    if (root is null)
                    {
                        await Console.Error.WriteLineAsync("error: --sample needs the repository's sample-data/ folder; ReportingEngine.sln was not found above the current directory").ConfigureAwait(false);
                        return 1;
                    }

                    dataDir ??= Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(root, "sample-data"));
                }

                if (dataDir is not null && !Directory.Exists(dataDir))
                {
                    await Console.Error.WriteLineAsync($"{dataDir}: error: data folder does not exist").ConfigureAwait(false);
                    return 1;
                }

                var connectionString = parseResult.GetValue(connection)
                    ?? "Data Source=" + Path.Combine(root ?? Directory.GetCurrentDirectory(), "out", "estate.db");
                var database = EstateConnectionFactory.Create(connectionString);
                var result = await DatabaseInitializer.InitializeAsync(database, dataDir, cancellationToken).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        await Console.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
                    }

                    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Diagnostics.Count} error(s); nothing was imported")).ConfigureAwait(false);
                    return 1;
                }

                Console.WriteLine("database: " + (database.SqliteFile ?? database.Dialect.Name));
                foreach (var (table, rows) in result.RowCounts)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-20} {rows,10:N0}"));
                }

                return 0;
            }
            catch (DataConfigurationException ex)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static Command Generate()
    {
        var units = new Option<int>("--units") { Description = "Number of units (≥ 100).", Required = true };
        var output = new Option<string>("--out") { Description = "Folder the CSV files are written to.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed and size give identical files).", DefaultValueFactory = _ => GeneratorOptions.Sample.Seed };
        var command = new Command("generate", "Write a deterministic synthetic estate as CSV files.") { units, output, seed };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(units);
            if (count < 100 || count > 5_000_000)
            {
                await Console.Error.WriteLineAsync("error: --units must be between 100 and 5,000,000").ConfigureAwait(false);
                return 1;
            }

            var options = GeneratorOptions.Sample with { Units = count, Seed = parseResult.GetValue(seed) };
            var counts = EstateGenerator.Generate(options, parseResult.GetValue(output)!, cancellationToken);
            foreach (var (table, rows) in counts)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-20} {rows,12:N0}"));
            }

            return 0;
        });
        return command;
    }

    private static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ReportingEngine.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
