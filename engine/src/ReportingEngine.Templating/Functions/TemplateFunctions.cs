using System.Globalization;
using ReportingEngine.Templating.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportingEngine.Templating.Functions;

/// <summary>
/// The product's own template functions: pure, culture-invariant, registered at the top level of every
/// template (<c>{{ total | money }}</c>, <c>{{ money_cn total }}</c>).
/// </summary>
/// <remarks>Bad input is a template error at the call's position, never a silent blank.</remarks>
internal sealed class TemplateFunctions : ScriptObject
{
    public TemplateFunctions()
    {
        this.Import("money", new Func<TemplateContext, SourceSpan, object?, string>(Money));
        this.Import("money_cn", new Func<TemplateContext, SourceSpan, object?, string>(MoneyCn));
        this.Import("date_cn", new Func<TemplateContext, SourceSpan, object?, string>(DateCn));
        this.Import("period_cn", new Func<TemplateContext, SourceSpan, object?, string>(PeriodCn));
        this.Import("floor_room", new Func<TemplateContext, SourceSpan, object?, object?, string>(FloorRoom));
    }

    /// <summary>1234.5 → <c>1,234.50</c>: rounded half-up to 0.01, thousands separated, invariant culture.</summary>
    public static string Money(TemplateContext context, SourceSpan span, object? value)
    {
        if (!ValueCoercion.TryToDecimal(value, out var amount))
        {
            throw new ScriptRuntimeException(span, TemplateMessages.FunctionExpectsNumber("money", value));
        }

        return Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>1234.5 → <c>壹仟贰佰叁拾肆元伍角整</c> (see <see cref="ChineseMoney"/>).</summary>
    public static string MoneyCn(TemplateContext context, SourceSpan span, object? value)
    {
        if (!ValueCoercion.TryToDecimal(value, out var amount))
        {
            throw new ScriptRuntimeException(span, TemplateMessages.FunctionExpectsNumber("money_cn", value));
        }

        if (Math.Abs(amount) > ChineseMoney.MaxAmount)
        {
            throw new ScriptRuntimeException(span, TemplateMessages.AmountTooLarge(amount));
        }

        return ChineseMoney.Format(amount);
    }

    /// <summary>2026-11-15 → <c>2026年11月15日</c> (no leading zeros: 2026-03-05 → 2026年3月5日).</summary>
    public static string DateCn(TemplateContext context, SourceSpan span, object? value)
    {
        if (!ValueCoercion.TryToDate(value, out var date))
        {
            throw new ScriptRuntimeException(span, TemplateMessages.FunctionExpectsDate("date_cn", value));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
    }

    /// <summary>2026-11 → <c>2026年11月</c>; a full date gives its month.</summary>
    public static string PeriodCn(TemplateContext context, SourceSpan span, object? value)
    {
        if (!ValueCoercion.TryToPeriod(value, out var year, out var month))
        {
            throw new ScriptRuntimeException(span, TemplateMessages.FunctionExpectsPeriod("period_cn", value));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");
    }

    /// <summary>
    /// R-DOS-1: the unit label 楼层-房号, floor 15 and room <c>02</c> → <c>15-02</c>, the same text as
    /// <c>Unit.Label</c>; a room given as a number is written with at least two digits (2 → <c>02</c>).
    /// </summary>
    public static string FloorRoom(TemplateContext context, SourceSpan span, object? floor, object? room)
    {
        if (!ValueCoercion.TryToLong(floor, out var floorNumber))
        {
            throw new ScriptRuntimeException(span, TemplateMessages.FunctionExpectsFloor(floor));
        }

        string roomText;
        if (room is string text && text.Trim().Length > 0)
        {
            roomText = text.Trim();
        }
        else if (room is not string && ValueCoercion.TryToLong(room, out var roomNumber) && roomNumber >= 0)
        {
            roomText = roomNumber.ToString("00", CultureInfo.InvariantCulture);
        }
        else
        {
            throw new ScriptRuntimeException(span, TemplateMessages.FunctionExpectsRoom(room));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{floorNumber}-{roomText}");
    }
}
