// The generic math (System.Numerics) members of Decimal: its public
// operators implement the operator interfaces; the rest is here.
using System.Globalization;
using System.Numerics;

namespace System
{
    public partial struct Decimal : IFloatingPoint<decimal>, IMinMaxValue<decimal>
    {
        static decimal IMinMaxValue<decimal>.MinValue => MinValue;
        static decimal IMinMaxValue<decimal>.MaxValue => MaxValue;
        static decimal INumberBase<decimal>.One => One;
        static decimal INumberBase<decimal>.Zero => Zero;
        static int INumberBase<decimal>.Radix => 10;
        static decimal ISignedNumber<decimal>.NegativeOne => MinusOne;
        static decimal IAdditiveIdentity<decimal, decimal>.AdditiveIdentity => Zero;
        static decimal IMultiplicativeIdentity<decimal, decimal>.MultiplicativeIdentity => One;
        static decimal IFloatingPointConstants<decimal>.E => 2.7182818284590452353602874714m;
        static decimal IFloatingPointConstants<decimal>.Pi => 3.1415926535897932384626433833m;
        static decimal IFloatingPointConstants<decimal>.Tau => 6.2831853071795864769252867666m;

        public static decimal Clamp(decimal value, decimal min, decimal max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static decimal CopySign(decimal value, decimal sign) => IsNegative(value) == IsNegative(sign) ? value : Negate(value);
        public static decimal Max(decimal x, decimal y) => x >= y ? x : y;
        public static decimal Min(decimal x, decimal y) => x <= y ? x : y;
        static decimal INumber<decimal>.MaxNumber(decimal x, decimal y) => Max(x, y);
        static decimal INumber<decimal>.MinNumber(decimal x, decimal y) => Min(x, y);
        public static decimal MaxMagnitude(decimal x, decimal y)
        {
            decimal ax = Abs(x), ay = Abs(y);
            return ax > ay ? x : ax < ay ? y : (IsNegative(x) ? y : x);
        }
        public static decimal MinMagnitude(decimal x, decimal y)
        {
            decimal ax = Abs(x), ay = Abs(y);
            return ax < ay ? x : ax > ay ? y : (IsNegative(x) ? x : y);
        }
        static decimal INumberBase<decimal>.MaxMagnitudeNumber(decimal x, decimal y) => MaxMagnitude(x, y);
        static decimal INumberBase<decimal>.MinMagnitudeNumber(decimal x, decimal y) => MinMagnitude(x, y);
        public static int Sign(decimal d) => d < 0 ? -1 : d > 0 ? 1 : 0;
        public static bool IsNegative(decimal value) => (value._flags & SignMask) != 0;
        public static bool IsPositive(decimal value) => (value._flags & SignMask) == 0;
        public static bool IsInteger(decimal value) => value == Truncate(value);
        public static bool IsEvenInteger(decimal value) => IsInteger(value) && Remainder(value, 2) == 0;
        public static bool IsOddInteger(decimal value) => IsInteger(value) && Abs(Remainder(value, 2)) == 1;
        public static bool IsCanonical(decimal value) => true;
        static bool INumberBase<decimal>.IsComplexNumber(decimal value) => false;
        static bool INumberBase<decimal>.IsFinite(decimal value) => true;
        static bool INumberBase<decimal>.IsImaginaryNumber(decimal value) => false;
        static bool INumberBase<decimal>.IsInfinity(decimal value) => false;
        static bool INumberBase<decimal>.IsNaN(decimal value) => false;
        static bool INumberBase<decimal>.IsNegativeInfinity(decimal value) => false;
        static bool INumberBase<decimal>.IsNormal(decimal value) => value != 0;
        static bool INumberBase<decimal>.IsPositiveInfinity(decimal value) => false;
        static bool INumberBase<decimal>.IsRealNumber(decimal value) => true;
        static bool INumberBase<decimal>.IsSubnormal(decimal value) => false;
        static bool INumberBase<decimal>.IsZero(decimal value) => value == 0;

        int IFloatingPoint<decimal>.GetExponentByteCount() => 1;
        int IFloatingPoint<decimal>.GetExponentShortestBitLength()
        {
            int scale = (int)((_flags >> 16) & 0xFF);
            return 32 - BitOperations.LeadingZeroCount((uint)scale) + 1;
        }
        int IFloatingPoint<decimal>.GetSignificandBitLength() => 96;
        int IFloatingPoint<decimal>.GetSignificandByteCount() => 12;

        public static decimal CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            decimal result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Checked, out result) && !TOther.TryConvertToChecked(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static decimal CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            decimal result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Saturating, out result) && !TOther.TryConvertToSaturating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static decimal CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            decimal result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Truncating, out result) && !TOther.TryConvertToTruncating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<decimal>.TryConvertFromChecked<TOther>(TOther value, out decimal result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<decimal>.TryConvertFromSaturating<TOther>(TOther value, out decimal result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<decimal>.TryConvertFromTruncating<TOther>(TOther value, out decimal result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
        static bool INumberBase<decimal>.TryConvertToChecked<TOther>(decimal value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<decimal>.TryConvertToSaturating<TOther>(decimal value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<decimal>.TryConvertToTruncating<TOther>(decimal value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
        public static bool TryParse(string s, IFormatProvider provider, out decimal result) => TryParse(s, NumberStyles.Number, provider, out result);
    }
}
