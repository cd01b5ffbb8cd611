using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Dialects;

/// <summary>
/// SQLite, the embedded default. Money and quantities are stored as TEXT in invariant form (<c>1234.50</c>)
/// and converted exactly to <see cref="decimal"/> — never through a double. Dates are TEXT
/// <c>YYYY-MM-DD</c>, date-times TEXT <c>YYYY-MM-DD HH:MM:SS</c>, so text order is time order.
/// </summary>
public sealed class SqliteDialect : ISqlDialect
{
    // sqlite3.h result codes: SQLITE_CONSTRAINT and its PRIMARYKEY / UNIQUE extended codes.
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>The single instance.</summary>
    public static SqliteDialect Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "sqlite";

    /// <inheritdoc />
    public string SchemaResource => "ReportingEngine.Data.schema.sqlite.sql";

    /// <inheritdoc />
    public string ColumnType(ColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Type switch
        {
            Schema.ColumnType.WholeNumber or Schema.ColumnType.Boolean => "INTEGER",
            _ => "TEXT",
        };
    }

    /// <inheritdoc />
    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    /// <inheritdoc />
    public string Limit(string orderedSelect, string rowsParameter) => orderedSelect + " LIMIT @" + rowsParameter;

    /// <inheritdoc/>
    public bool IsDuplicateKey(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintPrimaryKey or SqliteConstraintUnique };

    /// <inheritdoc />
    public object DecimalValue(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public object DateValue(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public object DateTimeValue(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
