using System.Runtime.InteropServices;

namespace ReportingEngine.Generation.Output;

/// <summary>
/// Gives memory that native code has freed back to the operating system (glibc <c>malloc_trim</c>).
/// </summary>
/// <remarks>
/// Every compressed stream (PDF content and fonts, DOCX parts) allocates and frees ≈ 256 KB of zlib state in native
/// memory; SQLite allocates there too. glibc keeps freed chunks in per-thread arenas, and as batch work hops between
/// thread-pool threads the arenas' resident size crept up by ≈ 23 MB over a 100,000-unit batch (issue 5, decision 0007).
/// Trimming once per building keeps it flat. Elsewhere (Windows, macOS, musl) this does nothing.
/// </remarks>
internal static class NativeHeap
{
    private static int unavailable;

    /// <summary>Returns free native memory to the OS where the C library can.</summary>
    public static void Release()
    {
        if (!OperatingSystem.IsLinux() || Volatile.Read(ref unavailable) != 0)
        {
            return;
        }

        try
        {
            _ = NativeMethods.malloc_trim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref unavailable, 1); // not glibc: nothing to trim
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int malloc_trim(nuint pad);
    }
}
