namespace ReportingEngine.Documents.Pdf.Charts;

/// <summary>An axis range with round tick steps (1, 2, 2.5, 5 × 10ⁿ), the maximum rounded up to a tick.</summary>
/// <param name="Min">Axis minimum (a multiple of <paramref name="Step"/>).</param>
/// <param name="Max">Axis maximum (a multiple of <paramref name="Step"/>, ≥ the data maximum).</param>
/// <param name="Step">Tick step.</param>
internal readonly record struct NiceScale(double Min, double Max, double Step)
{
    /// <summary>A scale covering [<paramref name="dataMin"/>, <paramref name="dataMax"/>] with about <paramref name="ticks"/> intervals.</summary>
    public static NiceScale For(double dataMin, double dataMax, int ticks = 5)
    {
        if (double.IsNaN(dataMin) || double.IsNaN(dataMax) || double.IsInfinity(dataMin) || double.IsInfinity(dataMax))
        {
            return new NiceScale(0, 1, 0.2);
        }

        if (dataMax < dataMin)
        {
            (dataMin, dataMax) = (dataMax, dataMin);
        }

        if (dataMax - dataMin < 1e-12)
        {
            dataMax = dataMin == 0 ? 1 : dataMin + Math.Abs(dataMin) * 0.5;
        }

        var step = NiceStep((dataMax - dataMin) / Math.Max(1, ticks));
        var min = Math.Floor(dataMin / step + 1e-9) * step;
        var max = Math.Ceiling(dataMax / step - 1e-9) * step;
        if (max <= min)
        {
            max = min + step;
        }

        return new NiceScale(min, max, step);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Math.Round(Min + i * Step, 10);
        }
    }

    private static double NiceStep(double raw)
    {
        var exponent = Math.Floor(Math.Log10(raw));
        var magnitude = Math.Pow(10, exponent);
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
