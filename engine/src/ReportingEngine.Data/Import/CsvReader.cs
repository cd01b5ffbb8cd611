using System.Text;

namespace ReportingEngine.Data.Import;

/// <summary>
/// RFC 4180 CSV reader: comma separated, fields optionally in double quotes, <c>""</c> for a quote inside
/// quotes, commas and newlines allowed inside quotes, CRLF or LF line ends, UTF-8 with or without BOM.
/// Streams records one at a time with their starting line number.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader reader;
    private readonly StringBuilder field = new();
    private int line = 1;

    /// <summary>Reads from a text reader (disposed with this reader).</summary>
    /// <param name="reader">Source text.</param>
    public CsvReader(TextReader reader) => this.reader = reader;

    /// <summary>Opens a UTF-8 file (BOM optional).</summary>
    /// <param name="path">File path.</param>
    /// <returns>The reader.</returns>
    public static CsvReader Open(string path) =>
        new(new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));

    /// <summary>Reads the next record, or null at the end. Blank lines are skipped.</summary>
    /// <returns>The record or null.</returns>
    /// <exception cref="CsvFormatException">Unterminated quote or text after a closing quote.</exception>
    public CsvRecord? Read()
    {
        while (true)
        {
            var start = line;
            var fields = new List<string>();
            field.Clear();
            var c = reader.Read();
            if (c < 0)
            {
                return null;
            }

            if (c == '\r' || c == '\n')
            {
                ConsumeLineEnd(c);
                continue;
            }

            while (true)
            {
                if (c == '"' && field.Length == 0)
                {
                    ReadQuoted(start);
                    c = reader.Read();
                    if (c >= 0 && c != ',' && c != '\r' && c != '\n')
                    {
                        throw new CsvFormatException(line, "unexpected text after a closing quote");
                    }
                }
                else
                {
                    while (c >= 0 && c != ',' && c != '\r' && c != '\n')
                    {
                        field.Append((char)c);
                        c = reader.Read();
                    }
                }

                fields.Add(field.ToString());
                field.Clear();
                if (c == ',')
                {
                    c = reader.Read();
                    if (c < 0 || c == '\r' || c == '\n')
                    {
                        fields.Add(string.Empty);
                        if (c >= 0)
                        {
                            ConsumeLineEnd(c);
                        }

                        return new CsvRecord(start, fields);
                    }

                    continue;
                }

                if (c >= 0)
                {
                    ConsumeLineEnd(c);
                }

                return new CsvRecord(start, fields);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => reader.Dispose();

    private void ReadQuoted(int start)
    {
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                throw new CsvFormatException(start, "a quoted field is not closed");
            }

            if (c == '"')
            {
                if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                    continue;
                }

                return;
            }

            if (c == '\n')
            {
                line++;
            }
            else if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    field.Append('\r');
                    c = reader.Read();
                }

                line++;
            }

            field.Append((char)c);
        }
    }

    private void ConsumeLineEnd(int c)
    {
        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }

        line++;
    }
}
