// System.Decimal: 96-bit integer mantissa, sign and a power-of-ten scale
// (0..28), with .NET's field layout (flags, hi, lo, mid). Arithmetic goes
// through DecCalc, a small fixed-width (256-bit) unsigned integer.
using System.Globalization;

namespace System
{
    [Serializable]
    public partial struct Decimal : IFormattable, IComparable, IConvertible, IComparable<decimal>, IEquatable<decimal>
    {
        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleShift = 16;

        private int _flags;
        private int _hi;
        private int _lo;
        private int _mid;

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        public Decimal(int value)
        {
            _flags = value < 0 ? SignMask : 0;
            _lo = value < 0 ? -value : value;
            _mid = 0; _hi = 0;
        }

        public Decimal(uint value) { _flags = 0; _lo = (int)value; _mid = 0; _hi = 0; }

        public Decimal(long value)
        {
            ulong m = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            _flags = value < 0 ? SignMask : 0;
            _lo = (int)m; _mid = (int)(m >> 32); _hi = 0;
        }

        public Decimal(ulong value) { _flags = 0; _lo = (int)value; _mid = (int)(value >> 32); _hi = 0; }

        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > 28) throw new ArgumentOutOfRangeException("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            _lo = lo; _mid = mid; _hi = hi;
            _flags = (scale << ScaleShift) | (isNegative ? SignMask : 0);
        }

        public Decimal(int[] bits)
        {
            if (bits == null) throw new ArgumentNullException("bits");
            if (bits.Length != 4 || (bits[3] & 0x7F00FFFF) != 0 || ((bits[3] >> ScaleShift) & 0xFF) > 28)
                throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.");
            _lo = bits[0]; _mid = bits[1]; _hi = bits[2]; _flags = bits[3];
        }

        public Decimal(double value) { this = FromDouble(value, 15); }
        public Decimal(float value) { this = FromDouble(value, 7); }

        internal bool HasSign { get { return _flags < 0; } }
        internal int Scale { get { return (_flags >> ScaleShift) & 0xFF; } }
        internal bool IsZero { get { return _lo == 0 && _mid == 0 && _hi == 0; } }

        internal static decimal Make(DecCalc m, int scale, bool negative)
        {
            decimal d = new decimal();
            d._lo = (int)m.W0; d._mid = (int)m.W1; d._hi = (int)m.W2;
            d._flags = (scale << ScaleShift) | (negative && !m.IsZero ? SignMask : 0);
            return d;
        }

        internal DecCalc Mantissa()
        {
            DecCalc c = new DecCalc();
            c.W0 = (uint)_lo; c.W1 = (uint)_mid; c.W2 = (uint)_hi;
            return c;
        }

        public static int[] GetBits(decimal d) { return new int[] { d._lo, d._mid, d._hi, d._flags }; }

