using System.Runtime.CompilerServices;
using QRCoder;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Barcodes;

/// <summary>
/// The module matrix of a QR code (error correction level M, UTF-8 when needed), quiet zone included — the
/// format-neutral part of a <see cref="QrCode"/> block that every writer draws in its own way.
/// </summary>
/// <remarks>
/// Encoding is the costly part of a QR code (QRCoder scores all eight masks), and a fee notice is written as PDF and
/// DOCX from one document model: the matrix is computed once per block and kept as long as the block lives.
/// </remarks>
public sealed class QrModules
{
    private static readonly ConditionalWeakTable<QrCode, QrModules> Encoded = [];

    private readonly bool[,] dark;

    private QrModules(bool[,] dark) => this.dark = dark;

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size => dark.GetLength(0);

    /// <summary>Whether the module at (<paramref name="row"/>, <paramref name="column"/>) is dark.</summary>
    public bool IsDark(int row, int column) => dark[row, column];

    /// <summary>The modules of <paramref name="code"/>, encoded on first use.</summary>
    public static QrModules Of(QrCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Encoded.GetValue(code, static c => Encode(c.Payload));
    }

    /// <summary>Encodes <paramref name="payload"/> at level M.</summary>
    public static QrModules Encode(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
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

        return new QrModules(dark);
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
