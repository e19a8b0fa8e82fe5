// System.Buffers.Text.Utf8Parser: parses primitives at the start of UTF-8
// text (booleans, integers, floating point, decimal, Guid). Parsing stops at
// the first byte that cannot continue the value and reports how many bytes it
// used; a failure (bad syntax, overflow) returns false with bytesConsumed 0.
// Dates and time spans are in Utf8Parser.Dates.cs.
using System.Globalization;

namespace System.Buffers.Text
{
    public static partial class Utf8Parser
    {
        private static bool Fail<T>(out T value, out int bytesConsumed)
        {
            value = default!;
            bytesConsumed = 0;
            return false;
        }

        private static bool BadFormat<T>(out T value, out int bytesConsumed)
        {
            value = default!;
            bytesConsumed = 0;
            throw new FormatException("Format specifier was invalid.");
        }

        private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

        // ---- Boolean: "true"/"false" in any case; formats G and l ----

        public static bool TryParse(ReadOnlySpan<byte> source, out bool value, out int bytesConsumed, char standardFormat = default)
        {
            if (standardFormat != default && standardFormat != 'G' && standardFormat != 'l')
                throw new FormatException("Format specifier was invalid.");
            if (MatchesIgnoreCase(source, "true")) { value = true; bytesConsumed = 4; return true; }
            if (MatchesIgnoreCase(source, "false")) { value = false; bytesConsumed = 5; return true; }
            return Fail(out value, out bytesConsumed);
        }

        private static bool MatchesIgnoreCase(ReadOnlySpan<byte> source, string word)
        {
            if (source.Length < word.Length) return false;
            for (int i = 0; i < word.Length; i++)
                if ((source[i] | 0x20) != word[i]) return false;
            return true;
        }

        // ---- Integers: G/D/R (default) digits, N with group commas and a zero
        // fraction, X hexadecimal. Signed types take a leading '+' or '-'
        // (N as well); unsigned ones take '+' only with N. ----

        private enum IntKind { Decimal, Grouped, Hex }

        private static IntKind IntegerFormat(char standardFormat)
        {
            if (standardFormat == default) return IntKind.Decimal;
            switch (standardFormat | 0x20)
            {
                case 'g': case 'd': case 'r': return IntKind.Decimal;
                case 'n': return IntKind.Grouped;
                case 'x': return IntKind.Hex;
            }
            throw new FormatException("Format specifier was invalid.");
        }

        // Signed: the magnitude may reach max + 1 when negative.
        private static bool ParseSigned(ReadOnlySpan<byte> source, char standardFormat, long min, long max, out long value, out int bytesConsumed)
        {
            IntKind kind = IntegerFormat(standardFormat);
            if (kind == IntKind.Hex)
            {
                // Hex reads the two's complement bit pattern of the type's width.
                ulong mask = (ulong)max * 2 + 1;
                if (!ParseHex(source, mask, out ulong bits, out bytesConsumed)) return Fail(out value, out bytesConsumed);
                ulong signBit = (ulong)max + 1;
                value = (bits & signBit) != 0 ? (long)(bits | ~mask) : (long)bits;
                return true;
            }
            int index = 0;
            bool negative = false;
            if (source.Length > 0 && (source[0] == '-' || source[0] == '+'))
            {
                negative = source[0] == '-';
                index = 1;
            }
            ulong limit = negative ? (ulong)max + 1 : (ulong)max;
            if (!ParseMagnitude(source, index, kind == IntKind.Grouped, limit, out ulong magnitude, out bytesConsumed))
                return Fail(out value, out bytesConsumed);
            value = negative ? (long)(0 - magnitude) : (long)magnitude;
            return true;
        }

        private static bool ParseUnsigned(ReadOnlySpan<byte> source, char standardFormat, ulong max, out ulong value, out int bytesConsumed)
        {
            IntKind kind = IntegerFormat(standardFormat);
            if (kind == IntKind.Hex) return ParseHex(source, max, out value, out bytesConsumed);
            int index = 0;
            if (kind == IntKind.Grouped && source.Length > 0 && source[0] == '+') index = 1;
            return ParseMagnitude(source, index, kind == IntKind.Grouped, max, out value, out bytesConsumed);
        }

