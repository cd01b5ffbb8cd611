using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace ReportingEngine.Bench.Fees;

/// <summary>
/// With RE_BENCH_ALLOCATIONS=1 a child samples the runtime's allocation ticks (one per ≈ 100 KB allocated) and prints
/// the types that allocate most to stderr at the end: where the per-notice allocation goes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);

    public static AllocationSampler? FromEnvironment() =>
        Environment.GetEnvironmentVariable("RE_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;

    public override void Dispose()
    {
        var total = bytesByType.Values.Sum();
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(30))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alloc: {100.0 * bytes / total,5:0.0} % {bytes / 1048576.0,9:0} MB  {type}"));
        }

        base.Dispose();
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
        {
            return;
        }

        var names = eventData.PayloadNames!;
        var type = eventData.Payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
