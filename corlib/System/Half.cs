// System.Half: IEEE 754 binary16. Values convert to and from double with one
// round-to-nearest-even step; arithmetic runs in float and rounds back;
// ToString gives the shortest digits that convert back to the same Half.
using System.Globalization;
using System.Numerics;

namespace System
{
    [Serializable]
    public readonly partial struct Half : IComparable, IComparable<Half>, IEquatable<Half>, IFormattable,
        INumber<Half>, ISignedNumber<Half>, IMinMaxValue<Half>
    {
        internal readonly ushort _value;

        private Half(ushort bits) { _value = bits; }

        public static Half Epsilon => new Half(0x0001);
        public static Half MaxValue => new Half(0x7BFF);
        public static Half MinValue => new Half(0xFBFF);
        public static Half NaN => new Half(0xFE00);
        public static Half NegativeInfinity => new Half(0xFC00);
        public static Half PositiveInfinity => new Half(0x7C00);
        public static Half NegativeZero => new Half(0x8000);
        public static Half Zero => new Half(0);
        public static Half One => new Half(0x3C00);
        public static Half NegativeOne => new Half(0xBC00);
        public static Half E => (Half)Math.E;
        public static Half Pi => (Half)Math.PI;
        public static Half Tau => (Half)(2 * Math.PI);
        static int INumberBase<Half>.Radix => 2;
        static Half IAdditiveIdentity<Half, Half>.AdditiveIdentity => Zero;
        static Half IMultiplicativeIdentity<Half, Half>.MultiplicativeIdentity => One;

        // ---- conversions ----
        private static Half FromDouble(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            ushort sign = (ushort)((ulong)bits >> 48 & 0x8000);
            int exp = (int)((bits >> 52) & 0x7FF);
            ulong mant = (ulong)bits & 0xFFFFFFFFFFFFFUL;
            if (exp == 0x7FF) return new Half((ushort)(sign | 0x7C00 | (mant != 0 ? 0x200 | (int)(mant >> 42) : 0)));
            int e = exp - 1023 + 15;
            if (e >= 31) return new Half((ushort)(sign | 0x7C00));
            if (e <= 0)
            {
                if (exp == 0 || e < -10) return new Half(sign);
                return new Half((ushort)(sign | RoundShift(mant | (1UL << 52), 43 - e)));
            }
            ulong half = ((ulong)e << 10) | (mant >> 42);
            ulong rem = mant & ((1UL << 42) - 1), halfway = 1UL << 41;
            if (rem > halfway || (rem == halfway && (half & 1) != 0)) half++;   // a carry may reach infinity: correct
            return new Half((ushort)(sign | half));
        }

        private static ulong RoundShift(ulong v, int shift)
        {
            ulong r = v >> shift, rem = v & ((1UL << shift) - 1), halfway = 1UL << (shift - 1);
            if (rem > halfway || (rem == halfway && (r & 1) != 0)) r++;
            return r;
        }

        private static double ToDouble(Half h)
        {
            int sign = h._value >> 15, exp = (h._value >> 10) & 0x1F, mant = h._value & 0x3FF;
            double v;
            if (exp == 0x1F) v = mant != 0 ? double.NaN : double.PositiveInfinity;
            else if (exp == 0) v = mant * 5.9604644775390625E-08;   // mant * 2^-24
            else v = (1024 + mant) * BitConverter.Int64BitsToDouble((long)(exp - 25 + 1023) << 52);
            return sign != 0 ? -v : v;
        }

        public static explicit operator Half(double value) => FromDouble(value);
        public static explicit operator Half(float value) => FromDouble(value);
        public static explicit operator Half(decimal value) => FromDouble((double)value);
        public static explicit operator Half(int value) => FromDouble(value);
        public static explicit operator Half(long value) => FromDouble(value);
        public static explicit operator Half(short value) => FromDouble(value);
        public static explicit operator Half(uint value) => FromDouble(value);
        public static explicit operator Half(ulong value) => FromDouble(value);
        public static explicit operator Half(ushort value) => FromDouble(value);
        public static explicit operator Half(char value) => FromDouble(value);
        public static explicit operator Half(nint value) => FromDouble(value);
        public static explicit operator Half(nuint value) => FromDouble(value);
        public static implicit operator Half(byte value) => FromDouble(value);
        public static implicit operator Half(sbyte value) => FromDouble(value);
        public static explicit operator double(Half value) => ToDouble(value);
        public static explicit operator float(Half value) => (float)ToDouble(value);
        public static explicit operator decimal(Half value) => (decimal)ToDouble(value);
        public static explicit operator int(Half value) => (int)ToDouble(value);
        public static explicit operator long(Half value) => (long)ToDouble(value);
        public static explicit operator short(Half value) => (short)ToDouble(value);
        public static explicit operator byte(Half value) => (byte)ToDouble(value);
        public static explicit operator sbyte(Half value) => (sbyte)ToDouble(value);
        public static explicit operator uint(Half value) => (uint)ToDouble(value);
        public static explicit operator ulong(Half value) => (ulong)ToDouble(value);
        public static explicit operator ushort(Half value) => (ushort)ToDouble(value);
        public static explicit operator char(Half value) => (char)ToDouble(value);

        // ---- arithmetic (in float, rounded back) ----
        public static Half operator +(Half left, Half right) => (Half)((float)left + (float)right);
        public static Half operator -(Half left, Half right) => (Half)((float)left - (float)right);
        public static Half operator *(Half left, Half right) => (Half)((float)left * (float)right);
        public static Half operator /(Half left, Half right) => (Half)((float)left / (float)right);
        public static Half operator %(Half left, Half right) => (Half)((float)left % (float)right);
        public static Half operator -(Half value) => new Half((ushort)(value._value ^ 0x8000));
        public static Half operator +(Half value) => value;
        public static Half operator ++(Half value) => (Half)((float)value + 1f);
        public static Half operator --(Half value) => (Half)((float)value - 1f);
        public static bool operator ==(Half left, Half right) => (float)left == (float)right;
        public static bool operator !=(Half left, Half right) => (float)left != (float)right;
        public static bool operator <(Half left, Half right) => (float)left < (float)right;
        public static bool operator <=(Half left, Half right) => (float)left <= (float)right;
        public static bool operator >(Half left, Half right) => (float)left > (float)right;
        public static bool operator >=(Half left, Half right) => (float)left >= (float)right;

        // ---- classification ----
        public static bool IsNaN(Half value) => (value._value & 0x7FFF) > 0x7C00;
        public static bool IsInfinity(Half value) => (value._value & 0x7FFF) == 0x7C00;
        public static bool IsPositiveInfinity(Half value) => value._value == 0x7C00;
        public static bool IsNegativeInfinity(Half value) => value._value == 0xFC00;
        public static bool IsFinite(Half value) => (value._value & 0x7FFF) < 0x7C00;
        public static bool IsNegative(Half value) => (value._value & 0x8000) != 0;
        public static bool IsPositive(Half value) => (value._value & 0x8000) == 0;
        public static bool IsNormal(Half value) { int e = value._value & 0x7C00; return e != 0 && e != 0x7C00; }
        public static bool IsSubnormal(Half value) => (value._value & 0x7C00) == 0 && (value._value & 0x3FF) != 0;
        public static bool IsZero(Half value) => (value._value & 0x7FFF) == 0;
        public static bool IsInteger(Half value) => IsFinite(value) && ToDouble(value) == Math.Truncate(ToDouble(value));
        public static bool IsEvenInteger(Half value) => IsInteger(value) && ToDouble(value) % 2 == 0;
        public static bool IsOddInteger(Half value) => IsInteger(value) && Math.Abs(ToDouble(value) % 2) == 1;
        public static bool IsRealNumber(Half value) => !IsNaN(value);
        static bool INumberBase<Half>.IsCanonical(Half value) => true;
        static bool INumberBase<Half>.IsComplexNumber(Half value) => false;
        static bool INumberBase<Half>.IsImaginaryNumber(Half value) => false;

        public static Half Abs(Half value) => new Half((ushort)(value._value & 0x7FFF));
        public static Half Max(Half x, Half y) => (Half)Math.Max(ToDouble(x), ToDouble(y));
        public static Half Min(Half x, Half y) => (Half)Math.Min(ToDouble(x), ToDouble(y));
        public static Half MaxMagnitude(Half x, Half y) => (Half)Math.MaxMagnitude(ToDouble(x), ToDouble(y));
        public static Half MinMagnitude(Half x, Half y) => (Half)Math.MinMagnitude(ToDouble(x), ToDouble(y));
        public static Half MaxMagnitudeNumber(Half x, Half y) => IsNaN(x) ? y : IsNaN(y) ? x : MaxMagnitude(x, y);
        public static Half MinMagnitudeNumber(Half x, Half y) => IsNaN(x) ? y : IsNaN(y) ? x : MinMagnitude(x, y);
        public static Half Clamp(Half value, Half min, Half max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            return Min(Max(value, min), max);
        }
        public static int Sign(Half value) => Math.Sign(ToDouble(value));
        public static Half CopySign(Half value, Half sign) => new Half((ushort)((value._value & 0x7FFF) | (sign._value & 0x8000)));

        // ---- object members, text ----
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is Half)) throw new ArgumentException("Object must be of type Half.");
            return CompareTo((Half)obj);
        }
        public int CompareTo(Half other) => ToDouble(this).CompareTo(ToDouble(other));
        public override bool Equals(object obj) => obj is Half && Equals((Half)obj);
        public bool Equals(Half other) => this == other || (IsNaN(this) && IsNaN(other));
        public override int GetHashCode() => IsNaN(this) ? 0x7E00 : IsZero(this) ? 0 : _value;

        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);
        public string ToString(string format, IFormatProvider provider)
        {
            double d = ToDouble(this);
            if (!IsFinite(this) || !(format == null || format.Length == 0 || format == "R" || format == "r" || format == "G" || format == "g"))
                return d.ToString(format, provider);
            // the fewest significant digits that read back as this Half
            NumberFormatInfo nfi = NumberFormatInfo.GetInstance(provider);
            for (int p = 1; p <= 5; p++)
            {
                int scale;
                string digits = Number.DoubleToDigits(Math.Abs(d), false, 1, p, out scale);
                NumberBuffer nb = new NumberBuffer();
                nb.Kind = NumberBuffer.KindFloat;
                nb.Negative = IsNegative(this);
                nb.Digits = digits.ToCharArray();
                nb.Count = digits.Length;
                nb.Scale = digits.Length == 0 ? 0 : scale;
                string s = Number.NumberToString(nb, 'G', 5, nfi, true);
                if (p == 5 || (Half)double.Parse(s, NumberStyles.Float, nfi) == this) return s;
            }
            return d.ToString(provider);
        }

        public static Half Parse(string s) => (Half)double.Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);
        public static Half Parse(string s, NumberStyles style) => (Half)double.Parse(s, style, null);
        public static Half Parse(string s, IFormatProvider provider) => (Half)double.Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static Half Parse(string s, NumberStyles style, IFormatProvider provider) => (Half)double.Parse(s, style, provider);
        public static bool TryParse(string s, out Half result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result);
        public static bool TryParse(string s, IFormatProvider provider, out Half result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out Half result)
        {
            double d;
            bool ok = double.TryParse(s, style, provider, out d);
            result = ok ? (Half)d : Zero;
            return ok;
        }

        // ---- conversions for generic math ----
        public static Half CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            Half result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Checked, out result) && !TOther.TryConvertToChecked(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static Half CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            Half result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Saturating, out result) && !TOther.TryConvertToSaturating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static Half CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            Half result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Truncating, out result) && !TOther.TryConvertToTruncating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<Half>.TryConvertFromChecked<TOther>(TOther value, out Half result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<Half>.TryConvertFromSaturating<TOther>(TOther value, out Half result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<Half>.TryConvertFromTruncating<TOther>(TOther value, out Half result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
        static bool INumberBase<Half>.TryConvertToChecked<TOther>(Half value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<Half>.TryConvertToSaturating<TOther>(Half value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<Half>.TryConvertToTruncating<TOther>(Half value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
    }
}
