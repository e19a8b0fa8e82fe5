// System.UInt128: a 128-bit unsigned integer as two ulongs. The arithmetic
// core (multiply, shift-subtract division, decimal digits) also serves
// Int128, which stores the two's-complement bits the same way.
using System.Globalization;
using System.Numerics;

namespace System
{
    [Serializable]
    public readonly partial struct UInt128 : IComparable, IComparable<UInt128>, IEquatable<UInt128>, IFormattable,
        IBinaryInteger<UInt128>, IMinMaxValue<UInt128>, IUnsignedNumber<UInt128>
    {
        internal readonly ulong _lower;
        internal readonly ulong _upper;

        public UInt128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }

        public static UInt128 MinValue => new UInt128(0, 0);
        public static UInt128 MaxValue => new UInt128(ulong.MaxValue, ulong.MaxValue);
        public static UInt128 Zero => new UInt128(0, 0);
        public static UInt128 One => new UInt128(0, 1);
        static int INumberBase<UInt128>.Radix => 2;
        static UInt128 IAdditiveIdentity<UInt128, UInt128>.AdditiveIdentity => Zero;
        static UInt128 IMultiplicativeIdentity<UInt128, UInt128>.MultiplicativeIdentity => One;

        // ---- core arithmetic ----
        internal static UInt128 Add(UInt128 a, UInt128 b, out bool carry)
        {
            ulong lo = a._lower + b._lower;
            ulong c = lo < a._lower ? 1UL : 0UL;
            ulong hi = a._upper + b._upper;
            bool c1 = hi < a._upper;
            ulong hi2 = hi + c;
            carry = c1 || hi2 < hi;
            return new UInt128(hi2, lo);
        }

        internal static UInt128 Sub(UInt128 a, UInt128 b, out bool borrow)
        {
            ulong lo = a._lower - b._lower;
            ulong br = a._lower < b._lower ? 1UL : 0UL;
            ulong hi = a._upper - b._upper;
            bool b1 = a._upper < b._upper;
            ulong hi2 = hi - br;
            borrow = b1 || hi < br;
            return new UInt128(hi2, lo);
        }

        internal static ulong MulHigh(ulong a, ulong b, out ulong low)
        {
            ulong a0 = (uint)a, a1 = a >> 32, b0 = (uint)b, b1 = b >> 32;
            ulong p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
            ulong mid = (p00 >> 32) + (uint)p01 + (uint)p10;
            low = (mid << 32) | (uint)p00;
            return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
        }

        internal static UInt128 Mul(UInt128 a, UInt128 b, out bool overflow)
        {
            ulong lo;
            ulong hi = MulHigh(a._lower, b._lower, out lo);
            ulong cross1 = a._upper * b._lower, cross2 = a._lower * b._upper;
            overflow = (a._upper != 0 && b._upper != 0) || MulHigh(a._upper, b._lower, out _) != 0 ||
                       MulHigh(a._lower, b._upper, out _) != 0;
            ulong h = hi + cross1;
            if (h < hi) overflow = true;
            ulong h2 = h + cross2;
            if (h2 < h) overflow = true;
            return new UInt128(h2, lo);
        }

        internal static UInt128 DivRem(UInt128 a, UInt128 b, out UInt128 rem)
        {
            if (b._upper == 0 && b._lower == 0) throw new DivideByZeroException();
            if (a._upper == 0 && b._upper == 0) { rem = new UInt128(0, a._lower % b._lower); return new UInt128(0, a._lower / b._lower); }
            UInt128 q = Zero, r = Zero;
            for (int i = 127; i >= 0; i--)
            {
                r = r << 1;
                if (((a >>> i)._lower & 1) != 0) r = new UInt128(r._upper, r._lower | 1);
                if (r >= b)
                {
                    r = Sub(r, b, out _);
                    q = q | (One << i);
                }
            }
            rem = r;
            return q;
        }

        internal static int LeadingZeros(ulong x)
        {
            if (x == 0) return 64;
            int n = 0;
            while ((x & 0x8000000000000000UL) == 0) { x <<= 1; n++; }
            return n;
        }

        internal static int TrailingZeros(ulong x)
        {
            if (x == 0) return 64;
            int n = 0;
            while ((x & 1) == 0) { x >>= 1; n++; }
            return n;
        }

        internal static int PopCount64(ulong x)
        {
            int n = 0;
            while (x != 0) { x &= x - 1; n++; }
            return n;
        }

