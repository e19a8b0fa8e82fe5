// BigInteger parsing and formatting. Decimal digits go through the corlib's
// NumberBuffer formatter/parser (so N, C, P, E, F, custom formats and
// NumberStyles behave as for the other integers); X/x and B/b print the
// shortest two's-complement form, as .NET does.
using System.Globalization;
using System.Text;

namespace System.Numerics
{
    public readonly partial struct BigInteger
    {
        private const uint Billion = 1000000000;

        // |value| in decimal, without sign
        private string MagnitudeToDecimal()
        {
            if (_sign == 0) return "0";
            uint[] m = _mag;
            Collections.Generic.List<uint> chunks = new Collections.Generic.List<uint>();
            while (m != null)
            {
                uint rem;
                m = BigMag.DivRemSmall(m, Billion, out rem);
                chunks.Add(rem);
            }
            StringBuilder sb = new StringBuilder(chunks.Count * 9);
            sb.Append(chunks[chunks.Count - 1]);
            for (int i = chunks.Count - 2; i >= 0; i--) sb.Append(chunks[i].ToString("D9"));
            return sb.ToString();
        }

        private NumberBuffer ToBuffer()
        {
            NumberBuffer nb = new NumberBuffer();
            nb.Kind = NumberBuffer.KindInteger;
            nb.Negative = _sign < 0;
            string s = _sign == 0 ? "" : MagnitudeToDecimal();
            nb.Digits = new char[s.Length + 1];
            for (int i = 0; i < s.Length; i++) nb.Digits[i] = s[i];
            nb.Count = s.Length;
            while (nb.Count > 0 && nb.Digits[nb.Count - 1] == '0') nb.Count--;
            nb.Scale = s.Length;
            return nb;
        }

        public override string ToString() { return ToString(null, null); }
        public string ToString(IFormatProvider provider) { return ToString(null, provider); }
        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider provider)
        {
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            if (string.IsNullOrEmpty(format)) return (_sign < 0 ? nfi.NegativeSign : "") + MagnitudeToDecimal();
            char fmt; int precision;
            if (Number.ParseStandard(format, out fmt, out precision))
            {
                switch (fmt)
                {
                    case 'G': case 'g':
                        if (precision > 0) break;
                        goto case 'D';
                    case 'R': case 'r': case 'D': case 'd':
                    {
                        string s = MagnitudeToDecimal();
                        if (precision > s.Length) s = s.PadLeft(precision, '0');
                        return _sign < 0 ? nfi.NegativeSign + s : s;
                    }
                    case 'X': case 'x': return ToHex(fmt == 'X', precision);
                    case 'B': case 'b': return ToBinary(precision);
                }
                return Number.NumberToString(ToBuffer(), fmt, precision, nfi, false);
            }
            return Number.NumberToStringFormat(ToBuffer(), format, nfi);
        }

        // Digits of the shortest two's complement whose top digit shows the sign.
        private string ToHex(bool upper, int precision)
        {
            string digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
            byte[] b = ToByteArray();
            StringBuilder sb = new StringBuilder(b.Length * 2 + 1);
            int top = b.Length - 1;
            byte hi = b[top];
            // one digit for the top byte when its high nibble only repeats the sign
            if ((_sign >= 0 && hi < 0x08) || (_sign < 0 && hi >= 0xF8)) sb.Append(digits[hi & 15]);
            else sb.Append(digits[hi >> 4]).Append(digits[hi & 15]);
            for (int i = top - 1; i >= 0; i--) sb.Append(digits[b[i] >> 4]).Append(digits[b[i] & 15]);
            if (precision > sb.Length) sb.Insert(0, new string(_sign < 0 ? digits[15] : '0', precision - sb.Length));
            return sb.ToString();
        }

        private string ToBinary(int precision)
        {
            byte[] b = ToByteArray();
            StringBuilder sb = new StringBuilder(b.Length * 8);
            for (int i = b.Length - 1; i >= 0; i--)
                for (int j = 7; j >= 0; j--) sb.Append((b[i] >> j & 1) != 0 ? '1' : '0');
            // drop leading bits that only repeat the sign (keep one)
            char signBit = _sign < 0 ? '1' : '0';
            int k = 0;
            while (k < sb.Length - 1 && sb[k] == signBit && sb[k + 1] == signBit) k++;
            string s = sb.ToString(k, sb.Length - k);
            if (precision > s.Length) s = new string(signBit, precision - s.Length) + s;
            return s;
        }

