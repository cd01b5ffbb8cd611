namespace ReportingEngine.Generation.Tests.Dossiers;

/// <summary>A clock that always says the same instant (the register's generated-at stamp).</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
