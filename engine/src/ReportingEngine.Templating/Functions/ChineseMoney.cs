using System.Text;

namespace ReportingEngine.Templating.Functions;

/// <summary>
/// Amounts in Chinese capital numerals (大写金额) as written on fee notices and receipts:
/// 1234.50 → 壹仟贰佰叁拾肆元伍角整.
/// </summary>
/// <remarks>
/// The amount is rounded half-up to 0.01 yuan first. Rules followed (会计基础工作规范 / 支付结算办法):
/// 拾 always carries its digit (10 → 壹拾元整); one 零 stands for any run of zeros inside the number,
/// including a whole empty 万 group (100010 → 壹拾万零壹拾元整), none at the end of a group (100000 →
/// 壹拾万元整); 整 follows 元 or 角 when there are no 分; when the 角 is zero but the 分 is not, 零 is written
/// (10.05 → 壹拾元零伍分); amounts below one yuan start at the 角 or 分 (0.50 → 伍角整); zero is 零元整;
/// negative amounts start with 负. Supported up to 9999,9999,9999,9999.99 (万亿).
/// </remarks>
internal static class ChineseMoney
{
    /// <summary>Largest amount that can be written (sixteen integer digits).</summary>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Units = ["", "拾", "佰", "仟"];
    private static readonly string[] Sections = ["", "万", "亿", "万亿"];

    /// <summary>Writes <paramref name="amount"/> in capital numerals.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount's magnitude is above <see cref="MaxAmount"/>.</exception>
    public static string Format(decimal amount)
    {
        var rounded = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var magnitude = Math.Abs(rounded);
        if (magnitude > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Amount too large for capital numerals.");
        }

        var yuan = decimal.Truncate(magnitude);
        var cents = (int)((magnitude - yuan) * 100m);
        var jiao = cents / 10;
        var fen = cents % 10;

        var builder = new StringBuilder();
        if (rounded < 0)
        {
            builder.Append('负');
        }

        if (yuan == 0 && cents == 0)
        {
            return builder.Append("零元整").ToString();
        }

        if (yuan > 0)
        {
            AppendInteger(builder, yuan);
            builder.Append('元');
        }

        if (jiao == 0 && fen == 0)
        {
            return builder.Append('整').ToString();
        }

        if (jiao > 0)
        {
            builder.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            builder.Append('零');
        }

        if (fen > 0)
        {
            builder.Append(Digits[fen]).Append('分');
        }
        else
        {
            builder.Append('整');
        }

        return builder.ToString();
    }

    private static void AppendInteger(StringBuilder builder, decimal value)
    {
        var digits = value.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        var zeroPending = false;
        var groupHasDigit = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var position = digits.Length - 1 - i;
            var digit = digits[i] - '0';
            if (digit == 0)
            {
                // The leading digit is never zero, so a zero always follows written digits.
                zeroPending = true;
            }
            else
            {
                if (zeroPending)
                {
                    builder.Append('零');
                }

                builder.Append(Digits[digit]).Append(Units[position % 4]);
                zeroPending = false;
                groupHasDigit = true;
            }

            if (position % 4 == 0 && position > 0)
            {
                if (groupHasDigit)
                {
                    builder.Append(Sections[position / 4]);
                    zeroPending = false;
                }

                groupHasDigit = false;
            }
        }
    }
}
