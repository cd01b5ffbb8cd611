using System.Collections.Concurrent;

namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// Parsed faces cached per (file, face index) for the process lifetime. The CJK .ttc files are
/// 16–21 MB: each is read once and shared by every render, including parallel batch renders.
/// </summary>
internal static class FontFileCache
{
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Files = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Path, int Index), Lazy<TrueTypeFace>> Faces = new();

    /// <summary>The whole file's bytes, read once.</summary>
    public static byte[] GetFileBytes(string path)
    {
        var full = Path.GetFullPath(path);
        var lazy = Files.GetOrAdd(full, static p => new Lazy<byte[]>(() => File.ReadAllBytes(p), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file installed or fixed later must be readable without restarting the process.
            Files.TryRemove(new KeyValuePair<string, Lazy<byte[]>>(full, lazy));
            throw;
        }
    }

    /// <summary>Face <paramref name="faceIndex"/> of a .ttf (index 0) or .ttc file, parsed once.</summary>
    public static TrueTypeFace GetFace(string path, int faceIndex)
    {
        var full = Path.GetFullPath(path);
        var lazy = Faces.GetOrAdd((full, faceIndex), static key => new Lazy<TrueTypeFace>(
            () => TrueTypeFace.Load(GetFileBytes(key.Path), key.Index, Path.GetFileName(key.Path)),
            LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (InvalidDataException)
        {
            // A broken file must not poison the cache for a corrected retry.
            Faces.TryRemove(new KeyValuePair<(string, int), Lazy<TrueTypeFace>>((full, faceIndex), lazy));
            throw;
        }
    }
}
