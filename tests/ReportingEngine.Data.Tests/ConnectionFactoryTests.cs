using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Dialects;

namespace ReportingEngine.Data.Tests;

public class ConnectionFactoryTests
{
    [Fact]
    public void A_data_source_file_is_sqlite()
    {
        var db = EstateConnectionFactory.Create("Data Source=out/estate.db");
        Assert.IsType<SqliteDialect>(db.Dialect);
        Assert.EndsWith(Path.Combine("out", "estate.db"), db.SqliteFile, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_connection_string_is_sql_server()
    {
        var db = EstateConnectionFactory.Create("Server=pms.example;Database=Estate;Integrated Security=true;TrustServerCertificate=true");
        Assert.IsType<SqlServerDialect>(db.Dialect);
        Assert.Null(db.SqliteFile);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Foo=bar")]
    [InlineData("this is not a connection string")]
    public void A_wrong_setting_names_the_setting(string connectionString)
    {
        var ex = Assert.Throws<DataConfigurationException>(() => EstateConnectionFactory.Create(connectionString));
        Assert.Contains("--connection / ConnectionStrings:Estate", ex.Message, StringComparison.Ordinal);
    }
}
