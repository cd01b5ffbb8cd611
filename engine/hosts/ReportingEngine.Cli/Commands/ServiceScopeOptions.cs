using System.CommandLine;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Service;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// The options every periodic service document takes (<c>--community ID|--all</c>, <c>--out</c>, <c>--format</c>,
/// <c>--connection</c>) and their checks, so the monthly and quarterly verbs report bad input the same way.
/// </summary>
internal sealed class ServiceScopeOptions
{
    public Option<string?> Community { get; } = new("--community") { Description = "Community id (e.g. C01)." };

    public Option<bool> All { get; } = new("--all") { Description = "Every community, one document each." };

    public Option<DirectoryInfo> Output { get; } = CliOptions.Out("out/service");

    public Option<string> Formats { get; } = CliOptions.Formats();

    public Option<string?> Connection { get; } = new("--connection") { Description = "ADO.NET connection string (default: Data Source=<repo>/out/estate.db)." };

    /// <summary>Adds the options to a verb (an option instance belongs to one command).</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Community);
        command.Options.Add(All);
        command.Options.Add(Output);
        command.Options.Add(Formats);
        command.Options.Add(Connection);
    }

    /// <summary>The community asked for (null for <c>--all</c>), or false after printing the error when neither or both were given.</summary>
    public async Task<(bool Valid, string? CommunityId)> CommunityAsync(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var communityId = parse.GetValue(Community);
        if (communityId is null == !parse.GetValue(All))
        {
            await Console.Error.WriteLineAsync("--community: error: give either --community ID or --all (not both)").ConfigureAwait(false);
            return (false, null);
        }

        return (true, communityId);
    }

    /// <summary>The formats asked for, or null after printing the error.</summary>
    public Task<IReadOnlyList<string>?> FormatsAsync(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return CheckFormatsAsync(parse.GetValue(Formats)!);
    }

    /// <summary>The formats of a <c>--format</c> value, or null after printing the error (also used by verbs with other scopes).</summary>
    public static async Task<IReadOnlyList<string>?> CheckFormatsAsync(string value)
    {
        var formats = CliOptions.SplitFormats(value);
        var unknown = formats.Where(f => !DocumentRenderer.Formats.Contains(f, StringComparer.Ordinal)).ToList();
        if (formats.Count > 0 && unknown.Count == 0)
        {
            return formats;
        }

        await Console.Error.WriteLineAsync($"--format {string.Join(",", formats)}: error: use pdf, docx or both").ConfigureAwait(false);
        return null;
    }

    /// <summary>The generator over the estate database, or null after printing why the database could not be opened.</summary>
    public async Task<ServiceDocuments?> OpenAsync(ParseResult parse, string verb)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var layout = RepositoryLayout.DiscoverDefault();
        if (await EstateDatabases.TryOpenAsync(parse.GetValue(Connection), layout).ConfigureAwait(false) is not { } database)
        {
            return null;
        }

        return new ServiceDocuments(EstateReaders.Create(database), new DocumentRenderer(layout), TimeProvider.System, new OutputRegister(database), "reporting generate " + verb);
    }
}
