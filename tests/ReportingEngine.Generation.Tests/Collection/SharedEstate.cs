namespace ReportingEngine.Generation.Tests.Collection;

/// <summary>One sample estate for every collection test class: importing it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class SharedEstate : ICollectionFixture<CollectionEstateFixture>
{
    public const string Name = "collection estate";
}
