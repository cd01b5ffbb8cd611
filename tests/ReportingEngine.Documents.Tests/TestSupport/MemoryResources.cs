using System.Diagnostics.CodeAnalysis;
using ReportingEngine.Documents.Markup;

namespace ReportingEngine.Documents.Tests.TestSupport;

/// <summary>Resources held in memory: <c>seal.png</c> (a 600×600 PNG header) and <c>wide.png</c> (400×200).</summary>
internal sealed class MemoryResources : IResourceResolver
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal)
    {
        ["seal.png"] = Png(600, 600),
        ["wide.png"] = Png(400, 200),
        ["not-a-png.png"] = "GIF89a not a png"u8.ToArray(),
    };

    public static byte[] Png(int width, int height)
    {
        var bytes = new byte[33];
        byte[] head = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        head.CopyTo(bytes, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 6;
        return bytes;
    }

    public bool TryRead(string path, [NotNullWhen(true)] out byte[]? content, [NotNullWhen(false)] out string? problem)
    {
        if (_files.TryGetValue(path, out content))
        {
            problem = null;
            return true;
        }

        problem = $"resource '{path}' was not found";
        return false;
    }
}
