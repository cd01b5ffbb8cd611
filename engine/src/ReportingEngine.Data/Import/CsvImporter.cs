using System.Data.Common;
using ReportingEngine.Data.Dialects;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Import;

/// <summary>Imports CSV files table by table inside one transaction, collecting every diagnostic.</summary>
internal sealed class CsvImporter
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly ISqlDialect dialect;
    private readonly string directory;
    private readonly List<ImportDiagnostic> diagnostics;
    private readonly Dictionary<string, Dictionary<string, int>> idsByTable = new(StringComparer.Ordinal);
    private readonly HashSet<string> unusableTables = new(StringComparer.Ordinal);

    public CsvImporter(DbConnection connection, DbTransaction transaction, ISqlDialect dialect, string directory, List<ImportDiagnostic> diagnostics)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.dialect = dialect;
        this.directory = directory;
        this.diagnostics = diagnostics;
    }

    /// <summary>Imports one table's CSV; returns the rows read.</summary>
    public long ImportTable(TableSpec table, CancellationToken cancellationToken)
    {
        var displayPath = Path.Combine(directory, table.FileName);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        idsByTable[table.Name] = ids;
        if (!File.Exists(displayPath))
        {
            Report(displayPath, 1, ImportMessages.FileMissing);
            unusableTables.Add(table.Name);
            return 0;
        }

        try
        {
            using var csv = CsvReader.Open(displayPath);
            var header = csv.Read();
            if (header is null)
            {
                Report(displayPath, 1, ImportMessages.FileEmpty);
                unusableTables.Add(table.Name);
                return 0;
            }

            var map = MapHeader(table, header, displayPath);
            if (map is null)
            {
                unusableTables.Add(table.Name);
                return 0;
            }

            return ImportRows(table, csv, map, ids, displayPath, cancellationToken);
        }
        catch (CsvFormatException ex)
        {
            Report(displayPath, ex.Line, ex.Message);
            unusableTables.Add(table.Name);
            return 0;
        }
    }

    private long ImportRows(TableSpec table, CsvReader csv, int[] map, Dictionary<string, int> ids, string path, CancellationToken cancellationToken)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO " + table.Name + " (" + string.Join(", ", table.Columns.Select(c => c.Name)) + ") VALUES ("
            + string.Join(", ", table.Columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
        var parameters = new DbParameter[table.Columns.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = insert.CreateParameter();
            parameters[i].ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            insert.Parameters.Add(parameters[i]);
        }

        var uniqueKeys = table.UniqueKeys
            .Select(k => (Columns: k, Indexes: k.Select(n => IndexOf(table, n)).ToArray(), Seen: new Dictionary<string, int>(StringComparer.Ordinal)))
            .ToList();
        var values = new object?[table.Columns.Count];
        var fieldCount = map.Count(i => i >= 0);
        long rows = 0;
        var prepared = false;
        while (csv.Read() is { } record)
        {
            if ((rows & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows++;
            if (record.Fields.Count != fieldCount)
            {
                Report(path, record.Line, ImportMessages.FieldCount(record.Fields.Count, fieldCount));
                continue;
            }

            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                var text = map[c] >= 0 ? record.Fields[map[c]] : string.Empty;
                values[c] = FieldParser.Parse(column, text, dialect, out var error);
                if (error is not null)
                {
                    Report(path, record.Line, error);
                    continue;
                }

                if (column.References is { } referenced && values[c] is string key && !unusableTables.Contains(referenced))
                {
                    var known = idsByTable.TryGetValue(referenced, out var referencedIds) && referencedIds.ContainsKey(key);
                    if (!known)
                    {
                        Report(path, record.Line, ImportMessages.UnknownReference(column.Name, key, referenced));
                    }
                }
            }

            if (values[0] is string id)
            {
                if (ids.TryGetValue(id, out var firstLine))
                {
                    Report(path, record.Line, ImportMessages.DuplicateId(id, firstLine));
                }
                else
                {
                    ids.Add(id, record.Line);
                }
            }

            foreach (var (columns, indexes, seen) in uniqueKeys)
            {
                var composite = string.Join("|", indexes.Select(i => Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture)));
                if (!seen.TryAdd(composite, record.Line))
                {
                    Report(path, record.Line, ImportMessages.DuplicateKey(string.Join(", ", columns), composite, seen[composite]));
                }
            }

            if (diagnostics.Count > 0)
            {
                // A failed import is rolled back anyway; keep validating, stop writing.
                continue;
            }

            for (var c = 0; c < values.Length; c++)
            {
                parameters[c].Value = values[c] ?? DBNull.Value;
            }

            if (!prepared)
            {
                insert.Prepare();
                prepared = true;
            }

            try
            {
                insert.ExecuteNonQuery();
            }
            catch (DbException ex)
            {
                Report(path, record.Line, ImportMessages.Database(ex.Message));
            }
        }

        return rows;
    }

    private int[]? MapHeader(TableSpec table, CsvRecord header, string path)
    {
        var map = Enumerable.Repeat(-1, table.Columns.Count).ToArray();
        var ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (!seen.Add(name))
            {
                Report(path, 1, ImportMessages.DuplicateColumn(name));
                ok = false;
                continue;
            }

            var index = IndexOf(table, name);
            if (index < 0)
            {
                Report(path, 1, ImportMessages.UnknownColumn(name));
                ok = false;
                continue;
            }

            map[index] = i;
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (map[c] < 0 && table.Columns[c].Required)
            {
                Report(path, 1, ImportMessages.MissingColumn(table.Columns[c].Name));
                ok = false;
            }
        }

        return ok ? map : null;
    }

    private static int IndexOf(TableSpec table, string name)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (string.Equals(table.Columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void Report(string path, int line, string message) => diagnostics.Add(new ImportDiagnostic(path, line, message));
}
