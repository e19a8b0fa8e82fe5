// System.Int128: a 128-bit signed integer, two's complement in two ulongs;
// the arithmetic goes through UInt128's core (same bits, signed checks).
using System.Globalization;
using System.Numerics;

namespace System
{
    [Serializable]
    public readonly partial struct Int128 : IComparable, IComparable<Int128>, IEquatable<Int128>, IFormattable,
        IBinaryInteger<Int128>, IMinMaxValue<Int128>, ISignedNumber<Int128>
    {
        internal readonly ulong _lower;
        internal readonly ulong _upper;

        public Int128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }

        public static Int128 MinValue => new Int128(0x8000000000000000UL, 0);
        public static Int128 MaxValue => new Int128(0x7FFFFFFFFFFFFFFFUL, ulong.MaxValue);
        public static Int128 Zero => new Int128(0, 0);
        public static Int128 One => new Int128(0, 1);
        public static Int128 NegativeOne => new Int128(ulong.MaxValue, ulong.MaxValue);
        static int INumberBase<Int128>.Radix => 2;
        static Int128 IAdditiveIdentity<Int128, Int128>.AdditiveIdentity => Zero;
        static Int128 IMultiplicativeIdentity<Int128, Int128>.MultiplicativeIdentity => One;

        private UInt128 Bits => new UInt128(_upper, _lower);
        private static Int128 From(UInt128 u) => new Int128(u._upper, u._lower);
        private bool Negative => (long)_upper < 0;
        private UInt128 Magnitude => Negative ? UInt128.Zero - Bits : Bits;
        private static OverflowException Overflow() => new OverflowException("Arithmetic operation resulted in an overflow.");

        // ---- operators ----
        public static Int128 operator +(Int128 left, Int128 right) => From(left.Bits + right.Bits);
        public static Int128 operator checked +(Int128 left, Int128 right)
        {
            Int128 r = left + right;
            if (left.Negative == right.Negative && r.Negative != left.Negative) throw Overflow();
            return r;
        }
        public static Int128 operator -(Int128 left, Int128 right) => From(left.Bits - right.Bits);
        public static Int128 operator checked -(Int128 left, Int128 right)
        {
            Int128 r = left - right;
            if (left.Negative != right.Negative && r.Negative != left.Negative) throw Overflow();
            return r;
        }
        public static Int128 operator *(Int128 left, Int128 right) => From(left.Bits * right.Bits);
        public static Int128 operator checked *(Int128 left, Int128 right)
        {
            bool o;
            UInt128 mag = UInt128.Mul(left.Magnitude, right.Magnitude, out o);
            bool neg = left.Negative != right.Negative;
            UInt128 limit = neg ? new UInt128(0x8000000000000000UL, 0) : new UInt128(0x7FFFFFFFFFFFFFFFUL, ulong.MaxValue);
            if (o || mag > limit) throw Overflow();
            return neg ? From(UInt128.Zero - mag) : From(mag);
        }
        public static Int128 operator /(Int128 left, Int128 right)
        {
            if (right == NegativeOne && left == MinValue) throw Overflow();
            UInt128 q = left.Magnitude / right.Magnitude;
            return left.Negative != right.Negative ? From(UInt128.Zero - q) : From(q);
        }
        public static Int128 operator %(Int128 left, Int128 right)
        {
            if (right == NegativeOne) return Zero;
            UInt128 r = left.Magnitude % right.Magnitude;
            return left.Negative ? From(UInt128.Zero - r) : From(r);
        }
        public static Int128 operator -(Int128 value) => Zero - value;
        public static Int128 operator checked -(Int128 value) => value == MinValue ? throw Overflow() : Zero - value;
        public static Int128 operator +(Int128 value) => value;
        public static Int128 operator ++(Int128 value) => value + One;
        public static Int128 operator checked ++(Int128 value) => checked(value + One);
        public static Int128 operator --(Int128 value) => value - One;
        public static Int128 operator checked --(Int128 value) => checked(value - One);
        public static Int128 operator &(Int128 left, Int128 right) => From(left.Bits & right.Bits);
        public static Int128 operator |(Int128 left, Int128 right) => From(left.Bits | right.Bits);
        public static Int128 operator ^(Int128 left, Int128 right) => From(left.Bits ^ right.Bits);
        public static Int128 operator ~(Int128 value) => From(~value.Bits);
        public static Int128 operator <<(Int128 value, int shiftAmount) => From(value.Bits << shiftAmount);
        public static Int128 operator >>>(Int128 value, int shiftAmount) => From(value.Bits >>> shiftAmount);
        public static Int128 operator >>(Int128 value, int shiftAmount)
        {
            shiftAmount &= 127;
            if (!value.Negative || shiftAmount == 0) return From(value.Bits >>> shiftAmount);
            return From(~(~value.Bits >>> shiftAmount));
        }
        public static bool operator ==(Int128 left, Int128 right) => left._lower == right._lower && left._upper == right._upper;
        public static bool operator !=(Int128 left, Int128 right) => !(left == right);
        public static bool operator <(Int128 left, Int128 right) =>
            (long)left._upper < (long)right._upper || (left._upper == right._upper && left._lower < right._lower);
        public static bool operator <=(Int128 left, Int128 right) => !(right < left);
        public static bool operator >(Int128 left, Int128 right) => right < left;
        public static bool operator >=(Int128 left, Int128 right) => !(left < right);