        // ---- decimal text ----
        internal static string ToDecimalDigits(UInt128 v)
        {
            if (v._upper == 0) return v._lower.ToString();
            UInt128 chunk = new UInt128(0, 10000000000000000000UL);
            string s = "";
            while (v._upper != 0)
            {
                UInt128 r;
                v = DivRem(v, chunk, out r);
                s = r._lower.ToString().PadLeft(19, '0') + s;
            }
            return v._lower.ToString() + s;
        }

        internal static string Format(UInt128 mag, bool negative, UInt128 bits, string format, IFormatProvider provider)
        {
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            char fmt; int precision;
            bool standard = Number.ParseStandard(format, out fmt, out precision);
            if (format == null || format.Length == 0 || (standard && (fmt == 'D' || fmt == 'd' || fmt == 'R' || fmt == 'r' ||
                ((fmt == 'G' || fmt == 'g') && precision <= 0))))
            {
                string s = ToDecimalDigits(mag);
                if (standard && precision > s.Length) s = s.PadLeft(precision, '0');
                return negative ? nfi.NegativeSign + s : s;
            }
            if (standard && (fmt == 'X' || fmt == 'x'))
            {
                string hex = bits._upper == 0 ? bits._lower.ToString(fmt.ToString())
                    : bits._upper.ToString(fmt.ToString()) + bits._lower.ToString(fmt + "16");
                return precision > hex.Length ? hex.PadLeft(precision, '0') : hex;
            }
            NumberBuffer nb = new NumberBuffer();
            nb.Kind = NumberBuffer.KindInteger;
            nb.Negative = negative;
            string d = mag == Zero ? "" : ToDecimalDigits(mag);
            nb.Digits = new char[d.Length + 1];
            for (int i = 0; i < d.Length; i++) nb.Digits[i] = d[i];
            nb.Count = d.Length;
            while (nb.Count > 0 && nb.Digits[nb.Count - 1] == '0') nb.Count--;
            nb.Scale = d.Length;
            return standard ? Number.NumberToString(nb, fmt, precision, nfi, false) : Number.NumberToStringFormat(nb, format, nfi);
        }

        /// <summary>Parses an integer (or hex digits) to a magnitude; status as Number's parsers.</summary>
        internal static int ParseMagnitude(string s, NumberStyles style, IFormatProvider provider, out UInt128 mag, out bool negative)
        {
            mag = Zero;
            negative = false;
            if (s == null) throw new ArgumentNullException("s");
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
            {
                string t = s.Trim();
                if (t.Length == 0 || t.Length > 32) return t.Length == 0 ? Number.ParseFormat : Number.ParseOverflow;
                for (int i = 0; i < t.Length; i++)
                {
                    int dgt = t[i] >= '0' && t[i] <= '9' ? t[i] - '0' : t[i] >= 'a' && t[i] <= 'f' ? t[i] - 'a' + 10 : t[i] >= 'A' && t[i] <= 'F' ? t[i] - 'A' + 10 : -1;
                    if (dgt < 0) return Number.ParseFormat;
                    mag = (mag << 4) | new UInt128(0, (ulong)dgt);
                }
                return Number.ParseOk;
            }
            NumberBuffer nb;
            if (!Number.ParseNumber(s, style, nfi, false, out nb)) return Number.ParseFormat;
            negative = nb.Negative;
            if (nb.Scale < nb.Count) return Number.ParseOverflow;   // fractional digits that are not zero
            UInt128 ten = new UInt128(0, 10);
            for (int i = 0; i < nb.Scale; i++)
            {
                bool o1, o2;
                mag = Mul(mag, ten, out o1);
                mag = Add(mag, new UInt128(0, (ulong)(nb.DigitAt(i) - '0')), out o2);
                if (o1 || o2) return Number.ParseOverflow;
            }
            if (mag == Zero) negative = false;
            return Number.ParseOk;
        }

