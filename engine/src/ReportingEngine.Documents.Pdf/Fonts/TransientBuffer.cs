namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>A thread's reusable scratch array, grown on demand (contents are not cleared between uses).</summary>
internal static class TransientBuffer
{
    /// <summary>An array of at least <paramref name="length"/> bytes held in <paramref name="slot"/> (a [ThreadStatic] field).</summary>
    public static byte[] Get(ref byte[]? slot, int length)
    {
        if (slot is null || slot.Length < length)
        {
            slot = new byte[Math.Max(length, Math.Min(2 * (slot?.Length ?? 0), 16 * 1024 * 1024))];
        }

        return slot;
    }
}
