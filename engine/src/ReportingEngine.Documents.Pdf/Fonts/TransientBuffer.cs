namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>A thread's reusable scratch array, grown on demand (contents are not cleared between uses).</summary>
/// <remarks>
/// A thread keeps at most <see cref="RetainedLimit"/> bytes per slot. A notice's font needs ≈ 100–200 KB; a building's
/// print file needs several times that once per building. Batch work hops between thread-pool threads, so keeping
/// the print file's size on every thread that ever saved one would hold megabytes of large-object heap per thread
/// (issue 5: the 100,000-unit batch's heap grew by ≈ 10 MB this way). Larger requests get an array of their own.
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