        private static bool ParseMagnitude(ReadOnlySpan<byte> source, int index, bool grouped, ulong limit, out ulong value, out int bytesConsumed)
        {
            value = 0;
            bytesConsumed = 0;
            if (index >= source.Length) return false;
            byte c = source[index];
            if (grouped && c == '.')
            {
                // "N" takes ".0..." without leading digits, but only with a zero after the point.
                if (index + 1 >= source.Length || source[index + 1] != '0') return false;
                return ZeroFraction(source, index + 1, out bytesConsumed);
            }
            if (!IsDigit(c)) return false;
            ulong result = 0;
            while (index < source.Length)
            {
                c = source[index];
                if (grouped && c == ',') { index++; continue; }
                if (grouped && c == '.')
                {
                    if (!ZeroFraction(source, index + 1, out bytesConsumed)) { bytesConsumed = 0; return false; }
                    value = result;
                    return true;
                }
                if (!IsDigit(c)) break;
                uint digit = (uint)(c - '0');
                if (result > (limit - digit) / 10) return false;
                result = result * 10 + digit;
                index++;
            }
            value = result;
            bytesConsumed = index;
            return true;
        }

        // After the point of an "N" integer: zeros, then no other digit.
        private static bool ZeroFraction(ReadOnlySpan<byte> source, int index, out int bytesConsumed)
        {
            while (index < source.Length && source[index] == '0') index++;
            bytesConsumed = index;
            return index >= source.Length || !IsDigit(source[index]);
        }

        private static bool ParseHex(ReadOnlySpan<byte> source, ulong max, out ulong value, out int bytesConsumed)
        {
            ulong result = 0;
            int index = 0;
            while (index < source.Length)
            {
                int digit = HexValue(source[index]);
                if (digit < 0) break;
                if (result > (max >> 4)) { value = 0; bytesConsumed = 0; return false; }
                result = (result << 4) | (uint)digit;
                index++;
            }
            if (index == 0) { value = 0; bytesConsumed = 0; return false; }
            value = result;
            bytesConsumed = index;
            return true;
        }

        private static int HexValue(byte b)
        {
            if (b >= '0' && b <= '9') return b - '0';
            if (b >= 'a' && b <= 'f') return b - 'a' + 10;
            if (b >= 'A' && b <= 'F') return b - 'A' + 10;
            return -1;
        }

        [CLSCompliant(false)]
        public static bool TryParse(ReadOnlySpan<byte> source, out sbyte value, out int bytesConsumed, char standardFormat = default)
        {
            bool ok = ParseSigned(source, standardFormat, sbyte.MinValue, sbyte.MaxValue, out long v, out bytesConsumed);
            value = (sbyte)v;
            return ok;
        }

        public static bool TryParse(ReadOnlySpan<byte> source, out short value, out int bytesConsumed, char standardFormat = default)
        {
            bool ok = ParseSigned(source, standardFormat, short.MinValue, short.MaxValue, out long v, out bytesConsumed);
            value = (short)v;
            return ok;
        }

        public static bool TryParse(ReadOnlySpan<byte> source, out int value, out int bytesConsumed, char standardFormat = default)
        {
            bool ok = ParseSigned(source, standardFormat, int.MinValue, int.MaxValue, out long v, out bytesConsumed);
            value = (int)v;
            return ok;
        }

        public static bool TryParse(ReadOnlySpan<byte> source, out long value, out int bytesConsumed, char standardFormat = default) =>
            ParseSigned(source, standardFormat, long.MinValue, long.MaxValue, out value, out bytesConsumed);

        public static bool TryParse(ReadOnlySpan<byte> source, out byte value, out int bytesConsumed, char standardFormat = default)
        {
            bool ok = ParseUnsigned(source, standardFormat, byte.MaxValue, out ulong v, out bytesConsumed);
            value = (byte)v;
            return ok;
        }

        [CLSCompliant(false)]
        public static bool TryParse(ReadOnlySpan<byte> source, out ushort value, out int bytesConsumed, char standardFormat = default)
        {
            bool ok = ParseUnsigned(source, standardFormat, ushort.MaxValue, out ulong v, out bytesConsumed);
            value = (ushort)v;
            return ok;
        }

        [CLSCompliant(false)]
        public static bool TryParse(ReadOnlySpan<byte> source, out uint value, out int bytesConsumed, char standardFormat = default)
        {
            bool ok = ParseUnsigned(source, standardFormat, uint.MaxValue, out ulong v, out bytesConsumed);
            value = (uint)v;
            return ok;
        }

        [CLSCompliant(false)]
        public static bool TryParse(ReadOnlySpan<byte> source, out ulong value, out int bytesConsumed, char standardFormat = default) =>
            ParseUnsigned(source, standardFormat, ulong.MaxValue, out value, out bytesConsumed);

        // ---- Floating point and decimal: [sign]digits[.digits][e[sign]digits]
        // (F: no exponent; E: exponent required); double and float also read
        // NaN and [sign]Infinity in any case. ----

