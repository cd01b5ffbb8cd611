using System.Text;
using ReportingEngine.Data.Dialects;

namespace ReportingEngine.Data.Schema;

/// <summary>
/// Writes the CREATE script of the data contract for a dialect. The shipped <c>schema/*.sql</c> files are
/// this output; a test keeps them equal so both databases always have the same tables.
/// </summary>
public static class SchemaScript
{
    /// <summary>The script for a dialect.</summary>
    /// <param name="dialect">Target dialect.</param>
    /// <returns>SQL text, statements separated by <c>;</c> lines.</returns>
    public static string Generate(ISqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var sql = new StringBuilder();
        sql.Append("-- ReportingEngine data contract (").Append(dialect.Name).Append(").\n");
        sql.Append("-- Generated from ReportingEngine.Data.Schema.EstateSchema; see sample-data/README.md for every column.\n");
        foreach (var table in EstateSchema.Tables)
        {
            sql.Append('\n').Append("CREATE TABLE ").Append(table.Name).Append(" (\n");
            var parts = new List<string>();
            foreach (var column in table.Columns)
            {
                var line = "    " + column.Name + " " + dialect.ColumnType(column) + (column.Required ? " NOT NULL" : " NULL");
                if (string.Equals(column.Name, "id", StringComparison.Ordinal))
                {
                    line += " PRIMARY KEY";
                }

                parts.Add(line);
            }

            foreach (var column in table.Columns.Where(c => c.References is not null))
            {
                parts.Add("    CONSTRAINT fk_" + table.Name + "_" + column.Name + " FOREIGN KEY (" + column.Name + ") REFERENCES " + column.References + " (id)");
            }

            foreach (var key in table.UniqueKeys)
            {
                parts.Add("    CONSTRAINT uq_" + table.Name + "_" + string.Join("_", key) + " UNIQUE (" + string.Join(", ", key) + ")");
            }

            sql.Append(string.Join(",\n", parts)).Append("\n);\n");
            foreach (var column in table.Columns.Where(c => c.Indexed))
            {
                sql.Append("CREATE INDEX ix_").Append(table.Name).Append('_').Append(column.Name)
                    .Append(" ON ").Append(table.Name).Append(" (").Append(column.Name).Append(");\n");
            }
        }

        return sql.ToString();
    }
}
