using System.Text;

namespace ReportingEngine.Generation.Output;

/// <summary>Safe, stable file names from document identities.</summary>
public static class FileNames
{
    /// <summary>
    /// <c>{kind}-{id}</c> with every character that is not a letter, digit, '-', '_' or '.' replaced by '_'
    /// (IDs come from data: a '/' or '..' must never become a path).
    /// </summary>
    public static string ForDocument(string kind, string documentId)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(documentId);
        var id = Sanitize(documentId);
        return string.IsNullOrEmpty(id) ? Sanitize(kind) : $"{Sanitize(kind)}-{id}";
    }

    /// <summary>Replaces unsafe characters by '_' and trims leading dots.</summary>
    public static string Sanitize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.ToString().TrimStart('.');
    }
}
