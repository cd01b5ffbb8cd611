using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportingEngine.Templating.Loading;

/// <summary>
/// The version of a template: SHA-256 over its files, stable across machines and checkouts.
/// </summary>
/// <remarks>
/// Files are taken in ordinal order of their '/'-separated path relative to the templates root; for each,
/// the hash reads the UTF-8 path, a NUL, the content length in decimal, a NUL, then the content. Text files
/// (<see cref="TextExtensions"/>) are normalized first — UTF-8 BOM removed, CRLF and lone CR turned into LF —
/// so a Windows checkout with autocrlf gives the same version as Linux. Other files (images) are hashed as
/// they are. The length prefix makes the framing unambiguous.
/// </remarks>
internal static class TemplateVersion
{
    /// <summary>Extensions normalized as text before hashing (lower case, with the dot).</summary>
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.Ordinal)
    {
        ".sbn", ".json", ".xml", ".txt", ".md", ".svg", ".csv",
    };

    public static bool IsTextFile(string path) =>
        TextExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Removes a UTF-8 BOM and turns CRLF / CR line ends into LF.</summary>
    public static byte[] NormalizeText(ReadOnlySpan<byte> raw)
    {
        if (raw.Length >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF)
        {
            raw = raw[3..];
        }

        if (raw.IndexOf((byte)'\r') < 0)
        {
            return raw.ToArray();
        }

        var result = new byte[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (b == (byte)'\r')
            {
                result[length++] = (byte)'\n';
                if (i + 1 < raw.Length && raw[i + 1] == (byte)'\n')
                {
                    i++;
                }
            }
            else
            {
                result[length++] = b;
            }
        }

        return result.AsSpan(0, length).ToArray();
    }

    public static string Compute(IEnumerable<TemplateFile> filesInOrder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> separator = [0];
        foreach (var file in filesInOrder)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.RelativePath));
            hash.AppendData(separator);
            hash.AppendData(Encoding.ASCII.GetBytes(file.Content.Length.ToString(CultureInfo.InvariantCulture)));
            hash.AppendData(separator);
            hash.AppendData(file.Content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