        // ---- conversions ----
        public static implicit operator Int128(sbyte value) => (long)value;
        public static implicit operator Int128(short value) => (long)value;
        public static implicit operator Int128(int value) => (long)value;
        public static implicit operator Int128(long value) => new Int128(value < 0 ? ulong.MaxValue : 0, (ulong)value);
        public static implicit operator Int128(nint value) => (long)value;
        public static implicit operator Int128(byte value) => new Int128(0, value);
        public static implicit operator Int128(char value) => new Int128(0, value);
        public static implicit operator Int128(ushort value) => new Int128(0, value);
        public static implicit operator Int128(uint value) => new Int128(0, value);
        public static implicit operator Int128(ulong value) => new Int128(0, value);
        public static implicit operator Int128(nuint value) => new Int128(0, value);
        public static explicit operator Int128(double value)
        {
            if (double.IsNaN(value)) return Zero;
            if (value <= -170141183460469231731687303715884105728.0) return MinValue;
            if (value >= 170141183460469231731687303715884105728.0) return MaxValue;
            return value < 0 ? -From((UInt128)(-value)) : From((UInt128)value);
        }
        public static explicit operator checked Int128(double value)
        {
            if (!(value > -170141183460469231731687303715884105729.0) || value >= 170141183460469231731687303715884105728.0) throw Overflow();
            return (Int128)value;
        }
        public static explicit operator Int128(float value) => (Int128)(double)value;
        public static explicit operator checked Int128(float value) => checked((Int128)(double)value);
        public static explicit operator Int128(decimal value)
        {
            value = decimal.Truncate(value);
            return value < 0 ? -From((UInt128)(-value)) : From((UInt128)value);
        }
        public static explicit operator byte(Int128 value) => (byte)value._lower;
        public static explicit operator sbyte(Int128 value) => (sbyte)value._lower;
        public static explicit operator char(Int128 value) => (char)value._lower;
        public static explicit operator short(Int128 value) => (short)value._lower;
        public static explicit operator ushort(Int128 value) => (ushort)value._lower;
        public static explicit operator int(Int128 value) => (int)value._lower;
        public static explicit operator uint(Int128 value) => (uint)value._lower;
        public static explicit operator long(Int128 value) => (long)value._lower;
        public static explicit operator ulong(Int128 value) => value._lower;
        public static explicit operator nint(Int128 value) => (nint)value._lower;
        public static explicit operator nuint(Int128 value) => (nuint)value._lower;
        private long CheckedInt64()
        {
            if (!(value_fits_long(this))) throw Overflow();
            return (long)_lower;
        }
        private static bool value_fits_long(Int128 v) => v._upper == ((long)v._lower < 0 ? ulong.MaxValue : 0UL);
        public static explicit operator checked byte(Int128 value) => checked((byte)value.CheckedInt64());
        public static explicit operator checked sbyte(Int128 value) => checked((sbyte)value.CheckedInt64());
        public static explicit operator checked char(Int128 value) => checked((char)value.CheckedInt64());
        public static explicit operator checked short(Int128 value) => checked((short)value.CheckedInt64());
        public static explicit operator checked ushort(Int128 value) => checked((ushort)value.CheckedInt64());
        public static explicit operator checked int(Int128 value) => checked((int)value.CheckedInt64());
        public static explicit operator checked uint(Int128 value) => checked((uint)value.CheckedInt64());
        public static explicit operator checked long(Int128 value) => value.CheckedInt64();
        public static explicit operator checked ulong(Int128 value) => value._upper != 0 ? throw Overflow() : value._lower;
        public static explicit operator checked nint(Int128 value) => checked((nint)value.CheckedInt64());
        public static explicit operator checked nuint(Int128 value) => value._upper != 0 ? throw Overflow() : checked((nuint)value._lower);
        public static explicit operator double(Int128 value) => value.Negative ? -(double)value.Magnitude : (double)value.Magnitude;
        public static explicit operator float(Int128 value) => (float)(double)value;
        public static explicit operator decimal(Int128 value) => value.Negative ? -(decimal)value.Magnitude : (decimal)value.Magnitude;
        public static explicit operator UInt128(Int128 value) => value.Bits;
        public static explicit operator checked UInt128(Int128 value) => value.Negative ? throw Overflow() : value.Bits;