        private static bool ScanNumber(ReadOnlySpan<byte> source, char standardFormat, out int length)
        {
            bool allowExponent, requireExponent = false;
            switch (standardFormat)
            {
                case default(char): case 'G': case 'g': allowExponent = true; break;
                case 'E': case 'e': allowExponent = true; requireExponent = true; break;
                case 'F': case 'f': allowExponent = false; break;
                default: throw new FormatException("Format specifier was invalid.");
            }
            length = 0;
            int i = 0;
            if (source.Length == 0) return false;
            if (source[0] == '-' || source[0] == '+')
            {
                i = 1;
                if (i == source.Length) return false;
            }
            int before = 0, after = 0;
            while (i < source.Length && IsDigit(source[i])) { i++; before++; }
            if (i < source.Length && source[i] == '.')
            {
                i++;
                while (i < source.Length && IsDigit(source[i])) { i++; after++; }
            }
            if (before == 0 && after == 0) return false;
            bool usedExponent = false;
            if (i < source.Length && (source[i] | 0x20) == 'e')
            {
                if (!allowExponent) return false;
                usedExponent = true;
                i++;
                if (i < source.Length && (source[i] == '-' || source[i] == '+')) i++;
                if (i >= source.Length || !IsDigit(source[i])) return false;
                while (i < source.Length && IsDigit(source[i])) i++;
            }
            if (requireExponent && !usedExponent) return false;
            length = i;
            return true;
        }

        private static string Ascii(ReadOnlySpan<byte> source, int length)
        {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = (char)source[i];
            return new string(chars);
        }

        public static bool TryParse(ReadOnlySpan<byte> source, out double value, out int bytesConsumed, char standardFormat = default)
        {
            if (ScanNumber(source, standardFormat, out int length))
            {
                value = double.Parse(Ascii(source, length), NumberStyles.Float, CultureInfo.InvariantCulture);
                bytesConsumed = length;
                return true;
            }
            return ParseSpecial(source, out value, out bytesConsumed);
        }

        public static bool TryParse(ReadOnlySpan<byte> source, out float value, out int bytesConsumed, char standardFormat = default)
        {
            if (ScanNumber(source, standardFormat, out int length))
            {
                value = float.Parse(Ascii(source, length), NumberStyles.Float, CultureInfo.InvariantCulture);
                bytesConsumed = length;
                return true;
            }
            bool ok = ParseSpecial(source, out double d, out bytesConsumed);
            value = (float)d;
            return ok;
        }

        private static bool ParseSpecial(ReadOnlySpan<byte> source, out double value, out int bytesConsumed)
        {
            int i = 0;
            bool negative = false;
            if (source.Length >= 4 && (source[0] == '-' || source[0] == '+'))
            {
                negative = source[0] == '-';
                i = 1;
            }
            ReadOnlySpan<byte> rest = source.Slice(i);
            if (MatchesIgnoreCase(rest, "nan")) { value = double.NaN; bytesConsumed = i + 3; return true; }
            if (MatchesIgnoreCase(rest, "infinity"))
            {
                value = negative ? double.NegativeInfinity : double.PositiveInfinity;
                bytesConsumed = i + 8;
                return true;
            }
            return Fail(out value, out bytesConsumed);
        }

        public static bool TryParse(ReadOnlySpan<byte> source, out decimal value, out int bytesConsumed, char standardFormat = default)
        {
            if (!ScanNumber(source, standardFormat, out int length)) return Fail(out value, out bytesConsumed);
            if (!decimal.TryParse(Ascii(source, length), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                return Fail(out value, out bytesConsumed);
            bytesConsumed = length;
            return true;
        }

        // ---- Guid: D (default) 8-4-4-4-12, B {D}, P (D), N 32 digits ----

        public static bool TryParse(ReadOnlySpan<byte> source, out Guid value, out int bytesConsumed, char standardFormat = default)
        {
            int length;
            switch (standardFormat)
            {
                case default(char): case 'D': standardFormat = 'D'; length = 36; break;
                case 'B': case 'P': length = 38; break;
                case 'N': length = 32; break;
                default: return BadFormat(out value, out bytesConsumed);
            }
            if (source.Length < length) return Fail(out value, out bytesConsumed);
            for (int i = 0; i < length; i++)
                if (source[i] >= 0x80) return Fail(out value, out bytesConsumed);
            if (!Guid.TryParseExact(Ascii(source, length), standardFormat.ToString(), out value))
                return Fail(out value, out bytesConsumed);
            bytesConsumed = length;
            return true;
        }
    }
}
