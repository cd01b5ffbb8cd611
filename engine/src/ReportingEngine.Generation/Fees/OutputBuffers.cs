using System.Collections.Concurrent;

namespace ReportingEngine.Generation.Fees;

/// <summary>
/// The output buffers of one batch chunk: a notice's PDF and DOCX are written into these and saved from them, and the
/// building's print file likewise. Rented per building and reused by the next, so a batch of any size allocates them
/// once per worker instead of one array per file.
/// </summary>
internal sealed class OutputBuffers
{
    private const int NoticeCapacity = 256 * 1024;

    // A buffer grown past this by an unusually large file is not kept for the next building.
    private const int MaxKeptCapacity = 32 * 1024 * 1024;

    /// <summary>The notice PDF being written.</summary>
    public MemoryStream Pdf { get; private set; } = new(NoticeCapacity);

    /// <summary>The notice DOCX being written.</summary>
    public MemoryStream Docx { get; private set; } = new(NoticeCapacity);

    /// <summary>The building's print file being written.</summary>
    public MemoryStream Print { get; private set; } = new(NoticeCapacity);

    /// <summary>The bytes written to <paramref name="buffer"/> so far, without copying them.</summary>
    public static ReadOnlyMemory<byte> WrittenPart(MemoryStream buffer) => buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

    /// <summary>Empties the buffers for the next building, dropping any that grew too large to keep.</summary>
    public void Reset()
    {
        Pdf = Reset(Pdf);
        Docx = Reset(Docx);
        Print = Reset(Print);
    }

    private static MemoryStream Reset(MemoryStream buffer)
    {
        if (buffer.Capacity > MaxKeptCapacity)
        {
            return new MemoryStream(NoticeCapacity);
        }

        buffer.SetLength(0);
        return buffer;
    }
}

/// <summary>Output buffers shared by the chunks of one batch run (at most one set per concurrent chunk stays alive).</summary>
internal sealed class OutputBufferPool
{
    private readonly ConcurrentBag<OutputBuffers> idle = [];

    /// <summary>A free set of buffers.</summary>
    public OutputBuffers Rent() => idle.TryTake(out var buffers) ? buffers : new OutputBuffers();

    /// <summary>Gives a set back for the next chunk.</summary>
    public void Return(OutputBuffers buffers)
    {
        buffers.Reset();
        idle.Add(buffers);
    }
}
