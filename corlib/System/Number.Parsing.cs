// Number parsing with NumberStyles and the invariant culture. The text is
// validated here and turned into decimal digits + exponent; integers are
// built from the digits, doubles by the C icall around strtod.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    internal static partial class Number
    {
        // ---- icall_number.c ----
        // s is "[digits]e[exp]" meaning 0.digits * 10^exp (digits may be empty = zero).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern double DigitsToDouble(string s, bool isSingle);

        internal const int ParseOk = 0, ParseFormat = 1, ParseOverflow = 2;

        internal static void ThrowParseError(int status, string typeName, string input)
        {
            if (status == ParseOverflow)
            {
                string what = typeName == "SByte" ? "a signed byte" : typeName == "Byte" ? "an unsigned byte"
                    : (typeName.StartsWith("Int") ? "an " : "a ") + typeName;
                throw new OverflowException("Value was either too large or too small for " + what + ".");
            }
            throw InvalidInput(input);
        }

        // .NET 8 and later name the rejected text in the message.
        internal static FormatException InvalidInput(string input)
        {
            return new FormatException("The input string '" + input + "' was not in a correct format.");
        }

        private static void ValidateIntegerStyle(NumberStyles style)
        {
            if ((style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0 &&
                (style & ~(NumberStyles.HexNumber | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.", "style");
        }

        private static bool IsWhite(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

        private static ulong MaxMagnitude(int size, bool signed, bool negative)
        {
            if (!signed) return size == 8 ? ulong.MaxValue : (1UL << (size * 8)) - 1;
            ulong half = 1UL << (size * 8 - 1);
            return negative ? half : half - 1;
        }

        internal static int ParseSigned(string s, NumberStyles style, IFormatProvider provider, int size, out long result)
        {
            result = 0;
            ulong mag;
            bool neg;
            int st = ParseInteger(s, style, provider, size, true, out mag, out neg);
            if (st != ParseOk) return st;
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
            {
                // hex/binary digits are the two's-complement bits of the type
                switch (size)
                {
                    case 1: result = (sbyte)(byte)mag; break;
                    case 2: result = (short)(ushort)mag; break;
                    case 4: result = (int)(uint)mag; break;
                    default: result = (long)mag; break;
                }
                return ParseOk;
            }
            result = neg ? (long)(0 - mag) : (long)mag;
            return ParseOk;
        }

        internal static int ParseUnsigned(string s, NumberStyles style, IFormatProvider provider, int size, out ulong result)
        {
            result = 0;
            bool neg;
            int st = ParseInteger(s, style, provider, size, false, out result, out neg);
            if (st != ParseOk) { result = 0; return st; }
            return ParseOk;
        }

        private static int ParseInteger(string s, NumberStyles style, IFormatProvider provider, int size, bool signed, out ulong mag, out bool negative)
        {
            mag = 0;
            negative = false;
            ValidateIntegerStyle(style);
            int len = s.Length;
            int i = 0;
            if ((style & NumberStyles.AllowHexSpecifier) != 0 || (style & NumberStyles.AllowBinarySpecifier) != 0)
            {
                bool hex = (style & NumberStyles.AllowHexSpecifier) != 0;
                int bitsPerDigit = hex ? 4 : 1;
                if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < len && IsWhite(s[i])) i++;
                int start = i;
                ulong v = 0;
                bool overflow = false;
                while (i < len)
                {
                    char c = s[i];
                    int d;
                    if (c >= '0' && c <= '9') d = c - '0';
                    else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
                    else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
                    else break;
                    if (!hex && d > 1) break;
                    if ((v >> (size * 8 - bitsPerDigit)) != 0 && size == 8) overflow = true;
                    else if (size < 8 && (v << bitsPerDigit) + (ulong)d > MaxMagnitude(size, false, false)) overflow = true;
                    v = (v << bitsPerDigit) | (uint)d;
                    i++;
                }
                if (i == start) return ParseFormat;
                if ((style & NumberStyles.AllowTrailingWhite) != 0) while (i < len && IsWhite(s[i])) i++;
                if (i != len) return ParseFormat;
                if (overflow) return ParseOverflow;
                mag = v;
                return ParseOk;
            }

            // Fast path: optional white, sign, decimal digits, white.
            if ((style & ~NumberStyles.Integer) == 0)
            {
                NumberFormatInfo fnfi = provider == null ? null : NumberFormatInfo.GetInstance(provider);
                if (fnfi == null || (fnfi.NegativeSign == "-" && fnfi.PositiveSign == "+"))
                {
                    if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < len && IsWhite(s[i])) i++;
                    if (i < len && (style & NumberStyles.AllowLeadingSign) != 0)
                    {
                        if (s[i] == '-') { negative = true; i++; }
                        else if (s[i] == '+') i++;
                    }
                    int start = i;
                    ulong v = 0;
                    ulong limit = MaxMagnitude(size, signed, negative);
                    bool overflow = false;
                    while (i < len)
                    {
                        char c = s[i];
                        if (c < '0' || c > '9') break;
                        uint d = (uint)(c - '0');
                        if (!overflow)
                        {
                            if (v > (limit - d) / 10) overflow = true;
                            else v = v * 10 + d;
                        }
                        i++;
                    }
                    if (i == start) return ParseFormat;
                    if ((style & NumberStyles.AllowTrailingWhite) != 0) while (i < len && IsWhite(s[i])) i++;
                    if (i != len) return ParseFormat;
                    if (overflow) return ParseOverflow;
                    if (negative && !signed && v != 0) return ParseOverflow;
                    mag = v;
                    return ParseOk;
                }
            }

            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            NumberBuffer nb;
            if (!ParseNumber(s, style, nfi, false, out nb)) return ParseFormat;
            negative = nb.Negative;
            // digits beyond the decimal point must be zero (they are stripped, so any remaining means a fraction)
            if (nb.Count > nb.Scale && nb.Count > 0) return ParseOverflow;
            if (nb.Scale > 20) return ParseOverflow;
            ulong lim = MaxMagnitude(size, signed, negative);
            ulong r = 0;
            for (int k = 0; k < nb.Scale; k++)
            {
                uint d = (uint)(nb.DigitAt(k) - '0');
                if (r > (lim - d) / 10) return ParseOverflow;
                r = r * 10 + d;
            }
            if (negative && !signed && r != 0) return ParseOverflow;
            if (r == 0) negative = false;
            mag = r;
            return ParseOk;
        }

        // Whether s has `what` at i. As in .NET, a space in the input stands
        // for a no-break space (U+00A0, U+202F) in the symbol: French-style
        // group separators cannot be typed.
        private static bool MatchAt(string s, int i, string what)
        {
            if (what == null || what.Length == 0) return false;
            if (i + what.Length > s.Length) return false;
            for (int k = 0; k < what.Length; k++)
            {
                char w = what[k], c = s[i + k];
                if (c != w && !(c == ' ' && (w == '\u00A0' || w == '\u202F'))) return false;
            }
            return true;
        }

        // The negative sign at i: the culture's, or '-' where the culture's is
        // another dash or minus sign (U+2212 in sv, fi, nb...), as .NET accepts.
        private static int MatchNegative(string s, int i, NumberFormatInfo nfi)
        {
            string neg = nfi.NegativeSign;
            if (MatchAt(s, i, neg)) return neg.Length;
            if (i < s.Length && s[i] == '-' && neg.Length == 1)
            {
                char c = neg[0];
                if (c == '\u2012' || c == '\u207B' || c == '\u208B' || c == '\u2212' || c == '\u2796' || c == '\uFE63' || c == '\uFF0D') return 1;
            }
            return 0;
        }

        // The general .NET number grammar: [ws][sign|(][$][digits[,digits]][.digits][e[sign]digits][sign|)][ws]
        internal static bool ParseNumber(string s, NumberStyles style, NumberFormatInfo nfi, bool isDecimalOrFloat, out NumberBuffer nb)
        {
            nb = new NumberBuffer();
            nb.Kind = isDecimalOrFloat ? NumberBuffer.KindFloat : NumberBuffer.KindInteger;
            StringBuilder digits = new StringBuilder();
            int len = s.Length;
            int i = 0;
            bool signSeen = false, parens = false, currencySeen = false;
            // With currency allowed the currency separators come first, and the
            // number ones are accepted before a currency symbol is seen (as .NET).
            bool parsingCurrency = (style & NumberStyles.AllowCurrencySymbol) != 0;
            string decSep = parsingCurrency ? nfi.CurrencyDecimalSeparator : nfi.NumberDecimalSeparator;
            string groupSep = parsingCurrency ? nfi.CurrencyGroupSeparator : nfi.NumberGroupSeparator;
            int m;

            // leading part
            while (i < len)
            {
                char c = s[i];
                if (IsWhite(c) && (style & NumberStyles.AllowLeadingWhite) != 0 && (!signSeen || currencySeen || nfi.NumberNegativePattern == 2)) { i++; continue; }
                if (!signSeen && (style & NumberStyles.AllowLeadingSign) != 0)
                {
                    if (MatchAt(s, i, nfi.PositiveSign)) { signSeen = true; i += nfi.PositiveSign.Length; continue; }
                    if ((m = MatchNegative(s, i, nfi)) != 0) { nb.Negative = true; signSeen = true; i += m; continue; }
                }
                if (!signSeen && c == '(' && (style & NumberStyles.AllowParentheses) != 0) { signSeen = true; parens = true; nb.Negative = true; i++; continue; }
                if (!currencySeen && (style & NumberStyles.AllowCurrencySymbol) != 0 && MatchAt(s, i, nfi.CurrencySymbol)) { currencySeen = true; i += nfi.CurrencySymbol.Length; continue; }
                break;
            }

            bool anyDigit = false, decimalSeen = false;
            int scale = 0;
            bool leadingZeros = true;
            int fracDigits = 0;
            while (i < len)
            {
                char c = s[i];
                if (c >= '0' && c <= '9')
                {
                    anyDigit = true;
                    if (decimalSeen) fracDigits++;
                    if (c == '0' && leadingZeros)
                    {
                        if (decimalSeen) scale--;
                    }
                    else
                    {
                        leadingZeros = false;
                        digits.Append(c);
                        if (!decimalSeen) scale++;
                    }
                    i++;
                    continue;
                }
                if (!decimalSeen && (style & NumberStyles.AllowDecimalPoint) != 0 && (MatchAt(s, i, decSep) || (parsingCurrency && !currencySeen && MatchAt(s, i, nfi.NumberDecimalSeparator))))
                {
                    decimalSeen = true;
                    i += MatchAt(s, i, decSep) ? decSep.Length : nfi.NumberDecimalSeparator.Length;
                    continue;
                }
                if (!decimalSeen && anyDigit && (style & NumberStyles.AllowThousands) != 0 && (MatchAt(s, i, groupSep) || (parsingCurrency && !currencySeen && MatchAt(s, i, nfi.NumberGroupSeparator))))
                {
                    i += MatchAt(s, i, groupSep) ? groupSep.Length : nfi.NumberGroupSeparator.Length;
                    continue;
                }
                break;
            }
            if (!anyDigit) return false;

            int exp = 0;
            if (i < len && (s[i] == 'e' || s[i] == 'E') && (style & NumberStyles.AllowExponent) != 0)
            {
                int save = i;
                i++;
                bool expNeg = false;
                if (MatchAt(s, i, nfi.PositiveSign)) i += nfi.PositiveSign.Length;
                else if ((m = MatchNegative(s, i, nfi)) != 0) { expNeg = true; i += m; }
                if (i < len && s[i] >= '0' && s[i] <= '9')
                {
                    while (i < len && s[i] >= '0' && s[i] <= '9')
                    {
                        if (exp < 100000) exp = exp * 10 + (s[i] - '0');
                        i++;
                    }
                    if (expNeg) exp = -exp;
                }
                else i = save;
            }

            // trailing part
            while (i < len)
            {
                char c = s[i];
                if (IsWhite(c) && (style & NumberStyles.AllowTrailingWhite) != 0) { i++; continue; }
                if (!signSeen && (style & NumberStyles.AllowTrailingSign) != 0)
                {
                    if (MatchAt(s, i, nfi.PositiveSign)) { signSeen = true; i += nfi.PositiveSign.Length; continue; }
                    if ((m = MatchNegative(s, i, nfi)) != 0) { nb.Negative = true; signSeen = true; i += m; continue; }
                }
                if (parens && c == ')') { parens = false; i++; continue; }
                if (!currencySeen && (style & NumberStyles.AllowCurrencySymbol) != 0 && MatchAt(s, i, nfi.CurrencySymbol)) { currencySeen = true; i += nfi.CurrencySymbol.Length; continue; }
                break;
            }
            if (i != len || parens) return false;

            // strip trailing zeros
            int n = digits.Length;
            while (n > 0 && digits[n - 1] == '0') n--;
            nb.Digits = new char[n + 1];
            for (int k = 0; k < n; k++) nb.Digits[k] = digits[k];
            nb.Count = n;
            nb.Scale = n == 0 ? 0 : scale + exp;
            nb.FracDigits = fracDigits - exp;
            return true;
        }

        internal static bool TryParseDouble(string s, NumberStyles style, IFormatProvider provider, bool isSingle, out double result)
        {
            result = 0;
            if ((style & ~NumberStyles.Any) != 0 || (style & NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            NumberBuffer nb;
            if (!ParseNumber(s, style, nfi, true, out nb))
            {
                string t = s.Trim();
                if (string.Equals(t, nfi.PositiveInfinitySymbol, StringComparison.OrdinalIgnoreCase) || string.Equals(t, "+" + nfi.PositiveInfinitySymbol, StringComparison.OrdinalIgnoreCase) || t == "\u221E" || t == "+\u221E")
                { result = double.PositiveInfinity; return true; }
                if (string.Equals(t, nfi.NegativeInfinitySymbol, StringComparison.OrdinalIgnoreCase) || t == "-\u221E")
                { result = double.NegativeInfinity; return true; }
                if (string.Equals(t, nfi.NaNSymbol, StringComparison.OrdinalIgnoreCase) || string.Equals(t, "+" + nfi.NaNSymbol, StringComparison.OrdinalIgnoreCase) || string.Equals(t, "-" + nfi.NaNSymbol, StringComparison.OrdinalIgnoreCase))
                { result = double.NaN; return true; }
                return false;
            }
            StringBuilder sb = new StringBuilder(nb.Count + 12);
            sb.Append(nb.Digits, 0, nb.Count);
            sb.Append('e');
            sb.Append(nb.Scale);
            double v = DigitsToDouble(sb.ToString(), isSingle);
            result = nb.Negative ? -v : v;
            return true;
        }
    }
}