        // ---- operators ----
        public static UInt128 operator +(UInt128 left, UInt128 right) => Add(left, right, out _);
        public static UInt128 operator checked +(UInt128 left, UInt128 right)
        {
            bool c; UInt128 r = Add(left, right, out c);
            if (c) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }
        public static UInt128 operator -(UInt128 left, UInt128 right) => Sub(left, right, out _);
        public static UInt128 operator checked -(UInt128 left, UInt128 right)
        {
            bool b; UInt128 r = Sub(left, right, out b);
            if (b) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }
        public static UInt128 operator *(UInt128 left, UInt128 right) => Mul(left, right, out _);
        public static UInt128 operator checked *(UInt128 left, UInt128 right)
        {
            bool o; UInt128 r = Mul(left, right, out o);
            if (o) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }
        public static UInt128 operator /(UInt128 left, UInt128 right) => DivRem(left, right, out _);
        public static UInt128 operator %(UInt128 left, UInt128 right) { UInt128 r; DivRem(left, right, out r); return r; }
        public static UInt128 operator -(UInt128 value) => Zero - value;
        public static UInt128 operator checked -(UInt128 value) => checked(Zero - value);
        public static UInt128 operator +(UInt128 value) => value;
        public static UInt128 operator ++(UInt128 value) => value + One;
        public static UInt128 operator checked ++(UInt128 value) => checked(value + One);
        public static UInt128 operator --(UInt128 value) => value - One;
        public static UInt128 operator checked --(UInt128 value) => checked(value - One);
        public static UInt128 operator &(UInt128 left, UInt128 right) => new UInt128(left._upper & right._upper, left._lower & right._lower);
        public static UInt128 operator |(UInt128 left, UInt128 right) => new UInt128(left._upper | right._upper, left._lower | right._lower);
        public static UInt128 operator ^(UInt128 left, UInt128 right) => new UInt128(left._upper ^ right._upper, left._lower ^ right._lower);
        public static UInt128 operator ~(UInt128 value) => new UInt128(~value._upper, ~value._lower);
        public static UInt128 operator <<(UInt128 value, int shiftAmount)
        {
            shiftAmount &= 127;
            if (shiftAmount == 0) return value;
            if (shiftAmount >= 64) return new UInt128(value._lower << (shiftAmount - 64), 0);
            return new UInt128((value._upper << shiftAmount) | (value._lower >> (64 - shiftAmount)), value._lower << shiftAmount);
        }
        public static UInt128 operator >>(UInt128 value, int shiftAmount) => value >>> shiftAmount;
        public static UInt128 operator >>>(UInt128 value, int shiftAmount)
        {
            shiftAmount &= 127;
            if (shiftAmount == 0) return value;
            if (shiftAmount >= 64) return new UInt128(0, value._upper >> (shiftAmount - 64));
            return new UInt128(value._upper >> shiftAmount, (value._lower >> shiftAmount) | (value._upper << (64 - shiftAmount)));
        }
        public static bool operator ==(UInt128 left, UInt128 right) => left._lower == right._lower && left._upper == right._upper;
        public static bool operator !=(UInt128 left, UInt128 right) => !(left == right);
        public static bool operator <(UInt128 left, UInt128 right) => left._upper < right._upper || (left._upper == right._upper && left._lower < right._lower);
        public static bool operator <=(UInt128 left, UInt128 right) => !(right < left);
        public static bool operator >(UInt128 left, UInt128 right) => right < left;
        public static bool operator >=(UInt128 left, UInt128 right) => !(left < right);

