using System.Text;
using System.Text.Json;
using Quartz;

namespace ReportingEngine.Scheduling.Calendar;

/// <summary>
/// Reads a company's calendar file (<c>--calendar FILE</c>, example in <c>config/calendar.json</c>): the time zone, overrides of
/// the shared entries under <c>jobs</c>, and per-company entries under <c>companies</c>. Every mistake is reported with its
/// place, <c>file(line,col): error: …</c>.
/// </summary>
/// <remarks>
/// An entry names a job kind and may set <c>cron</c> (Quartz cron, seconds first, in the file's time zone), <c>enabled</c> and
/// <c>misfire</c> (<c>fire-once</c> or <c>skip</c>). What an entry leaves out comes from the shared entry of the kind, which
/// itself starts from the regulation default.
/// </remarks>
public static class CalendarFile
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and checks a calendar file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CalendarException">The file is missing, is not JSON, or says something the calendar cannot do.</exception>
    public static async Task<RegulationCalendar> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CalendarException([new CalendarProblem(path, 1, 1, "cannot read the calendar file: " + ex.Message)]);
        }

        return Parse(path, bytes);
    }

    /// <summary>Reads and checks a calendar from its UTF-8 bytes.</summary>
    /// <param name="file">The file name used in problem places.</param>
    /// <param name="utf8">The content.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CalendarException">The content is not JSON or says something the calendar cannot do.</exception>
    public static RegulationCalendar Parse(string file, ReadOnlySpan<byte> utf8)
    {
        var bom = Encoding.UTF8.Preamble;
        if (utf8.StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }

        Node root;
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (!reader.Read())
            {
                throw new CalendarException([new CalendarProblem(file, 1, 1, "the calendar file is empty; write a JSON object (see config/calendar.json)")]);
            }

            root = Node.Read(ref reader);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw new CalendarException([new CalendarProblem(file, line, column, "not valid JSON: " + FirstSentence(ex.Message))]);
        }

        var checker = new Checker(file, utf8.ToArray());
        var calendar = checker.Read(root);
        if (checker.Problems.Count > 0)
        {
            throw new CalendarException(checker.Problems);
        }

        return calendar!;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    /// <summary>A JSON value with the byte offset of its first character.</summary>
    private sealed class Node
    {
        public JsonTokenType Type { get; private init; }

        public long Offset { get; private init; }

        public string? Text { get; private init; }

        public bool Boolean { get; private init; }

        public List<(string Name, long NameOffset, Node Value)> Properties { get; } = [];

        public static Node Read(ref Utf8JsonReader reader)
        {
            var node = new Node
            {
                Type = reader.TokenType,
                Offset = reader.TokenStartIndex,
                Text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString()
                    : reader.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(reader.ValueSpan) : null,
                Boolean = reader.TokenType == JsonTokenType.True,
            };
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString()!;
                        var nameOffset = reader.TokenStartIndex;
                        reader.Read();
                        node.Properties.Add((name, nameOffset, Read(ref reader)));
                    }

                    break;
                case JsonTokenType.StartArray:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        node.Properties.Add(("", reader.TokenStartIndex, Read(ref reader)));
                    }

                    break;
            }

            return node;
        }
    }

    /// <summary>Checks the tree and collects problems with their places.</summary>
    private sealed class Checker(string file, byte[] utf8)
    {
        public List<CalendarProblem> Problems { get; } = [];

        public RegulationCalendar? Read(Node root)
        {
            if (root.Type != JsonTokenType.StartObject)
            {
                Problem(root.Offset, "the calendar must be a JSON object with \"timeZone\", \"jobs\" and \"companies\"");
                return null;
            }

            var timeZoneId = RegulationCalendar.DefaultTimeZoneId;
            TimeZoneInfo? zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            var shared = JobKinds.All.ToDictionary(k => k.Name, k => new CalendarEntry { Kind = k, Cron = k.DefaultCron }, StringComparer.Ordinal);
            var companyEntries = new List<(string Company, string Kind, Node Value, long Offset)>();
            foreach (var (name, offset, value) in root.Properties)
            {
                switch (name)
                {
                    case "$comment" or "description":
                        break;
                    case "timeZone":
                        if (value.Type != JsonTokenType.String || string.IsNullOrWhiteSpace(value.Text))
                        {
                            Problem(value.Offset, "\"timeZone\" must be an IANA time zone id such as \"Asia/Shanghai\"");
                            break;
                        }

                        try
                        {
                            zone = TimeZoneInfo.FindSystemTimeZoneById(value.Text);
                            timeZoneId = value.Text;
                        }
                        catch (TimeZoneNotFoundException)
                        {
                            Problem(value.Offset, $"unknown time zone '{value.Text}'; China Standard Time is \"Asia/Shanghai\"");
                            zone = null;
                        }
                        catch (InvalidTimeZoneException)
                        {
                            Problem(value.Offset, $"the time zone '{value.Text}' cannot be read on this machine");
                            zone = null;
                        }

                        break;
                    case "jobs":
                        if (value.Type != JsonTokenType.StartObject)
                        {
                            Problem(value.Offset, "\"jobs\" must be an object of job kinds");
                            break;
                        }

                        foreach (var (kindName, kindOffset, entry) in value.Properties.Where(p => !IsComment(p.Name)))
                        {
                            if (Kind(kindName, kindOffset) is { } kind)
                            {
                                shared[kind.Name] = Entry(shared[kind.Name], entry, null);
                            }
                        }

                        break;
                    case "companies":
                        if (value.Type != JsonTokenType.StartObject)
                        {
                            Problem(value.Offset, "\"companies\" must be an object whose names are company ids (company_profiles.id)");
                            break;
                        }

                        foreach (var (company, companyOffset, jobs) in value.Properties)
                        {
                            if (string.IsNullOrWhiteSpace(company))
                            {
                                Problem(companyOffset, "a company id is empty");
                                continue;
                            }

                            if (jobs.Type != JsonTokenType.StartObject)
                            {
                                Problem(jobs.Offset, $"company '{company}' must map job kinds to entries");
                                continue;
                            }

                            foreach (var (kindName, kindOffset, entry) in jobs.Properties.Where(p => !IsComment(p.Name)))
                            {
                                companyEntries.Add((company, kindName, entry, kindOffset));
                            }
                        }

                        break;
                    default:
                        Problem(offset, $"unknown setting '{name}'; the calendar has \"timeZone\", \"jobs\" and \"companies\"");
                        break;
                }
            }

            var entries = new List<CalendarEntry>(JobKinds.All.Select(k => shared[k.Name]));
            foreach (var (company, kindName, value, offset) in companyEntries)
            {
                if (Kind(kindName, offset) is { } kind)
                {
                    entries.Add(Entry(shared[kind.Name], value, company));
                }
            }

            return zone is null ? null : new RegulationCalendar { TimeZoneId = timeZoneId, Entries = entries };
        }

        private static bool IsComment(string name) => name is "$comment" or "description";

        /// <summary>Whether the expression ever fires (31 February does not); the zone does not change the answer.</summary>
        private static bool EverFires(string cron) =>
            new CronExpression(cron, TimeZoneInfo.Utc).GetNextValidTimeAfter(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero)) is not null;

        private JobKind? Kind(string name, long offset)
        {
            var kind = JobKinds.Find(name);
            if (kind is null)
            {
                Problem(offset, $"unknown job kind '{name}'; the calendar has {string.Join(", ", JobKinds.All.Select(k => k.Name))}");
            }

            return kind;
        }

        private CalendarEntry Entry(CalendarEntry baseEntry, Node value, string? company)
        {
            var entry = baseEntry with { CompanyId = company };
            if (value.Type != JsonTokenType.StartObject)
            {
                Problem(value.Offset, $"the entry of '{entry.Key}' must be an object with \"cron\", \"enabled\" and/or \"misfire\"");
                return entry;
            }

            foreach (var (name, offset, setting) in value.Properties)
            {
                switch (name)
                {
                    case "$comment" or "description":
                        break;
                    case "cron":
                        if (setting.Type != JsonTokenType.String || string.IsNullOrWhiteSpace(setting.Text))
                        {
                            Problem(setting.Offset, "\"cron\" must be a Quartz cron expression such as \"0 0 5 15 * ?\" (sec min hour day month weekday)");
                        }
                        else if (!CronExpression.TryParse(setting.Text, out _))
                        {
                            Problem(setting.Offset, $"'{setting.Text}' is not a Quartz cron expression (sec min hour day-of-month month day-of-week, one of the two days '?')");
                        }
                        else if (!EverFires(setting.Text))
                        {
                            Problem(setting.Offset, $"the cron expression '{setting.Text}' never fires (no such day)");
                        }
                        else
                        {
                            entry = entry with { Cron = setting.Text };
                        }

                        break;
                    case "enabled":
                        if (setting.Type is not (JsonTokenType.True or JsonTokenType.False))
                        {
                            Problem(setting.Offset, "\"enabled\" must be true or false");
                        }
                        else
                        {
                            entry = entry with { Enabled = setting.Boolean };
                        }

                        break;
                    case "misfire":
                        switch (setting.Text)
                        {
                            case "fire-once" when setting.Type == JsonTokenType.String:
                                entry = entry with { Misfire = MisfirePolicy.FireOnce };
                                break;
                            case "skip" when setting.Type == JsonTokenType.String:
                                entry = entry with { Misfire = MisfirePolicy.Skip };
                                break;
                            default:
                                Problem(setting.Offset, "\"misfire\" must be \"fire-once\" (a missed run fires once when a worker is back) or \"skip\"");
                                break;
                        }

                        break;
                    default:
                        Problem(offset, $"unknown setting '{name}' in '{entry.Key}'; an entry has \"cron\", \"enabled\" and \"misfire\"");
                        break;
                }
            }

            return entry;
        }

        private void Problem(long offset, string message)
        {
            var (line, column) = Place(offset);
            Problems.Add(new CalendarProblem(file, line, column, message));
        }

        /// <summary>1-based line and column (in characters) of a byte offset.</summary>
        private (int Line, int Column) Place(long offset)
        {
            var line = 1;
            var lineStart = 0;
            var end = (int)Math.Min(offset, utf8.Length);
            for (var i = 0; i < end; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var column = Encoding.UTF8.GetCharCount(utf8, lineStart, end - lineStart) + 1;
            return (line, column);
        }
    }
}
