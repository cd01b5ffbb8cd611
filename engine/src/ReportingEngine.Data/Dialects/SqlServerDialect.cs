using System.Data.Common;
using Microsoft.Data.SqlClient;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Dialects;

/// <summary>SQL Server through Microsoft.Data.SqlClient: native DECIMAL, DATE, DATETIME2 and BIT columns.</summary>
public sealed class SqlServerDialect : ISqlDialect
{
    // SQL Server error numbers: "Violation of PRIMARY KEY / UNIQUE KEY constraint" and "Cannot insert duplicate key row".
    private const int DuplicateKeyInConstraint = 2627;
    private const int DuplicateKeyInUniqueIndex = 2601;

    /// <summary>The single instance.</summary>
    public static SqlServerDialect Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "sqlserver";

    /// <inheritdoc />
    public string SchemaResource => "ReportingEngine.Data.schema.sqlserver.sql";

    /// <inheritdoc />
    public string ColumnType(ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Type switch
        {
            Schema.ColumnType.WholeNumber => "INT",
            Schema.ColumnType.Boolean => "BIT",
            Schema.ColumnType.Money => "DECIMAL(18,2)",
            Schema.ColumnType.Quantity => "DECIMAL(18,4)",
            Schema.ColumnType.Date => "DATE",
            Schema.ColumnType.DateTime => "DATETIME2(0)",
            Schema.ColumnType.Period => "CHAR(7)",
            Schema.ColumnType.Quarter => "CHAR(6)",
            Schema.ColumnType.Id => "NVARCHAR(64)",
            _ => "NVARCHAR(" + column.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
        };
    }

    /// <inheritdoc />
    public DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    /// <inheritdoc />
    public string Limit(string orderedSelect, string rowsParameter) =>
        orderedSelect + " OFFSET 0 ROWS FETCH NEXT @" + rowsParameter + " ROWS ONLY";

    /// <inheritdoc/>
    public bool IsDuplicateKey(DbException exception) =>
        exception is SqlException { Number: DuplicateKeyInConstraint or DuplicateKeyInUniqueIndex };

    /// <inheritdoc />
    public object DecimalValue(decimal value) => value;

    /// <inheritdoc />
    public object DateValue(DateOnly value) => value.ToDateTime(TimeOnly.MinValue);

    /// <inheritdoc />
    public object DateTimeValue(DateTime value) => value;
}
