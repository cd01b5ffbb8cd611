using QRCoder;

namespace ReportingEngine.Documents.Pdf.Barcodes;

/// <summary>The module matrix of a QR code, quiet zone included (QRCoder, error correction level M).</summary>
internal sealed class QrMatrix
{
    private readonly bool[,] dark;

    private QrMatrix(bool[,] dark) => this.dark = dark;

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size => dark.GetLength(0);

    /// <summary>Whether the module at (<paramref name="row"/>, <paramref name="column"/>) is dark.</summary>
    public bool IsDark(int row, int column) => dark[row, column];

    /// <summary>Encodes <paramref name="payload"/> (UTF-8 when needed) at level M.</summary>
    public static QrMatrix Encode(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;
        var dark = new bool[size, size];
        for (var r = 0; r < size; r++)
        {
            for (var c = 0; c < size; c++)
            {
                dark[r, c] = rows[r][c];
            }
        }

        return new QrMatrix(dark);
    }

    /// <summary>Dark modules merged into horizontal runs: (row, first column, length).</summary>
    public IEnumerable<(int Row, int Column, int Length)> DarkRuns()
    {
        for (var r = 0; r < Size; r++)
        {
            var c = 0;
            while (c < Size)
            {
                if (!dark[r, c])
                {
                    c++;
                    continue;
                }

                var start = c;
                while (c < Size && dark[r, c])
                {
                    c++;
                }

                yield return (r, start, c - start);
            }
        }
    }
}
