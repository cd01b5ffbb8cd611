using System.Globalization;

namespace ReportingEngine.Templating.Diagnostics;

/// <summary>
/// Every message text the templating layer shows to a template author, in one place (STYLE.md 9).
/// </summary>
internal static class TemplateMessages
{
    public const string SharedFolder = "_shared";

    public static string InvalidKind(string kind) =>
        $"'{kind}' is not a template kind: use lower-case letters, digits and '-' (e.g. fee-notice)";

    public static string KindNotFound(string displayFolder) =>
        $"template folder {displayFolder}/ does not exist";

    public static string MainTemplateMissing => "template.sbn is missing from the template folder";

    public static string SymbolicLinkRefused => "symbolic links are not allowed in a template folder";

    public static string NotUtf8 => "file is not valid UTF-8";

    public static string CannotRead(string reason) => $"cannot read file: {reason}";

    public static string LoopLimit(int limit) => string.Create(CultureInfo.InvariantCulture, $"loop limit {limit} exceeded");

    public static string RecursionLimit(int limit) => string.Create(CultureInfo.InvariantCulture, $"recursion limit {limit} exceeded");

    public static string OutputLimit(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"output limit of {limit} characters exceeded");

    public static string StringLimit(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"string limit of {limit} characters exceeded");

    public static string TimedOut(TimeSpan timeout) => $"template timed out after {FormatDuration(timeout)}";

    public const string ClockRefused = "documents take their dates from the model, never from the clock (same data, same document)";

    public const string RandomRefused = "documents must be reproducible byte for byte; random values are not available";

    public const string EvalRefused = "evaluating text as a template is not available: data is never parsed as a template";

    public const string IncludeJoinRefused = "use include once per template";

    public static string BuiltinRefused(string name, string reason) => $"{name} is not available in templates: {reason}";

    public static string MemberNotFound(string member) => $"member `{member}` not found in the model object";

    public static string IncludeEmpty => "include needs a template name, e.g. include 'row.sbn'";

    public static string IncludeRefused(string name) =>
        $"include '{name}' refused: names are relative to the kind's folder (or start with {SharedFolder}/), without '..', '.', '\\' or a leading '/'";

    public static string IncludeNotFound(string name, string displayFolder) =>
        $"include '{name}' not found in {displayFolder}/";

    public static string ImportRefused => "import accepts only objects created by the template";

    public static string ModelRootNotObject(string actual) =>
        $"the model must be an object with named members, not {actual}";

    public static string ModelUnsupportedType(string typeName) =>
        $"type {typeName} cannot be passed to a template (use strings, numbers, booleans, dates, lists, dictionaries or records)";

    public static string ModelCycle => "the model refers back to itself (a cycle)";

    public static string ModelTooDeep(int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"the model is nested deeper than {limit} levels");

    public static string ModelDuplicateMember(string name) =>
        $"two members map to the same template name '{name}' (names are snake_case in templates)";

    public static string ModelHidesBuiltin(string name) =>
        $"model member '{name}' would hide the built-in '{name}' of templates; rename it";

    public static string ModelNumberOutOfRange => "number is outside the range of decimal";

    public static string ModelDictionaryKey(string typeName) =>
        $"dictionary keys must be strings, not {typeName}";

    public static string UnexpectedError(string message) => $"unexpected error: {message}";

    public static string FunctionExpectsNumber(string function, object? value) =>
        $"{function} expects a number, got {Describe(value)}";

    public static string FunctionExpectsDate(string function, object? value) =>
        $"{function} expects a date like 2026-11-15, got {Describe(value)}";

    public static string FunctionExpectsPeriod(string function, object? value) =>
        $"{function} expects a period like 2026-11, got {Describe(value)}";

    public static string FunctionExpectsFloor(object? value) => $"floor_room expects a whole floor number, got {Describe(value)}";

    public static string FunctionExpectsRoom(object? value) => $"floor_room expects a room number, got {Describe(value)}";

    public static string AmountTooLarge(decimal amount) =>
        string.Create(CultureInfo.InvariantCulture, $"money_cn: amount {amount} is too large (limit 9999999999999999.99)");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        _ => string.Create(CultureInfo.InvariantCulture, $"{value} ({value.GetType().Name})"),
    };

    private static string FormatDuration(TimeSpan span)
    {
        if (span.TotalSeconds >= 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0.###} ms");
    }
}
