using System.Data.Common;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Dialects;

/// <summary>What differs between databases: types, value conversion, row limits, connections. Queries stay shared.</summary>
public interface ISqlDialect
{
    /// <summary>Dialect name (<c>sqlite</c>, <c>sqlserver</c>).</summary>
    string Name { get; }

    /// <summary>The SQL type of a contract column.</summary>
    /// <param name="column">The column.</param>
    /// <returns>Type text.</returns>
    string ColumnType(ColumnSpec column);

    /// <summary>Creates an unopened connection.</summary>
    /// <param name="connectionString">ADO.NET connection string.</param>
    /// <returns>The connection.</returns>
    DbConnection CreateConnection(string connectionString);

    /// <summary>Adds a row limit to an ordered query.</summary>
    /// <param name="orderedSelect">A SELECT ending with ORDER BY.</param>
    /// <param name="rowsParameter">Name of the parameter holding the row count (without <c>@</c>).</param>
    /// <returns>The limited query.</returns>
    string Limit(string orderedSelect, string rowsParameter);

    /// <summary>The parameter value for a money/quantity column.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Value to bind.</returns>
    object DecimalValue(decimal value);

    /// <summary>The parameter value for a date column.</summary>
    /// <param name="value">The date.</param>
    /// <returns>Value to bind.</returns>
    object DateValue(DateOnly value);

    /// <summary>The parameter value for a date-time column.</summary>
    /// <param name="value">The date and time.</param>
    /// <returns>Value to bind.</returns>
    object DateTimeValue(DateTime value);

    /// <summary>Whether <paramref name="exception"/> is a primary-key or unique-constraint violation.</summary>
    /// <param name="exception">What a statement threw.</param>
    /// <returns>True when the row's key was already taken.</returns>
    bool IsDuplicateKey(DbException exception);

    /// <summary>The embedded schema script name.</summary>
    string SchemaResource { get; }
}