        // ---- conversions from floating point ----
        // As .NET does it: scale the value by a power of ten so that it has `digits` (15 or 7)
        // integer digits, in double arithmetic, round that half to even, and drop trailing
        // fractional zeros (at most digits - 1 of them: after a carry, 9.9999997E-06f -> 10000000
        // x 10^-12, one zero stays and the result is 0.000010).
        private static readonly double[] s_pow10 = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28 };

        private static decimal FromDouble(double value, int digits)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9228162514264338E+28)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            if (value == 0) return 0m;
            double a = Math.Abs(value);
            // estimate the decimal exponent from the binary one (a = f * 2^e, 0.5 <= f < 1): it
            // may be one too high, then one more multiplication by ten fixes the digit count
            int e2 = (int)((BitConverter.DoubleToInt64Bits(a) >> 52) & 0x7FF) - 1022;
            int power = digits - 1 - ((e2 * 19728) >> 16);
            if (power > 28) power = 28;
            double scaled = power >= 0 ? a * s_pow10[power] : a / s_pow10[-power];
            if (scaled < s_pow10[digits - 1] && power < 28) { scaled *= 10; power++; }
            ulong mant = (ulong)scaled;
            double frac = scaled - mant;
            if (frac > 0.5 || (frac == 0.5 && (mant & 1) != 0)) mant++;
            if (mant == 0) return 0m;
            DecCalc m = new DecCalc();
            m.W0 = (uint)mant; m.W1 = (uint)(mant >> 32);
            if (power < 0)
            {
                m = m.MulPow10(-power);
                if (!m.Fits96()) throw new OverflowException("Value was either too large or too small for a Decimal.");
                return Make(m, 0, value < 0);
            }
            for (int most = Math.Min(power, digits - 1); most > 0; most--)
            {
                uint rem;
                bool sticky;
                DecCalc q = m.DivSmallSticky(10, out rem, out sticky);
                if (rem != 0) break;
                m = q;
                power--;
            }
            return Make(m, power, value < 0);
        }

        // ---- arithmetic ----
        private static decimal Normalize(DecCalc v, int scale, bool negative, bool allowRoundToZeroScale)
        {
            // Reduce until the value fits in 96 bits with a scale <= 28, rounding half to even.
            while (scale > 28 || (!v.Fits96() && scale > 0))
            {
                uint rem;
                bool sticky;
                v = v.DivSmallSticky(10, out rem, out sticky);
                scale--;
                if (rem > 5 || (rem == 5 && (sticky || (v.W0 & 1) != 0))) v = v.AddSmall(1);
                if (!v.Fits96() && scale == 0) break;
            }
            if (!v.Fits96()) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return Make(v, scale, negative);
        }

        public static decimal Add(decimal d1, decimal d2)
        {
            int s1 = d1.Scale, s2 = d2.Scale;
            int s = s1 > s2 ? s1 : s2;
            DecCalc a = d1.Mantissa().MulPow10(s - s1);
            DecCalc b = d2.Mantissa().MulPow10(s - s2);
            bool n1 = d1.HasSign, n2 = d2.HasSign;
            if (n1 == n2) return Normalize(a.Add(b), s, n1, true);
            int c = a.CompareTo(b);
            if (c == 0) return Make(new DecCalc(), s, false);
            if (c > 0) return Normalize(a.Sub(b), s, n1, true);
            return Normalize(b.Sub(a), s, n2, true);
        }

        public static decimal Subtract(decimal d1, decimal d2) { return Add(d1, Negate(d2)); }

        public static decimal Multiply(decimal d1, decimal d2)
        {
            DecCalc p = d1.Mantissa().Mul(d2.Mantissa());
            return Normalize(p, d1.Scale + d2.Scale, d1.HasSign != d2.HasSign, true);
        }

        public static decimal Divide(decimal d1, decimal d2)
        {
            if (d2.IsZero) throw new DivideByZeroException("Attempted to divide by zero.");
            bool neg = d1.HasSign != d2.HasSign;
            if (d1.IsZero) return Make(new DecCalc(), Math.Max(0, d1.Scale - d2.Scale), false);
            int scale = d1.Scale - d2.Scale;
            DecCalc num = d1.Mantissa();
            DecCalc den = d2.Mantissa();
            if (scale < 0) { num = num.MulPow10(-scale); scale = 0; }
            DecCalc rem;
            DecCalc q = num.DivMod(den, out rem);
            while (!rem.IsZero && scale < 28)
            {
                DecCalc q10 = q.MulSmall(10);
                if (!q10.AddSmall(9).Fits96()) break;
                DecCalc r10 = rem.MulSmall(10);
                DecCalc digitRem;
                DecCalc digit = r10.DivMod(den, out digitRem);
                q = q10.Add(digit);
                rem = digitRem;
                scale++;
            }
            if (!rem.IsZero)
            {
                int c = rem.MulSmall(2).CompareTo(den);
                if (c > 0 || (c == 0 && (q.W0 & 1) != 0)) q = q.AddSmall(1);
            }
            return Normalize(q, scale, neg, true);
        }

        public static decimal Remainder(decimal d1, decimal d2)
        {
            if (d2.IsZero) throw new DivideByZeroException("Attempted to divide by zero.");
            int s1 = d1.Scale, s2 = d2.Scale;
            int s = s1 > s2 ? s1 : s2;
            DecCalc a = d1.Mantissa().MulPow10(s - s1);
            DecCalc b = d2.Mantissa().MulPow10(s - s2);
            DecCalc r;
            a.DivMod(b, out r);
            return Normalize(r, s, d1.HasSign, true);
        }

        public static decimal Negate(decimal d)
        {
            decimal r = d;
            if (!d.IsZero) r._flags ^= SignMask;
            return r;
        }

        public static decimal Abs(decimal d) { decimal r = d; r._flags &= ~SignMask; return r; }

        public static int Compare(decimal d1, decimal d2)
        {
            bool z1 = d1.IsZero, z2 = d2.IsZero;
            if (z1 && z2) return 0;
            bool n1 = d1.HasSign && !z1, n2 = d2.HasSign && !z2;
            if (n1 != n2) return n1 ? -1 : 1;
            int s1 = d1.Scale, s2 = d2.Scale;
            int s = s1 > s2 ? s1 : s2;
            int c = d1.Mantissa().MulPow10(s - s1).CompareTo(d2.Mantissa().MulPow10(s - s2));
            return n1 ? -c : c;
        }

        public static decimal Truncate(decimal d) { return RoundTo(d, 0, MidpointRounding.ToZero); }
        public static decimal Floor(decimal d) { return RoundTo(d, 0, MidpointRounding.ToNegativeInfinity); }
        public static decimal Ceiling(decimal d) { return RoundTo(d, 0, MidpointRounding.ToPositiveInfinity); }
        public static decimal Round(decimal d) { return RoundTo(d, 0, MidpointRounding.ToEven); }
        public static decimal Round(decimal d, int decimals) { return Round(d, decimals, MidpointRounding.ToEven); }
        public static decimal Round(decimal d, MidpointRounding mode) { return Round(d, 0, mode); }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if (decimals < 0 || decimals > 28) throw new ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity) throw new ArgumentException("The value '" + (int)mode + "' is not valid for this usage of the type MidpointRounding.", "mode");
            return RoundTo(d, decimals, mode);
        }

        private static decimal RoundTo(decimal d, int decimals, MidpointRounding mode)
        {
            int scale = d.Scale;
            if (scale <= decimals) return d;
            DecCalc m = d.Mantissa();
            bool neg = d.HasSign;
            uint lastDigit = 0;
            bool beyond = false;
            // Drop digits from the right: lastDigit ends as the first dropped digit,
            // beyond says whether anything after it was non-zero.
            while (scale > decimals)
            {
                uint rem;
                m = m.DivSmall(10, out rem);
                if (lastDigit != 0) beyond = true;
                lastDigit = rem;
                scale--;
            }
            bool up;
            switch (mode)
            {
                case MidpointRounding.ToEven: up = lastDigit > 5 || (lastDigit == 5 && (beyond || (m.W0 & 1) != 0)); break;
                case MidpointRounding.AwayFromZero: up = lastDigit >= 5; break;
                case MidpointRounding.ToZero: up = false; break;
                case MidpointRounding.ToNegativeInfinity: up = neg && (lastDigit != 0 || beyond); break;
                default: up = !neg && (lastDigit != 0 || beyond); break;
            }
            if (up) m = m.AddSmall(1);
            return Make(m, scale, neg);
        }

        // ---- operators ----
        public static decimal operator +(decimal d1, decimal d2) { return Add(d1, d2); }
        public static decimal operator -(decimal d1, decimal d2) { return Subtract(d1, d2); }
        public static decimal operator *(decimal d1, decimal d2) { return Multiply(d1, d2); }
        public static decimal operator /(decimal d1, decimal d2) { return Divide(d1, d2); }
        public static decimal operator %(decimal d1, decimal d2) { return Remainder(d1, d2); }
        public static decimal operator -(decimal d) { return Negate(d); }
        public static decimal operator +(decimal d) { return d; }
        public static decimal operator ++(decimal d) { return Add(d, 1m); }
        public static decimal operator --(decimal d) { return Subtract(d, 1m); }
        public static bool operator ==(decimal d1, decimal d2) { return Compare(d1, d2) == 0; }
        public static bool operator !=(decimal d1, decimal d2) { return Compare(d1, d2) != 0; }
        public static bool operator <(decimal d1, decimal d2) { return Compare(d1, d2) < 0; }
        public static bool operator <=(decimal d1, decimal d2) { return Compare(d1, d2) <= 0; }
        public static bool operator >(decimal d1, decimal d2) { return Compare(d1, d2) > 0; }
        public static bool operator >=(decimal d1, decimal d2) { return Compare(d1, d2) >= 0; }

        public static implicit operator decimal(byte value) { return new decimal((uint)value); }
        public static implicit operator decimal(sbyte value) { return new decimal((int)value); }
        public static implicit operator decimal(short value) { return new decimal((int)value); }
        public static implicit operator decimal(ushort value) { return new decimal((uint)value); }
        public static implicit operator decimal(char value) { return new decimal((uint)value); }
        public static implicit operator decimal(int value) { return new decimal(value); }
        public static implicit operator decimal(uint value) { return new decimal(value); }
        public static implicit operator decimal(long value) { return new decimal(value); }
        public static implicit operator decimal(ulong value) { return new decimal(value); }
        public static explicit operator decimal(float value) { return new decimal(value); }
        public static explicit operator decimal(double value) { return new decimal(value); }

        public static explicit operator byte(decimal value) { return ToByte(value); }
        public static explicit operator sbyte(decimal value) { return ToSByte(value); }
        public static explicit operator char(decimal value) { return (char)ToUInt16(value); }
        public static explicit operator short(decimal value) { return ToInt16(value); }
        public static explicit operator ushort(decimal value) { return ToUInt16(value); }
        public static explicit operator int(decimal value) { return ToInt32(value); }
        public static explicit operator uint(decimal value) { return ToUInt32(value); }
        public static explicit operator long(decimal value) { return ToInt64(value); }
        public static explicit operator ulong(decimal value) { return ToUInt64(value); }
        public static explicit operator float(decimal value) { return ToSingle(value); }
        public static explicit operator double(decimal value) { return ToDouble(value); }

        private static Exception Overflow(string type) { return new OverflowException("Value was either too large or too small for " + type + "."); }

        public static long ToInt64(decimal d)
        {
            decimal t = Truncate(d);
            DecCalc m = t.Mantissa();
            if (m.W2 != 0) throw Overflow("an Int64");
            ulong v = ((ulong)m.W1 << 32) | m.W0;
            if (t.HasSign)
            {
                if (v > 0x8000000000000000UL) throw Overflow("an Int64");
                return (long)(0 - v);
            }
            if (v > long.MaxValue) throw Overflow("an Int64");
            return (long)v;
        }

        public static ulong ToUInt64(decimal d)
        {
            decimal t = Truncate(d);
            DecCalc m = t.Mantissa();
            if (m.W2 != 0 || (t.HasSign && !m.IsZero)) throw Overflow("a UInt64");
            return ((ulong)m.W1 << 32) | m.W0;
        }

        public static int ToInt32(decimal d)
        {
            long v;
            try { v = ToInt64(d); } catch (OverflowException) { throw Overflow("an Int32"); }
            if (v < int.MinValue || v > int.MaxValue) throw Overflow("an Int32");
            return (int)v;
        }

        public static uint ToUInt32(decimal d)
        {
            long v;
            try { v = ToInt64(d); } catch (OverflowException) { throw Overflow("a UInt32"); }
            if (v < 0 || v > uint.MaxValue) throw Overflow("a UInt32");
            return (uint)v;
        }

        public static short ToInt16(decimal d)
        {
            int v;
            try { v = ToInt32(d); } catch (OverflowException) { throw Overflow("an Int16"); }
            if (v < short.MinValue || v > short.MaxValue) throw Overflow("an Int16");
            return (short)v;
        }

        public static ushort ToUInt16(decimal d)
        {
            int v;
            try { v = ToInt32(d); } catch (OverflowException) { throw Overflow("a UInt16"); }
            if (v < 0 || v > ushort.MaxValue) throw Overflow("a UInt16");
            return (ushort)v;
        }

        public static byte ToByte(decimal d)
        {
            int v;
            try { v = ToInt32(d); } catch (OverflowException) { throw Overflow("an unsigned byte"); }
            if (v < 0 || v > 255) throw Overflow("an unsigned byte");
            return (byte)v;
        }

        public static sbyte ToSByte(decimal d)
        {
            int v;
            try { v = ToInt32(d); } catch (OverflowException) { throw Overflow("a signed byte"); }
            if (v < -128 || v > 127) throw Overflow("a signed byte");
            return (sbyte)v;
        }

        public static double ToDouble(decimal d)
        {
            double v = Number.DigitsToDouble(ToDigitsForm(d), false);
            return d.HasSign ? -v : v;
        }

        private static string ToDigitsForm(decimal d)
        {
            string digits = d.Mantissa().ToDecimalString();
            if (digits == "0") return "e0";
            return digits + "e" + (digits.Length - d.Scale).ToString();
        }

        public static float ToSingle(decimal d)
        {
            double v = Number.DigitsToDouble(ToDigitsForm(d), true);
            return (float)(d.HasSign ? -v : v);
        }

        public static decimal FromOACurrency(long cy) { return new decimal(cy) / 10000m; }

        // ---- formatting and parsing ----
        internal NumberBuffer ToNumberBuffer()
        {
            NumberBuffer nb = new NumberBuffer();
            nb.Kind = NumberBuffer.KindDecimal;
            nb.Negative = HasSign;
            string digits = IsZero ? "" : Mantissa().ToDecimalString();
            nb.Digits = new char[digits.Length + 1];
            for (int i = 0; i < digits.Length; i++) nb.Digits[i] = digits[i];
            nb.Count = digits.Length;
            nb.Scale = digits.Length - Scale;
            return nb;
        }

        public override string ToString() { return ToString(null, null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString(null, provider); }

        public string ToString(string format, IFormatProvider provider)
        {
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            char fmt; int precision;
            NumberBuffer nb = ToNumberBuffer();
            if (Number.ParseStandard(format, out fmt, out precision))
            {
                if (fmt == 'D' || fmt == 'd' || fmt == 'X' || fmt == 'x' || fmt == 'R' || fmt == 'r') throw new FormatException("Format specifier was invalid.");
                return Number.NumberToString(nb, fmt, precision, nfi, false);
            }
            return Number.NumberToStringFormat(nb, format, nfi);
        }

        public static decimal Parse(string s) { return Parse(s, NumberStyles.Number, null); }
        public static decimal Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static decimal Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Number, provider); }

        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            decimal r;
            int st = TryParseCore(s, style, provider, out r);
            if (st == Number.ParseOverflow) throw new OverflowException("Value was either too large or too small for a Decimal.");
            if (st != Number.ParseOk) throw Number.InvalidInput(s);
            return r;
        }

        public static bool TryParse(string s, out decimal result) { return TryParse(s, NumberStyles.Number, null, out result); }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            result = 0m;
            if (s == null) return false;
            return TryParseCore(s, style, provider, out result) == Number.ParseOk;
        }

        private static int TryParseCore(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            result = 0m;
            NumberBuffer nb;
            if (!Number.ParseNumber(s, style, NumberFormatInfo.GetInstance(provider), true, out nb)) return Number.ParseFormat;
            // "0.00" keeps its scale, as .NET's decimal does
            if (nb.Count == 0) { result = Make(new DecCalc(), Math.Max(0, Math.Min(28, nb.FracDigits)), false); return Number.ParseOk; }
            if (nb.Scale > 29) return Number.ParseOverflow;
            // value = 0.digits * 10^Scale = digits * 10^(Scale - Count)
            DecCalc m = new DecCalc();
            int used = 0;
            int intDigits = nb.Scale;
            // take up to 29 significant digits while the scale stays <= 28
            while (used < nb.Count)
            {
                int scaleIfTaken = (used + 1) - intDigits;
                if (scaleIfTaken > 28) break;
                DecCalc next = m.MulSmall(10).AddSmall((uint)(nb.Digits[used] - '0'));
                if (!next.Fits96()) break;
                m = next;
                used++;
            }
            // An integer digit that does not fit: the integer part alone exceeds 96 bits.
            if (used < nb.Count && used < intDigits) return Number.ParseOverflow;
            int scale = used - intDigits;
            if (scale < 0)
            {
                m = m.MulPow10(-scale);
                scale = 0;
                if (!m.Fits96()) return Number.ParseOverflow;
            }
            if (used < nb.Count)
            {
                char next = nb.Digits[used];
                bool sticky = false;
                for (int k = used + 1; k < nb.Count; k++) if (nb.Digits[k] != '0') { sticky = true; break; }
                if (next > '5' || (next == '5' && (sticky || (m.W0 & 1) != 0)))
                {
                    m = m.AddSmall(1);
                    if (!m.Fits96()) return Number.ParseOverflow;
                }
            }
            // trailing zeros written after the point are significant in a decimal ("1.50" has scale 2)
            if (used == nb.Count)
            {
                int want = Math.Min(28, nb.FracDigits);
                while (scale < want)
                {
                    DecCalc next = m.MulSmall(10);
                    if (!next.Fits96()) break;
                    m = next;
                    scale++;
                }
            }
            result = Make(m, scale, nb.Negative);
            return Number.ParseOk;
        }

        // ---- object members ----
        public override bool Equals(object value) { return value is decimal && Compare(this, (decimal)value) == 0; }
        public bool Equals(decimal value) { return Compare(this, value) == 0; }
        public static bool Equals(decimal d1, decimal d2) { return Compare(d1, d2) == 0; }

        public override int GetHashCode()
        {
            // Equal values must hash equally whatever their scale: hash the normalized form.
            DecCalc m = Mantissa();
            int scale = Scale;
            while (scale > 0)
            {
                uint rem;
                DecCalc q = m.DivSmall(10, out rem);
                if (rem != 0) break;
                m = q;
                scale--;
            }
            if (m.IsZero) return 0;
            return (int)(m.W0 ^ m.W1 ^ m.W2) ^ (scale << 16) ^ (HasSign ? SignMask : 0);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is decimal)) throw new ArgumentException("Object must be of type Decimal.");
            return Compare(this, (decimal)value);
        }

        public int CompareTo(decimal value) { return Compare(this, value); }

        public TypeCode GetTypeCode() { return TypeCode.Decimal; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return !IsZero; }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Decimal' to 'Char'."); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(this); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(this); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(this); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(this); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(this); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(this); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(this); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(this); }
        float IConvertible.ToSingle(IFormatProvider provider) { return ToSingle(this); }
        double IConvertible.ToDouble(IFormatProvider provider) { return ToDouble(this); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return this; }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Decimal' to 'DateTime'."); }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }

    // A 256-bit unsigned integer (eight 32-bit words, W0 least significant),
    // wide enough for a 96x96-bit product and for scaling before division.
    internal struct DecCalc
    {
        internal uint W0, W1, W2, W3, W4, W5, W6, W7;

        private uint Get(int i)
        {
            switch (i)
            {
                case 0: return W0; case 1: return W1; case 2: return W2; case 3: return W3;
                case 4: return W4; case 5: return W5; case 6: return W6; default: return W7;
            }
        }

        private void Set(int i, uint v)
        {
            switch (i)
            {
                case 0: W0 = v; break; case 1: W1 = v; break; case 2: W2 = v; break; case 3: W3 = v; break;
                case 4: W4 = v; break; case 5: W5 = v; break; case 6: W6 = v; break; default: W7 = v; break;
            }
        }

        internal bool IsZero { get { return (W0 | W1 | W2 | W3 | W4 | W5 | W6 | W7) == 0; } }
        internal bool Fits96() { return (W3 | W4 | W5 | W6 | W7) == 0; }

        internal DecCalc MulSmall(uint m)
        {
            DecCalc r = new DecCalc();
            ulong carry = 0;
            for (int i = 0; i < 8; i++)
            {
                ulong p = (ulong)Get(i) * m + carry;
                r.Set(i, (uint)p);
                carry = p >> 32;
            }
            if (carry != 0) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return r;
        }

        internal DecCalc MulPow10(int n)
        {
            DecCalc r = this;
            for (int i = 0; i < n; i++) r = r.MulSmall(10);
            return r;
        }

        internal DecCalc AddSmall(uint a)
        {
            DecCalc r = this;
            ulong carry = a;
            for (int i = 0; i < 8 && carry != 0; i++)
            {
                ulong s = (ulong)r.Get(i) + carry;
                r.Set(i, (uint)s);
                carry = s >> 32;
            }
            return r;
        }

        internal DecCalc Add(DecCalc b)
        {
            DecCalc r = new DecCalc();
            ulong carry = 0;
            for (int i = 0; i < 8; i++)
            {
                ulong s = (ulong)Get(i) + b.Get(i) + carry;
                r.Set(i, (uint)s);
                carry = s >> 32;
            }
            return r;
        }

        internal DecCalc Sub(DecCalc b)
        {
            DecCalc r = new DecCalc();
            long borrow = 0;
            for (int i = 0; i < 8; i++)
            {
                long d = (long)Get(i) - b.Get(i) - borrow;
                borrow = d < 0 ? 1 : 0;
                r.Set(i, (uint)d);
            }
            return r;
        }

        internal DecCalc Mul(DecCalc b)
        {
            DecCalc r = new DecCalc();
            for (int i = 0; i < 4; i++)
            {
                ulong carry = 0;
                uint a = Get(i);
                if (a == 0) continue;
                for (int j = 0; j + i < 8; j++)
                {
                    ulong p = (ulong)a * b.Get(j) + r.Get(i + j) + carry;
                    r.Set(i + j, (uint)p);
                    carry = p >> 32;
                }
            }
            return r;
        }

        internal int CompareTo(DecCalc b)
        {
            for (int i = 7; i >= 0; i--)
            {
                uint x = Get(i), y = b.Get(i);
                if (x != y) return x < y ? -1 : 1;
            }
            return 0;
        }

        internal DecCalc DivSmall(uint d, out uint rem)
        {
            DecCalc q = new DecCalc();
            ulong r = 0;
            for (int i = 7; i >= 0; i--)
            {
                ulong cur = (r << 32) | Get(i);
                q.Set(i, (uint)(cur / d));
                r = cur % d;
            }
            rem = (uint)r;
            return q;
        }

        // Like DivSmall, and also reports whether digits below were already lost (always false here;
        // kept for the rounding logic's shape).
        internal DecCalc DivSmallSticky(uint d, out uint rem, out bool sticky)
        {
            sticky = false;
            return DivSmall(d, out rem);
        }

        private int BitLength()
        {
            for (int i = 7; i >= 0; i--)
            {
                uint w = Get(i);
                if (w != 0)
                {
                    int n = 0;
                    while (w != 0) { n++; w >>= 1; }
                    return i * 32 + n;
                }
            }
            return 0;
        }

        private DecCalc Shl1()
        {
            DecCalc r = new DecCalc();
            uint carry = 0;
            for (int i = 0; i < 8; i++)
            {
                uint w = Get(i);
                r.Set(i, (w << 1) | carry);
                carry = w >> 31;
            }
            return r;
        }

        private bool Bit(int n) { return ((Get(n >> 5) >> (n & 31)) & 1) != 0; }

        // Binary long division.
        internal DecCalc DivMod(DecCalc d, out DecCalc rem)
        {
            DecCalc q = new DecCalc();
            DecCalc r = new DecCalc();
            for (int n = BitLength() - 1; n >= 0; n--)
            {
                r = r.Shl1();
                if (Bit(n)) r.W0 |= 1;
                if (r.CompareTo(d) >= 0)
                {
                    r = r.Sub(d);
                    q.Set(n >> 5, q.Get(n >> 5) | (1u << (n & 31)));
                }
            }
            rem = r;
            return q;
        }

        internal string ToDecimalString()
        {
            if (IsZero) return "0";
            char[] buf = new char[80];
            int n = 0;
            DecCalc v = this;
            while (!v.IsZero)
            {
                uint rem;
                v = v.DivSmall(10, out rem);
                buf[n++] = (char)('0' + rem);
            }
            char[] r = new char[n];
            for (int i = 0; i < n; i++) r[i] = buf[n - 1 - i];
            return new string(r);
        }
    }
}