        // ---- object members, parsing, formatting ----
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Int128)) throw new ArgumentException("Object must be of type Int128.");
            return CompareTo((Int128)value);
        }
        public int CompareTo(Int128 value) => this < value ? -1 : this > value ? 1 : 0;
        public override bool Equals(object obj) => obj is Int128 && this == (Int128)obj;
        public bool Equals(Int128 other) => this == other;
        public override int GetHashCode() => (_lower ^ _upper).GetHashCode();
        public override string ToString() => UInt128.Format(Magnitude, Negative, Bits, null, null);
        public string ToString(string format) => UInt128.Format(Magnitude, Negative, Bits, format, null);
        public string ToString(IFormatProvider provider) => UInt128.Format(Magnitude, Negative, Bits, null, provider);
        public string ToString(string format, IFormatProvider provider) => UInt128.Format(Magnitude, Negative, Bits, format, provider);

        public static Int128 Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static Int128 Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static Int128 Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static Int128 Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            Int128 r;
            int st = TryParseCore(s, style, provider, out r);
            if (st != Number.ParseOk) Number.ThrowParseError(st, "Int128", s);
            return r;
        }
        public static bool TryParse(string s, out Int128 result) => TryParse(s, NumberStyles.Integer, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out Int128 result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out Int128 result)
        {
            result = Zero;
            return s != null && TryParseCore(s, style, provider, out result) == Number.ParseOk;
        }
        private static int TryParseCore(string s, NumberStyles style, IFormatProvider provider, out Int128 result)
        {
            result = Zero;
            UInt128 mag; bool neg;
            int st = UInt128.ParseMagnitude(s, style, provider, out mag, out neg);
            if (st != Number.ParseOk) return st;
            if ((style & NumberStyles.AllowHexSpecifier) != 0) { result = From(mag); return st; }
            UInt128 limit = neg ? new UInt128(0x8000000000000000UL, 0) : new UInt128(0x7FFFFFFFFFFFFFFFUL, ulong.MaxValue);
            if (mag > limit) return Number.ParseOverflow;
            result = neg ? From(UInt128.Zero - mag) : From(mag);
            return st;
        }

        // ---- generic math ----
        public static Int128 Abs(Int128 value) => value.Negative ? checked(-value) : value;
        public static bool IsNegative(Int128 value) => value.Negative;
        public static bool IsPositive(Int128 value) => !value.Negative;
        public static Int128 Clamp(Int128 value, Int128 min, Int128 max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static Int128 CopySign(Int128 value, Int128 sign)
        {
            Int128 a = Abs(value);
            return sign.Negative ? -a : a;
        }
        public static Int128 Max(Int128 x, Int128 y) => x >= y ? x : y;
        public static Int128 Min(Int128 x, Int128 y) => x <= y ? x : y;
        public static int Sign(Int128 value) => value.Negative ? -1 : value == Zero ? 0 : 1;
        public static (Int128 Quotient, Int128 Remainder) DivRem(Int128 left, Int128 right)
        {
            Int128 q = left / right;
            return (q, left - q * right);
        }
        public static Int128 LeadingZeroCount(Int128 value) => From(UInt128.LeadingZeroCount(value.Bits));
        public static Int128 TrailingZeroCount(Int128 value) => From(UInt128.TrailingZeroCount(value.Bits));
        public static Int128 PopCount(Int128 value) => From(UInt128.PopCount(value.Bits));
        public static Int128 RotateLeft(Int128 value, int rotateAmount) => From(UInt128.RotateLeft(value.Bits, rotateAmount));
        public static Int128 RotateRight(Int128 value, int rotateAmount) => From(UInt128.RotateRight(value.Bits, rotateAmount));
        public static bool IsPow2(Int128 value) => !value.Negative && UInt128.IsPow2(value.Bits);
        public static Int128 Log2(Int128 value)
        {
            if (value.Negative) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            return From(UInt128.Log2(value.Bits));
        }
        public static bool IsEvenInteger(Int128 value) => (value._lower & 1) == 0;
        public static bool IsOddInteger(Int128 value) => (value._lower & 1) != 0;
        static bool INumberBase<Int128>.IsCanonical(Int128 value) => true;
        static bool INumberBase<Int128>.IsComplexNumber(Int128 value) => false;
        static bool INumberBase<Int128>.IsFinite(Int128 value) => true;
        static bool INumberBase<Int128>.IsImaginaryNumber(Int128 value) => false;
        static bool INumberBase<Int128>.IsInfinity(Int128 value) => false;
        static bool INumberBase<Int128>.IsInteger(Int128 value) => true;
        static bool INumberBase<Int128>.IsNaN(Int128 value) => false;
        static bool INumberBase<Int128>.IsNegativeInfinity(Int128 value) => false;
        static bool INumberBase<Int128>.IsNormal(Int128 value) => value != Zero;
        static bool INumberBase<Int128>.IsPositiveInfinity(Int128 value) => false;
        static bool INumberBase<Int128>.IsRealNumber(Int128 value) => true;
        static bool INumberBase<Int128>.IsSubnormal(Int128 value) => false;
        static bool INumberBase<Int128>.IsZero(Int128 value) => value == Zero;
        public static Int128 MaxMagnitude(Int128 x, Int128 y)
        {
            Int128 ax = x.Negative ? -x : x, ay = y.Negative ? -y : y;   // MinValue stays negative: the largest magnitude
            if (ax.Negative) return x;
            if (ay.Negative) return y;
            return ax > ay ? x : ax < ay ? y : (x.Negative ? y : x);
        }
        static Int128 INumberBase<Int128>.MaxMagnitudeNumber(Int128 x, Int128 y) => MaxMagnitude(x, y);
        public static Int128 MinMagnitude(Int128 x, Int128 y)
        {
            Int128 ax = x.Negative ? -x : x, ay = y.Negative ? -y : y;
            if (ax.Negative) return y;
            if (ay.Negative) return x;
            return ax < ay ? x : ax > ay ? y : (x.Negative ? x : y);
        }
        static Int128 INumberBase<Int128>.MinMagnitudeNumber(Int128 x, Int128 y) => MinMagnitude(x, y);
        int IBinaryInteger<Int128>.GetByteCount() => 16;
        int IBinaryInteger<Int128>.GetShortestBitLength()
        {
            UInt128 b = Negative ? ~Bits : Bits;
            return 129 - (int)(ulong)UInt128.LeadingZeroCount(b);
        }
        public static Int128 CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            Int128 result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Checked, out result) && !TOther.TryConvertToChecked(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static Int128 CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            Int128 result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Saturating, out result) && !TOther.TryConvertToSaturating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static Int128 CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            Int128 result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Truncating, out result) && !TOther.TryConvertToTruncating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<Int128>.TryConvertFromChecked<TOther>(TOther value, out Int128 result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<Int128>.TryConvertFromSaturating<TOther>(TOther value, out Int128 result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<Int128>.TryConvertFromTruncating<TOther>(TOther value, out Int128 result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
        static bool INumberBase<Int128>.TryConvertToChecked<TOther>(Int128 value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<Int128>.TryConvertToSaturating<TOther>(Int128 value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<Int128>.TryConvertToTruncating<TOther>(Int128 value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
    }
}
