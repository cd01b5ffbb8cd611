namespace ReportingEngine.Scheduling.Tests;

public sealed class SchedulingAssemblyTests
{
    [Fact]
    public void The_scheduling_assembly_is_named_as_its_marker_says() =>
        Assert.Equal(SchedulingAssembly.Name, typeof(SchedulingAssembly).Assembly.GetName().Name);
}
