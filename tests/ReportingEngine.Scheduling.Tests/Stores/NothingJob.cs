using Quartz;

namespace ReportingEngine.Scheduling.Tests.Stores;

/// <summary>A job that does nothing: the store tests only need something to persist.</summary>
public sealed class NothingJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
