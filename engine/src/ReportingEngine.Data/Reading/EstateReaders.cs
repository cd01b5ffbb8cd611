using ReportingEngine.Data.Connections;

namespace ReportingEngine.Data.Reading;

/// <summary>Creates <see cref="IEstateReader"/> instances.</summary>
public static class EstateReaders
{
    /// <summary>A reader over a configured database.</summary>
    /// <param name="database">Database from <see cref="EstateConnectionFactory.Create"/>.</param>
    /// <returns>The reader.</returns>
    public static IEstateReader Create(EstateDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new EstateReader(database);
    }

    /// <summary>A reader for a connection string (the one setting, <c>--connection</c> / <c>ConnectionStrings:Estate</c>).</summary>
    /// <param name="connectionString">ADO.NET connection string.</param>
    /// <returns>The reader.</returns>
    public static IEstateReader Create(string connectionString) => Create(EstateConnectionFactory.Create(connectionString));
}
