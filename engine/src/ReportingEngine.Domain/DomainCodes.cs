using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ReportingEngine.Domain;

/// <summary>
/// Stable text codes for domain enums: the member name in snake_case (<c>MoveIn</c> ↔ <c>move_in</c>).
/// These codes are what CSV files and database columns hold.
/// </summary>
public static class DomainCodes
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> ByCode = new();

    /// <summary>The code of an enum value.</summary>
    /// <typeparam name="T">Enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Its snake_case code.</returns>
    public static string ToCode<T>(T value)
        where T : struct, Enum => ToSnake(value.ToString());

    /// <summary>Parses a code, or returns false.</summary>
    /// <typeparam name="T">Enum type.</typeparam>
    /// <param name="code">The code.</param>
    /// <param name="value">The value when known.</param>
    /// <returns>True when the code is known.</returns>
    public static bool TryParse<T>([NotNullWhen(true)] string? code, out T value)
        where T : struct, Enum
    {
        value = default;
        if (code is null)
        {
            return false;
        }

        var map = ByCode.GetOrAdd(typeof(T), static _ => Enum.GetValues<T>().ToDictionary(v => ToSnake(v.ToString()), v => (object)v, StringComparer.Ordinal));
        if (map.TryGetValue(code, out var boxed))
        {
            value = (T)boxed;
            return true;
        }

        return false;
    }

    /// <summary>Parses a code, throwing <see cref="FormatException"/> when unknown.</summary>
    /// <typeparam name="T">Enum type.</typeparam>
    /// <param name="code">The code.</param>
    /// <returns>The value.</returns>
    public static T Parse<T>(string code)
        where T : struct, Enum =>
        TryParse<T>(code, out var value) ? value : throw new FormatException($"'{code}' is not one of {string.Join(", ", AllCodes<T>())}");

    /// <summary>Every code of an enum, in declaration order.</summary>
    /// <typeparam name="T">Enum type.</typeparam>
    /// <returns>The codes.</returns>
    public static IReadOnlyList<string> AllCodes<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => ToSnake(v.ToString())).ToList();

    private static string ToSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