        // ---- parsing ----
        public static BigInteger Parse(string value) { return Parse(value, NumberStyles.Integer, null); }
        public static BigInteger Parse(string value, NumberStyles style) { return Parse(value, style, null); }
        public static BigInteger Parse(string value, IFormatProvider provider) { return Parse(value, NumberStyles.Integer, provider); }

        public static BigInteger Parse(string value, NumberStyles style, IFormatProvider provider)
        {
            if (value == null) throw new ArgumentNullException("value");
            BigInteger r;
            if (!TryParseCore(value, style, provider, out r)) throw new FormatException("The value could not be parsed.");
            return r;
        }

        public static bool TryParse(string value, out BigInteger result) { return TryParse(value, NumberStyles.Integer, null, out result); }

        public static bool TryParse(string value, NumberStyles style, IFormatProvider provider, out BigInteger result)
        {
            if (value == null) { result = Zero; return false; }
            return TryParseCore(value, style, provider, out result);
        }

        public static bool TryParse(string value, IFormatProvider provider, out BigInteger result) { return TryParse(value, NumberStyles.Integer, provider, out result); }

        private static void ValidateStyle(NumberStyles style)
        {
            if ((style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0 &&
                (style & ~(NumberStyles.HexNumber | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.", "style");
        }

        private static bool IsWhite(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

        private static bool TryParseCore(string s, NumberStyles style, IFormatProvider provider, out BigInteger result)
        {
            ValidateStyle(style);
            result = Zero;
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                return TryParseBits(s, style, out result);
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            NumberBuffer nb;
            if (!Number.ParseNumber(s, style, nfi, false, out nb)) return false;
            // integer value: the digits before the decimal point; the rest must be zeros
            for (int i = Math.Max(nb.Scale, 0); i < nb.Count; i++) if (nb.Digits[i] != '0') return false;
            int intDigits = nb.Scale;
            BigInteger acc = Zero;
            BigInteger billion = new BigInteger(Billion);
            int pos = 0;
            while (pos < intDigits)
            {
                int take = Math.Min(9, intDigits - pos);
                uint chunk = 0, pow = 1;
                for (int k = 0; k < take; k++) { chunk = chunk * 10 + (uint)(nb.DigitAt(pos + k) - '0'); pow *= 10; }
                acc = acc * new BigInteger(pow) + new BigInteger(chunk);
                pos += take;
            }
            result = nb.Negative ? -acc : acc;
            return true;
        }

        private static bool TryParseBits(string s, NumberStyles style, out BigInteger result)
        {
            result = Zero;
            bool hex = (style & NumberStyles.AllowHexSpecifier) != 0;
            int start = 0, end = s.Length;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (start < end && IsWhite(s[start])) start++;
            if ((style & NumberStyles.AllowTrailingWhite) != 0) while (end > start && IsWhite(s[end - 1])) end--;
            if (start == end) return false;
            int bitsPer = hex ? 4 : 1;
            int count = end - start;
            uint[] t = new uint[((long)count * bitsPer + 31) / 32 + 1 > int.MaxValue ? 1 : (int)(((long)count * bitsPer + 31) / 32) + 1];
            for (int i = 0; i < count; i++)
            {
                char c = s[end - 1 - i];
                int d;
                if (c >= '0' && c <= '9') d = c - '0';
                else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
                else return false;
                if (!hex && d > 1) return false;
                long bit = (long)i * bitsPer;
                t[bit / 32] |= (uint)d << (int)(bit % 32);
            }
            // the first digit's top bit is the sign: sign-extend above the digits
            char first = s[start];
            int fd = first <= '9' ? first - '0' : (first | 0x20) - 'a' + 10;
            bool negative = hex ? fd >= 8 : fd == 1;
            if (negative)
            {
                long total = (long)count * bitsPer;
                for (long bit = total; bit < (long)t.Length * 32; bit++) t[bit / 32] |= 1u << (int)(bit % 32);
            }
            result = FromTwos(t);
            return true;
        }
    }
}
