using System.Globalization;

namespace ReportingEngine.Documents.Profiles;

/// <summary>Every profile diagnostic text, in one place (STYLE.md 9).</summary>
internal static class ProfileMessages
{
    public const string FileMissing = "profile.json not found";

    public static string Malformed(string detail) => "malformed JSON: " + detail;

    public static string UnknownProperty(string path) => $"unknown property '{path}'";

    public static string Missing(string path) => $"'{path}' is required";

    public static string WrongType(string path, string expected) => $"'{path}' must be {expected}";

    public static string BadValue(string path, string value, string expected) => $"'{path}' is '{value}'; expected {expected}";

    public static string OutOfRange(string path, double value, string range) =>
        string.Create(CultureInfo.InvariantCulture, $"'{path}' is {value}; expected {range}");

    public static string KindMismatch(string kind, string expected) =>
        $"kind '{kind}' does not match the template folder '{expected}'";

    public const string NoBody = "'styles' must define 'body', the default paragraph style";

    public static string RequiredStyleUndefined(string name) =>
        $"'requiredStyles.{name}' names a style that 'styles' does not define";

    public static string MarginsTooWide(string axis) => $"the {axis} margins leave no room for text";

    public const string PageSizeConflict = "give either 'page.size' or 'page.widthMm' and 'page.heightMm', not both";

    public const string PageSizeIncomplete = "'page.widthMm' and 'page.heightMm' go together";
}
