namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>Orders room numbers as people read them: all-digit rooms by value (<c>2</c> before <c>10</c>), others ordinally.</summary>
internal sealed class RoomOrder : IComparer<string>
{
    public static RoomOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        if (IsDigits(x) && IsDigits(y))
        {
            var a = x.AsSpan().TrimStart('0');
            var b = y.AsSpan().TrimStart('0');
            var byLength = a.Length.CompareTo(b.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byValue = a.SequenceCompareTo(b);
            return byValue != 0 ? byValue : string.CompareOrdinal(x, y);
        }

        return string.CompareOrdinal(x, y);
    }

    private static bool IsDigits(string text) => text.Length > 0 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
