namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>A thread's reusable scratch array, grown on demand (contents are not cleared between uses).</summary>
/// <remarks>
/// A thread keeps at most <see cref="RetainedLimit"/> bytes per slot. A notice's font subset is ≈ 80 KB and a
/// building's print file's ≈ 130 KB; a long audit pack's can be megabytes. Work hops between thread-pool threads, so
/// keeping the largest size ever seen (slots used to grow up to 16 MB) would hold that much large-object heap on every
/// thread that once saved such a file. Larger requests get an array of their own.
/// </remarks>
internal static class TransientBuffer
{
    /// <summary>The largest array a thread keeps in a slot.</summary>
    public const int RetainedLimit = 512 * 1024;

    /// <summary>An array of at least <paramref name="length"/> bytes held in <paramref name="slot"/> (a [ThreadStatic] field).</summary>
    public static byte[] Get(ref byte[]? slot, int length)
    {
        if (length > RetainedLimit)
        {
            return new byte[length];
        }

        if (slot is null || slot.Length < length)
        {
            slot = new byte[Math.Min(Math.Max(length, 2 * (slot?.Length ?? 0)), RetainedLimit)];
        }

        return slot;
    }
}