        // ---- conversions ----
        public static implicit operator UInt128(byte value) => new UInt128(0, value);
        public static implicit operator UInt128(char value) => new UInt128(0, value);
        public static implicit operator UInt128(ushort value) => new UInt128(0, value);
        public static implicit operator UInt128(uint value) => new UInt128(0, value);
        public static implicit operator UInt128(ulong value) => new UInt128(0, value);
        public static implicit operator UInt128(nuint value) => new UInt128(0, value);
        public static explicit operator UInt128(sbyte value) => (UInt128)(long)value;
        public static explicit operator UInt128(short value) => (UInt128)(long)value;
        public static explicit operator UInt128(int value) => (UInt128)(long)value;
        public static explicit operator UInt128(long value) => new UInt128(value < 0 ? ulong.MaxValue : 0, (ulong)value);
        public static explicit operator UInt128(nint value) => (UInt128)(long)value;
        public static explicit operator checked UInt128(sbyte value) => checked((UInt128)(long)value);
        public static explicit operator checked UInt128(short value) => checked((UInt128)(long)value);
        public static explicit operator checked UInt128(int value) => checked((UInt128)(long)value);
        public static explicit operator checked UInt128(long value)
        {
            if (value < 0) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return new UInt128(0, (ulong)value);
        }
        public static explicit operator checked UInt128(nint value) => checked((UInt128)(long)value);
        public static explicit operator UInt128(double value)
        {
            if (!(value >= 1.0)) return Zero;   // NaN and negatives saturate to zero
            if (value >= 340282366920938463463374607431768211455.0) return MaxValue;
            if (value < 18446744073709551616.0) return new UInt128(0, (ulong)value);
            long bits = BitConverter.DoubleToInt64Bits(value);
            int exp = (int)((bits >> 52) & 0x7FF) - 1075;
            UInt128 m = new UInt128(0, ((ulong)bits & 0xFFFFFFFFFFFFFUL) | 0x10000000000000UL);
            return m << exp;
        }
        public static explicit operator checked UInt128(double value)
        {
            if (!(value > -1.0) || value >= 340282366920938463463374607431768211456.0) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return (UInt128)value;
        }
        public static explicit operator UInt128(float value) => (UInt128)(double)value;
        public static explicit operator checked UInt128(float value) => checked((UInt128)(double)value);
        public static explicit operator UInt128(decimal value)
        {
            value = decimal.Truncate(value);
            if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt128.");
            return Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        public static explicit operator byte(UInt128 value) => (byte)value._lower;
        public static explicit operator sbyte(UInt128 value) => (sbyte)value._lower;
        public static explicit operator char(UInt128 value) => (char)value._lower;
        public static explicit operator short(UInt128 value) => (short)value._lower;
        public static explicit operator ushort(UInt128 value) => (ushort)value._lower;
        public static explicit operator int(UInt128 value) => (int)value._lower;
        public static explicit operator uint(UInt128 value) => (uint)value._lower;
        public static explicit operator long(UInt128 value) => (long)value._lower;
        public static explicit operator ulong(UInt128 value) => value._lower;
        public static explicit operator nint(UInt128 value) => (nint)value._lower;
        public static explicit operator nuint(UInt128 value) => (nuint)value._lower;
        public static explicit operator checked byte(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((byte)value._lower);
        public static explicit operator checked sbyte(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((sbyte)value._lower);
        public static explicit operator checked char(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((char)value._lower);
        public static explicit operator checked short(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((short)value._lower);
        public static explicit operator checked ushort(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((ushort)value._lower);
        public static explicit operator checked int(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((int)value._lower);
        public static explicit operator checked uint(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((uint)value._lower);
        public static explicit operator checked long(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((long)value._lower);
        public static explicit operator checked ulong(UInt128 value) => value._upper != 0 ? throw new OverflowException() : value._lower;
        public static explicit operator checked nint(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((nint)value._lower);
        public static explicit operator checked nuint(UInt128 value) => value._upper != 0 ? throw new OverflowException() : checked((nuint)value._lower);
        public static explicit operator double(UInt128 value) => (double)value._upper * 18446744073709551616.0 + (double)value._lower;
        public static explicit operator float(UInt128 value) => (float)(double)value;
        public static explicit operator decimal(UInt128 value)
        {
            if (value._upper >> 32 != 0) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return (decimal)value._upper * 18446744073709551616m + value._lower;
        }
        public static explicit operator Int128(UInt128 value) => new Int128(value._upper, value._lower);
        public static explicit operator checked Int128(UInt128 value)
        {
            if ((long)value._upper < 0) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return new Int128(value._upper, value._lower);
        }

        // ---- object members, parsing, formatting ----
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is UInt128)) throw new ArgumentException("Object must be of type UInt128.");
            return CompareTo((UInt128)value);
        }
        public int CompareTo(UInt128 value) => this < value ? -1 : this > value ? 1 : 0;
        public override bool Equals(object obj) => obj is UInt128 && this == (UInt128)obj;
        public bool Equals(UInt128 other) => this == other;
        public override int GetHashCode() => (_lower ^ _upper).GetHashCode();
        public override string ToString() => ToDecimalDigits(this);
        public string ToString(string format) => Format(this, false, this, format, null);
        public string ToString(IFormatProvider provider) => Format(this, false, this, null, provider);
        public string ToString(string format, IFormatProvider provider) => Format(this, false, this, format, provider);

        public static UInt128 Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static UInt128 Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static UInt128 Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static UInt128 Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            UInt128 mag; bool neg;
            int st = ParseMagnitude(s, style, provider, out mag, out neg);
            if (st == Number.ParseOk && neg) st = Number.ParseOverflow;
            if (st != Number.ParseOk) Number.ThrowParseError(st, "UInt128", s);
            return mag;
        }
        public static bool TryParse(string s, out UInt128 result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out UInt128 result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out UInt128 result)
        {
            result = Zero;
            if (s == null) return false;
            UInt128 mag; bool neg;
            if (ParseMagnitude(s, style, provider, out mag, out neg) != Number.ParseOk || neg) return false;
            result = mag;
            return true;
        }

        // ---- generic math ----
        public static UInt128 Abs(UInt128 value) => value;
        public static UInt128 Clamp(UInt128 value, UInt128 min, UInt128 max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static UInt128 Max(UInt128 x, UInt128 y) => x >= y ? x : y;
        public static UInt128 Min(UInt128 x, UInt128 y) => x <= y ? x : y;
        public static int Sign(UInt128 value) => value == Zero ? 0 : 1;
        public static (UInt128 Quotient, UInt128 Remainder) DivRem(UInt128 left, UInt128 right)
        {
            UInt128 r; UInt128 q = DivRem(left, right, out r);
            return (q, r);
        }
        public static UInt128 LeadingZeroCount(UInt128 value) => (uint)(value._upper != 0 ? LeadingZeros(value._upper) : 64 + LeadingZeros(value._lower));
        public static UInt128 TrailingZeroCount(UInt128 value) => (uint)(value._lower != 0 ? TrailingZeros(value._lower) : 64 + TrailingZeros(value._upper));
        public static UInt128 PopCount(UInt128 value) => (uint)(PopCount64(value._lower) + PopCount64(value._upper));
        public static UInt128 RotateLeft(UInt128 value, int rotateAmount) => (value << rotateAmount) | (value >>> (128 - rotateAmount));
        public static UInt128 RotateRight(UInt128 value, int rotateAmount) => (value >>> rotateAmount) | (value << (128 - rotateAmount));
        public static bool IsPow2(UInt128 value) => PopCount(value) == One;
        public static UInt128 Log2(UInt128 value) => value == Zero ? Zero : (uint)(127 - (int)(ulong)LeadingZeroCount(value));
        public static bool IsEvenInteger(UInt128 value) => (value._lower & 1) == 0;
        public static bool IsOddInteger(UInt128 value) => (value._lower & 1) != 0;
        static bool INumberBase<UInt128>.IsCanonical(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsComplexNumber(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsFinite(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsImaginaryNumber(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsInfinity(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsInteger(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsNaN(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsNegative(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsNegativeInfinity(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsNormal(UInt128 value) => value != Zero;
        static bool INumberBase<UInt128>.IsPositive(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsPositiveInfinity(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsRealNumber(UInt128 value) => true;
        static bool INumberBase<UInt128>.IsSubnormal(UInt128 value) => false;
        static bool INumberBase<UInt128>.IsZero(UInt128 value) => value == Zero;
        static UInt128 INumberBase<UInt128>.MaxMagnitude(UInt128 x, UInt128 y) => Max(x, y);
        static UInt128 INumberBase<UInt128>.MaxMagnitudeNumber(UInt128 x, UInt128 y) => Max(x, y);
        static UInt128 INumberBase<UInt128>.MinMagnitude(UInt128 x, UInt128 y) => Min(x, y);
        static UInt128 INumberBase<UInt128>.MinMagnitudeNumber(UInt128 x, UInt128 y) => Min(x, y);
        int IBinaryInteger<UInt128>.GetByteCount() => 16;
        int IBinaryInteger<UInt128>.GetShortestBitLength() => 128 - (int)(ulong)LeadingZeroCount(this);
        public static UInt128 CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            UInt128 result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Checked, out result) && !TOther.TryConvertToChecked(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static UInt128 CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            UInt128 result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Saturating, out result) && !TOther.TryConvertToSaturating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static UInt128 CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            UInt128 result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Truncating, out result) && !TOther.TryConvertToTruncating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<UInt128>.TryConvertFromChecked<TOther>(TOther value, out UInt128 result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<UInt128>.TryConvertFromSaturating<TOther>(TOther value, out UInt128 result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<UInt128>.TryConvertFromTruncating<TOther>(TOther value, out UInt128 result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
        static bool INumberBase<UInt128>.TryConvertToChecked<TOther>(UInt128 value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<UInt128>.TryConvertToSaturating<TOther>(UInt128 value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<UInt128>.TryConvertToTruncating<TOther>(UInt128 value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
    }
}
