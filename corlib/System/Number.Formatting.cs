// Number formatting for every numeric type, following .NET Core 3.0+, with the
// provider's NumberFormatInfo (the invariant culture's by default). Values are first turned into a NumberBuffer (decimal
// digits, a decimal exponent and a sign); one formatter then handles the
// standard formats (C D E F G N P R X) and custom format strings.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    internal sealed class NumberBuffer
    {
        internal const int KindInteger = 0, KindFloat = 1, KindDecimal = 2;

        internal char[] Digits;   // ASCII digits; positions >= Count read as '0'
        internal int Count;
        internal int Scale;       // value = 0.d1d2d3... * 10^Scale
        internal bool Negative;
        internal int Kind;
        internal int FracDigits;  // parsing: digits written after the point, minus the exponent (decimal keeps that scale)

        internal char DigitAt(int i) { return i < Count ? Digits[i] : '0'; }
    }

    internal static partial class Number
    {
        // ---- icall_number.c ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string Int64ToDecStr(long value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string UInt64ToDecStr(ulong value);
        // mode 0: shortest round-trip digits; 1: `precision` significant digits;
        // 2: `precision` digits after the decimal point. Returns the digits
        // (no leading zeros, trailing zeros stripped; "" for zero) and the
        // decimal exponent in scale (value = 0.DIGITS * 10^scale). |value| only.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string DoubleToDigits(double value, bool isSingle, int mode, int precision, out int scale);

        internal const int DoublePrecision = 15;
        internal const int SinglePrecision = 7;
        // Shortest round-trip output switches to exponent form from this exponent on.
        private const int DoubleRoundTripDigits = 17;
        private const int SingleRoundTripDigits = 9;

        private static string FormatError() { throw new FormatException("Format specifier was invalid."); }

        // A standard format is one letter followed by at most nine digits.
        internal static bool ParseStandard(string format, out char fmt, out int precision)
        {
            fmt = '\0';
            precision = -1;
            if (format == null || format.Length == 0) { fmt = 'G'; return true; }
            char c = format[0];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
            if (format.Length > 10) return false;
            int p = 0;
            for (int i = 1; i < format.Length; i++)
            {
                char d = format[i];
                if (d < '0' || d > '9') return false;
                p = p * 10 + (d - '0');
            }
            fmt = c;
            if (format.Length > 1) precision = p;
            return true;
        }

        // ---- integers ----
        internal static string FormatSigned(long value, int size, string format, IFormatProvider provider)
        {
            if ((format == null || format.Length == 0) && (provider == null || value >= 0)) return Int64ToDecStr(value);
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            char fmt; int precision;
            if (ParseStandard(format, out fmt, out precision))
            {
                switch (fmt)
                {
                    case 'G':
                    case 'g':
                        if (precision > 0) break;
                        goto case 'D';
                    case 'R':
                    case 'r':
                    case 'D':
                    case 'd':
                    {
                        ulong mag = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
                        string s = UInt64ToDecStr(mag);
                        if (precision > s.Length) s = s.PadLeft(precision, '0');
                        return value < 0 ? nfi.NegativeSign + s : s;
                    }
                    case 'X':
                    case 'x':
                    {
                        ulong bits = (ulong)value;
                        if (size < 8) bits &= (1UL << (size * 8)) - 1;
                        return FormatHex(bits, fmt, precision);
                    }
                    case 'B':
                    case 'b':
                    {
                        ulong bits = (ulong)value;
                        if (size < 8) bits &= (1UL << (size * 8)) - 1;
                        return FormatBinary(bits, precision);
                    }
                }
                NumberBuffer nb = IntegerToBuffer(value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value, value < 0);
                return NumberToString(nb, fmt, precision, nfi, false);
            }
            NumberBuffer b = IntegerToBuffer(value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value, value < 0);
            return NumberToStringFormat(b, format, nfi);
        }

        internal static string FormatUnsigned(ulong value, int size, string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) return UInt64ToDecStr(value);
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            char fmt; int precision;
            if (ParseStandard(format, out fmt, out precision))
            {
                switch (fmt)
                {
                    case 'G':
                    case 'g':
                        if (precision > 0) break;
                        goto case 'D';
                    case 'R':
                    case 'r':
                    case 'D':
                    case 'd':
                    {
                        string s = UInt64ToDecStr(value);
                        if (precision > s.Length) s = s.PadLeft(precision, '0');
                        return s;
                    }
                    case 'X':
                    case 'x':
                        return FormatHex(value, fmt, precision);
                    case 'B':
                    case 'b':
                        return FormatBinary(value, precision);
                }
                return NumberToString(IntegerToBuffer(value, false), fmt, precision, nfi, false);
            }
            return NumberToStringFormat(IntegerToBuffer(value, false), format, nfi);
        }

        private static string FormatHex(ulong bits, char fmt, int precision)
        {
            char[] buf = new char[16];
            int n = 0;
            string digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            do
            {
                buf[n++] = digits[(int)(bits & 15)];
                bits >>= 4;
            } while (bits != 0);
            int len = precision > n ? precision : n;
            char[] r = new char[len];
            for (int i = 0; i < len; i++) r[i] = '0';
            for (int i = 0; i < n; i++) r[len - 1 - i] = buf[i];
            return new string(r);
        }

        private static string FormatBinary(ulong bits, int precision)
        {
            char[] buf = new char[64];
            int n = 0;
            do
            {
                buf[n++] = (char)('0' + (int)(bits & 1));
                bits >>= 1;
            } while (bits != 0);
            int len = precision > n ? precision : n;
            char[] r = new char[len];
            for (int i = 0; i < len; i++) r[i] = '0';
            for (int i = 0; i < n; i++) r[len - 1 - i] = buf[i];
            return new string(r);
        }

        internal static NumberBuffer IntegerToBuffer(ulong mag, bool negative)
        {
            NumberBuffer nb = new NumberBuffer();
            nb.Kind = NumberBuffer.KindInteger;
            nb.Negative = negative;
            string s = mag == 0 ? "" : UInt64ToDecStr(mag);
            nb.Digits = new char[s.Length + 1];
            for (int i = 0; i < s.Length; i++) nb.Digits[i] = s[i];
            nb.Count = s.Length;
            while (nb.Count > 0 && nb.Digits[nb.Count - 1] == '0') nb.Count--;
            nb.Scale = s.Length;
            return nb;
        }

        // ---- floating point ----
        private static NumberBuffer DoubleToBuffer(double value, bool isSingle, int mode, int precision)
        {
            NumberBuffer nb = new NumberBuffer();
            nb.Kind = NumberBuffer.KindFloat;
            nb.Negative = BitConverter.DoubleToInt64Bits(value) < 0;
            int scale;
            string d = DoubleToDigits(value < 0 ? -value : value, isSingle, mode, precision, out scale);
            nb.Digits = d.ToCharArray();
            nb.Count = d.Length;
            nb.Scale = d.Length == 0 ? 0 : scale;
            return nb;
        }

        // Double/Single.ToString(): FormatDouble's path for no format and no provider ('G', the
        // shortest round-trip digits), apart so that a program that never formats with a format
        // string does not keep the other formats' code (NumberToString's cases, the custom-format
        // formatter NumberToStringFormat) in a trimmed corlib.
        internal static string FormatDoubleDefault(double value, bool isSingle)
        {
            NumberFormatInfo nfi = NumberFormatInfo.CurrentInfo;
            if (value != value) return nfi.NaNSymbol;
            if (double.IsInfinity(value)) return value > 0 ? nfi.PositiveInfinitySymbol : nfi.NegativeInfinitySymbol;
            NumberBuffer nb = DoubleToBuffer(value, isSingle, 0, 0);
            int precision = Math.Max(nb.Count, isSingle ? SingleRoundTripDigits : DoubleRoundTripDigits);
            // NumberToString's 'G' case for a positive precision, without the other formats' code
            StringBuilder sb = new StringBuilder();
            RoundNumber(nb, precision);
            if (nb.Negative) sb.Append(nfi.NegativeSign);
            FormatGeneral(sb, nb, precision, nfi, 'E', false);
            return sb.ToString();
        }

        internal static string FormatDouble(double value, bool isSingle, string format, IFormatProvider provider)
        {
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            if (value != value) return nfi.NaNSymbol;
            char fmt; int precision;
            bool standard = ParseStandard(format, out fmt, out precision);
            if (double.IsInfinity(value))
            {
                if (standard || format.IndexOf(';') < 0 || value > 0)
                    return value > 0 ? nfi.PositiveInfinitySymbol : nfi.NegativeInfinitySymbol;
            }
            if (!standard)
            {
                NumberBuffer cb = DoubleToBuffer(value, isSingle, 1, isSingle ? SinglePrecision : DoublePrecision);
                return NumberToStringFormat(cb, format, nfi);
            }
            NumberBuffer nb;
            int maxDigits = precision;
            switch (fmt)
            {
                case 'R':
                case 'r':
                    nb = DoubleToBuffer(value, isSingle, 0, 0);
                    return NumberToString(nb, 'G', Math.Max(nb.Count, isSingle ? SingleRoundTripDigits : DoubleRoundTripDigits), nfi, true);
                case 'G':
                case 'g':
                    if (precision <= 0)
                    {
                        nb = DoubleToBuffer(value, isSingle, 0, 0);
                        return NumberToString(nb, fmt, Math.Max(nb.Count, isSingle ? SingleRoundTripDigits : DoubleRoundTripDigits), nfi, true);
                    }
                    nb = DoubleToBuffer(value, isSingle, 1, precision);
                    return NumberToString(nb, fmt, precision, nfi, true);
                case 'E':
                case 'e':
                    if (precision < 0) precision = 6;
                    nb = DoubleToBuffer(value, isSingle, 1, precision + 1);
                    return NumberToString(nb, fmt, precision, nfi, true);
                case 'F':
                case 'f':
                case 'N':
                case 'n':
                    if (precision < 0) precision = nfi.NumberDecimalDigits;
                    nb = DoubleToBuffer(value, isSingle, 2, precision);
                    return NumberToString(nb, fmt, precision, nfi, true);
                case 'C':
                case 'c':
                    if (precision < 0) precision = nfi.CurrencyDecimalDigits;
                    nb = DoubleToBuffer(value, isSingle, 2, precision);
                    return NumberToString(nb, fmt, precision, nfi, true);
                case 'P':
                case 'p':
                    if (precision < 0) precision = nfi.PercentDecimalDigits;
                    nb = DoubleToBuffer(value, isSingle, 2, precision + 2);
                    return NumberToString(nb, fmt, precision, nfi, true);
                default:
                    return FormatError();
            }
        }

        // ---- the standard formats over a NumberBuffer ----
        // For floats the digits already have the requested precision, so the
        // rounding below never changes them; integers and decimals round here.
        internal static string NumberToString(NumberBuffer nb, char fmt, int precision, NumberFormatInfo nfi, bool isFloat)
        {
            StringBuilder sb = new StringBuilder();
            switch (fmt)
            {
                case 'C':
                case 'c':
                {
                    if (precision < 0) precision = nfi.CurrencyDecimalDigits;
                    RoundNumber(nb, nb.Scale + precision);
                    string pattern = nb.Negative ? CurrencyNegativePatterns[nfi.CurrencyNegativePattern] : CurrencyPositivePatterns[nfi.CurrencyPositivePattern];
                    ApplyPattern(sb, pattern, nb, precision, nfi, nfi.CurrencyGroupSizesRaw, nfi.CurrencyDecimalSeparator, nfi.CurrencyGroupSeparator, nfi.CurrencySymbol);
                    break;
                }
                case 'F':
                case 'f':
                {
                    if (precision < 0) precision = nfi.NumberDecimalDigits;
                    RoundNumber(nb, nb.Scale + precision);
                    if (nb.Negative) sb.Append(nfi.NegativeSign);
                    FormatFixed(sb, nb, precision, null, nfi.NumberDecimalSeparator, null);
                    break;
                }
                case 'N':
                case 'n':
                {
                    if (precision < 0) precision = nfi.NumberDecimalDigits;
                    RoundNumber(nb, nb.Scale + precision);
                    string pattern = nb.Negative ? NumberNegativePatterns[nfi.NumberNegativePattern] : "n";
                    ApplyPattern(sb, pattern, nb, precision, nfi, nfi.NumberGroupSizesRaw, nfi.NumberDecimalSeparator, nfi.NumberGroupSeparator, null);
                    break;
                }
                case 'E':
                case 'e':
                {
                    if (precision < 0) precision = 6;
                    RoundNumber(nb, precision + 1);
                    if (nb.Negative) sb.Append(nfi.NegativeSign);
                    FormatScientific(sb, nb, precision, nfi, fmt);
                    break;
                }
                case 'G':
                case 'g':
                {
                    bool suppressScientific = false;
                    bool noRounding = false;
                    if (precision < 1)
                    {
                        // a decimal's default format keeps every digit, trailing zeros included ("1.50")
                        if (nb.Kind == NumberBuffer.KindDecimal && precision == -1) { suppressScientific = true; noRounding = true; }
                        precision = nb.Count;
                    }
                    if (!noRounding) RoundNumber(nb, precision);
                    else if (nb.Count == 0) nb.Negative = false;
                    if (nb.Negative) sb.Append(nfi.NegativeSign);
                    FormatGeneral(sb, nb, precision, nfi, (char)(fmt - ('G' - 'E')), suppressScientific);
                    break;
                }
                case 'P':
                case 'p':
                {
                    if (precision < 0) precision = nfi.PercentDecimalDigits;
                    if (nb.Count > 0) nb.Scale += 2;
                    RoundNumber(nb, nb.Scale + precision);
                    string pattern = nb.Negative ? PercentNegativePatterns[nfi.PercentNegativePattern] : PercentPositivePatterns[nfi.PercentPositivePattern];
                    ApplyPattern(sb, pattern, nb, precision, nfi, nfi.PercentGroupSizesRaw, nfi.PercentDecimalSeparator, nfi.PercentGroupSeparator, nfi.PercentSymbol);
                    break;
                }
                default:
                    return FormatError();
            }
            return sb.ToString();
        }

        private static readonly string[] CurrencyPositivePatterns = { "$n", "n$", "$ n", "n $" };
        private static readonly string[] CurrencyNegativePatterns = {
            "($n)", "-$n", "$-n", "$n-", "(n$)", "-n$", "n-$", "n$-", "-n $", "-$ n", "n $-", "$ n-", "$ -n", "n- $", "($ n)", "(n $)", "$- n" };
        private static readonly string[] NumberNegativePatterns = { "(n)", "-n", "- n", "n-", "n -" };
        private static readonly string[] PercentPositivePatterns = { "n %", "n%", "%n", "% n" };
        private static readonly string[] PercentNegativePatterns = {
            "-n %", "-n%", "-%n", "%-n", "%n-", "n-%", "n%-", "-% n", "n %-", "% n-", "% -n", "n- %" };

        private static void ApplyPattern(StringBuilder sb, string pattern, NumberBuffer nb, int precision, NumberFormatInfo nfi,
                                         int[] groups, string decSep, string groupSep, string symbol)
        {
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                switch (c)
                {
                    case '#':
                    case 'n': FormatFixed(sb, nb, precision, groups, decSep, groupSep); break;
                    case '-': sb.Append(nfi.NegativeSign); break;
                    case '$':
                    case '%': sb.Append(symbol); break;
                    default: sb.Append(c); break;
                }
            }
        }

        internal static void RoundNumber(NumberBuffer nb, int pos)
        {
            int i = 0;
            while (i < pos && i < nb.Count) i++;
            if (i == pos && i < nb.Count && nb.Digits[i] >= '5')
            {
                while (i > 0 && nb.Digits[i - 1] == '9') i--;
                if (i > 0) nb.Digits[i - 1]++;
                else
                {
                    nb.Scale++;
                    if (nb.Digits.Length == 0) nb.Digits = new char[1];
                    nb.Digits[0] = '1';
                    i = 1;
                }
            }
            else
            {
                while (i > 0 && nb.Digits[i - 1] == '0') i--;
            }
            if (i == 0)
            {
                nb.Scale = 0;
                if (nb.Kind != NumberBuffer.KindFloat) nb.Negative = false;   // only floats have -0
            }
            nb.Count = i;
        }

        private static void FormatFixed(StringBuilder sb, NumberBuffer nb, int nMaxDigits, int[] groups, string decSep, string groupSep)
        {
            int digPos = nb.Scale;
            int di = 0;
            if (digPos > 0)
            {
                if (groups != null && groups.Length > 0 && groupSep != null)
                {
                    // Integer part with group separators, sizes from the right.
                    char[] intPart = new char[digPos];
                    for (int k = 0; k < digPos; k++) intPart[k] = nb.DigitAt(di++);
                    int gi = 0;
                    int size = groups[0];
                    int[] breaks = new int[digPos + 1];
                    int nb2 = 0;
                    int pos = digPos;
                    while (size > 0 && pos > size)
                    {
                        pos -= size;
                        breaks[nb2++] = pos;
                        if (gi < groups.Length - 1) { gi++; size = groups[gi]; }
                    }
                    int bi = nb2 - 1;
                    for (int k = 0; k < digPos; k++)
                    {
                        if (bi >= 0 && k == breaks[bi]) { sb.Append(groupSep); bi--; }
                        sb.Append(intPart[k]);
                    }
                }
                else
                {
                    for (int k = 0; k < digPos; k++) sb.Append(nb.DigitAt(di++));
                }
            }
            else sb.Append('0');

            if (nMaxDigits > 0)
            {
                sb.Append(decSep);
                if (digPos < 0)
                {
                    int zeros = -digPos < nMaxDigits ? -digPos : nMaxDigits;
                    sb.Append('0', zeros);
                    nMaxDigits -= zeros;
                }
                while (nMaxDigits > 0)
                {
                    sb.Append(nb.DigitAt(di++));
                    nMaxDigits--;
                }
            }
        }

        private static void FormatExponent(StringBuilder sb, NumberFormatInfo nfi, int value, char expChar, int minDigits, bool positiveSign)
        {
            sb.Append(expChar);
            if (value < 0)
            {
                sb.Append(nfi.NegativeSign);
                value = -value;
            }
            else if (positiveSign) sb.Append(nfi.PositiveSign);
            string d = UInt64ToDecStr((ulong)value);
            for (int i = d.Length; i < minDigits; i++) sb.Append('0');
            sb.Append(d);
        }

        private static void FormatScientific(StringBuilder sb, NumberBuffer nb, int nMaxDigits, NumberFormatInfo nfi, char expChar)
        {
            int di = 0;
            sb.Append(nb.Count > 0 ? nb.Digits[di++] : '0');
            if (nMaxDigits > 0)
            {
                sb.Append(nfi.NumberDecimalSeparator);
                for (int k = 0; k < nMaxDigits; k++) sb.Append(nb.DigitAt(di++));
            }
            int e = nb.Count == 0 ? 0 : nb.Scale - 1;
            FormatExponent(sb, nfi, e, expChar, 3, true);
        }

        private static void FormatGeneral(StringBuilder sb, NumberBuffer nb, int nMaxDigits, NumberFormatInfo nfi, char expChar, bool suppressScientific)
        {
            int digPos = nb.Scale;
            bool scientific = false;
            if (!suppressScientific)
            {
                if (digPos > nMaxDigits || digPos < -3)
                {
                    digPos = 1;
                    scientific = true;
                }
            }
            int di = 0;
            if (digPos > 0)
            {
                do
                {
                    sb.Append(di < nb.Count ? nb.Digits[di++] : '0');
                } while (--digPos > 0);
            }
            else sb.Append('0');

            if (di < nb.Count || digPos < 0)
            {
                sb.Append(nfi.NumberDecimalSeparator);
                while (digPos < 0)
                {
                    sb.Append('0');
                    digPos++;
                }
                while (di < nb.Count) sb.Append(nb.Digits[di++]);
            }
            if (scientific) FormatExponent(sb, nfi, nb.Scale - 1, expChar, 2, true);
        }

        // ---- custom formats ("0.00", "#,##0", "0.###E+0", "%", sections) ----
        internal static string NumberToStringFormat(NumberBuffer nb, string format, NumberFormatInfo nfi)
        {
            int section = FindSection(format, nb.Count == 0 ? 2 : (nb.Negative ? 1 : 0));
            int src;
            int digitCount, decimalPos, firstDigit, lastDigit, scaleAdjust;
            bool scientific;
            int thousandSeps;
            bool groupSeparators;

            while (true)
            {
                digitCount = 0; decimalPos = -1; firstDigit = 0x7FFFFFFF; lastDigit = 0; scaleAdjust = 0;
                scientific = false; thousandSeps = 0; groupSeparators = false;
                int thousandPos = -1;
                src = section;
                while (src < format.Length)
                {
                    char ch = format[src++];
                    if (ch == ';') break;
                    switch (ch)
                    {
                        case '#':
                            digitCount++;
                            break;
                        case '0':
                            if (firstDigit == 0x7FFFFFFF) firstDigit = digitCount;
                            digitCount++;
                            lastDigit = digitCount;
                            break;
                        case '.':
                            if (decimalPos < 0) decimalPos = digitCount;
                            break;
                        case ',':
                            if (digitCount > 0 && decimalPos < 0)
                            {
                                if (thousandPos >= 0)
                                {
                                    if (thousandPos == digitCount) { thousandSeps++; break; }
                                    groupSeparators = true;
                                }
                                thousandPos = digitCount;
                                thousandSeps = 1;
                            }
                            break;
                        case '%':
                            scaleAdjust += 2;
                            break;
                        case '\u2030':
                            scaleAdjust += 3;
                            break;
                        case '\'':
                        case '"':
                            while (src < format.Length && format[src] != ch) src++;
                            if (src < format.Length) src++;
                            break;
                        case '\\':
                            if (src < format.Length) src++;
                            break;
                        case 'E':
                        case 'e':
                            if (src < format.Length && (format[src] == '0' || ((format[src] == '+' || format[src] == '-') && src + 1 < format.Length && format[src + 1] == '0')))
                            {
                                while (src < format.Length && (format[src] == '+' || format[src] == '-')) src++;
                                while (src < format.Length && format[src] == '0') src++;
                                scientific = true;
                            }
                            break;
                    }
                }

                if (decimalPos < 0) decimalPos = digitCount;
                if (thousandPos >= 0)
                {
                    if (thousandPos == decimalPos) scaleAdjust -= thousandSeps * 3;
                    else groupSeparators = true;
                }

                if (nb.Count != 0)
                {
                    nb.Scale += scaleAdjust;
                    int pos = scientific ? digitCount : nb.Scale + digitCount - decimalPos;
                    RoundNumber(nb, pos);
                    if (nb.Count == 0)
                    {
                        // Rounded to zero: .NET switches to the zero section if there is one.
                        int zs = FindSection(format, 2);
                        if (zs != section) { section = zs; continue; }
                    }
                }
                else
                {
                    if (nb.Kind != NumberBuffer.KindFloat) nb.Negative = false;
                    nb.Scale = 0;
                }
                break;
            }

            firstDigit = firstDigit < decimalPos ? decimalPos - firstDigit : 0;
            lastDigit = lastDigit > decimalPos ? decimalPos - lastDigit : 0;
            int digPos, adjust;
            if (scientific)
            {
                digPos = decimalPos;
                adjust = 0;
            }
            else
            {
                digPos = nb.Scale > decimalPos ? nb.Scale : decimalPos;
                adjust = nb.Scale - decimalPos;
            }
            src = section;

            // Group separator positions (counted from the decimal point leftwards).
            int[] groupDigits = null;
            int groupCount = 0;
            if (groupSeparators)
            {
                int[] sizes = nfi.NumberGroupSizesRaw;
                int groupTotal = 0;
                int gi = 0;
                int groupSize = sizes.Length == 0 ? 0 : sizes[0];
                int total = digPos + ((adjust < 0) ? adjust : 0);
                int numDigits = firstDigit > total ? firstDigit : total;
                groupDigits = new int[numDigits + 1];
                while (groupSize > 0 && numDigits > groupTotal + groupSize)
                {
                    groupTotal += groupSize;
                    groupDigits[groupCount++] = groupTotal;
                    if (gi < sizes.Length - 1) { gi++; groupSize = sizes[gi]; }
                }
            }

            StringBuilder sb = new StringBuilder();
            if (nb.Negative && section == 0 && nb.Count != 0) sb.Append(nfi.NegativeSign);

            int di = 0;
            bool decimalWritten = false;
            while (src < format.Length)
            {
                char ch = format[src++];
                if (ch == ';') break;
                if (adjust > 0)
                {
                    switch (ch)
                    {
                        case '#':
                        case '0':
                        case '.':
                            while (adjust > 0)
                            {
                                sb.Append(di < nb.Count ? nb.Digits[di++] : '0');
                                if (groupSeparators && digPos > 1 && groupCount > 0 && digPos - 1 == groupDigits[groupCount - 1])
                                {
                                    sb.Append(nfi.NumberGroupSeparator);
                                    groupCount--;
                                }
                                digPos--;
                                adjust--;
                            }
                            break;
                    }
                }
                switch (ch)
                {
                    case '#':
                    case '0':
                    {
                        char d;
                        if (adjust < 0)
                        {
                            adjust++;
                            d = digPos <= firstDigit ? '0' : '\0';
                        }
                        else
                        {
                            d = di < nb.Count ? nb.Digits[di++] : (digPos > lastDigit ? '0' : '\0');
                        }
                        if (d != '\0')
                        {
                            sb.Append(d);
                            if (groupSeparators && digPos > 1 && groupCount > 0 && digPos - 1 == groupDigits[groupCount - 1])
                            {
                                sb.Append(nfi.NumberGroupSeparator);
                                groupCount--;
                            }
                        }
                        digPos--;
                        break;
                    }
                    case '.':
                        if (digPos != 0 || decimalWritten) break;
                        if (lastDigit < 0 || (decimalPos < digitCount && di < nb.Count))
                        {
                            sb.Append(nfi.NumberDecimalSeparator);
                            decimalWritten = true;
                        }
                        break;
                    case '\u2030':
                        sb.Append(nfi.PerMilleSymbol);
                        break;
                    case '%':
                        sb.Append(nfi.PercentSymbol);
                        break;
                    case ',':
                        break;
                    case '\'':
                    case '"':
                        while (src < format.Length && format[src] != ch) sb.Append(format[src++]);
                        if (src < format.Length) src++;
                        break;
                    case '\\':
                        if (src < format.Length) sb.Append(format[src++]);
                        break;
                    case 'E':
                    case 'e':
                    {
                        bool positiveSign = false;
                        int i = 0;
                        if (scientific)
                        {
                            if (src < format.Length && format[src] == '0') i++;
                            else if (src + 1 < format.Length && format[src] == '+' && format[src + 1] == '0') positiveSign = true;
                            else if (src + 1 < format.Length && format[src] == '-' && format[src + 1] == '0') { }
                            else { sb.Append(ch); break; }
                            while (++src < format.Length && format[src] == '0') i++;
                            if (i > 10) i = 10;
                            int exp = nb.Count == 0 ? 0 : nb.Scale - decimalPos;
                            FormatExponent(sb, nfi, exp, ch, i, positiveSign);
                            scientific = false;
                        }
                        else
                        {
                            sb.Append(ch);
                            if (src < format.Length && (format[src] == '+' || format[src] == '-')) sb.Append(format[src++]);
                            while (src < format.Length && format[src] == '0') sb.Append(format[src++]);
                        }
                        break;
                    }
                    default:
                        sb.Append(ch);
                        break;
                }
            }
            // A float that is -0 or rounded to zero keeps its sign if anything was written ("-0.00", but "" for "#.##").
            if (nb.Negative && section == 0 && nb.Count == 0 && sb.Length > 0) sb.Insert(0, nfi.NegativeSign);
            return sb.ToString();
        }

        // Start of section `which` (0 positive, 1 negative, 2 zero) of a ';'-separated format.
        private static int FindSection(string format, int which)
        {
            if (which == 0) return 0;
            int src = 0;
            int section = which;
            while (true)
            {
                if (src >= format.Length) return 0;
                char ch = format[src++];
                if (ch == '\'' || ch == '"')
                {
                    while (src < format.Length && format[src] != ch) src++;
                    if (src < format.Length) src++;
                }
                else if (ch == '\\')
                {
                    if (src < format.Length) src++;
                }
                else if (ch == ';')
                {
                    if (--section != 0) continue;
                    if (src < format.Length && format[src] != ';') return src;
                    return 0;
                }
            }
        }
    }
}
