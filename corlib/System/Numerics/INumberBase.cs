// INumberBase<T> and INumber<T>: the root interfaces of generic math. The
// static virtual members with bodies are the defaults .NET documents; the
// primitive types implement the abstract ones (and override some defaults).
using System.Globalization;

namespace System.Numerics
{
    public interface INumberBase<TSelf>
        : IAdditionOperators<TSelf, TSelf, TSelf>, IAdditiveIdentity<TSelf, TSelf>, IDecrementOperators<TSelf>,
          IDivisionOperators<TSelf, TSelf, TSelf>, IEquatable<TSelf>, IEqualityOperators<TSelf, TSelf, bool>,
          IIncrementOperators<TSelf>, IMultiplicativeIdentity<TSelf, TSelf>, IMultiplyOperators<TSelf, TSelf, TSelf>,
          IFormattable, IParsable<TSelf>, ISubtractionOperators<TSelf, TSelf, TSelf>,
          IUnaryPlusOperators<TSelf, TSelf>, IUnaryNegationOperators<TSelf, TSelf>
        where TSelf : INumberBase<TSelf>?
    {
        static abstract TSelf One { get; }
        static abstract int Radix { get; }
        static abstract TSelf Zero { get; }

        static abstract TSelf Abs(TSelf value);

        static virtual TSelf CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            TSelf? result;
            if (typeof(TOther) == typeof(TSelf)) return (TSelf)(object)value!;
            if (!TSelf.TryConvertFromChecked(value, out result) && !TOther.TryConvertToChecked(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result!;
        }

        static virtual TSelf CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            TSelf? result;
            if (typeof(TOther) == typeof(TSelf)) return (TSelf)(object)value!;
            if (!TSelf.TryConvertFromSaturating(value, out result) && !TOther.TryConvertToSaturating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result!;
        }

        static virtual TSelf CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            TSelf? result;
            if (typeof(TOther) == typeof(TSelf)) return (TSelf)(object)value!;
            if (!TSelf.TryConvertFromTruncating(value, out result) && !TOther.TryConvertToTruncating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result!;
        }

        static abstract bool IsCanonical(TSelf value);
        static abstract bool IsComplexNumber(TSelf value);
        static abstract bool IsEvenInteger(TSelf value);
        static abstract bool IsFinite(TSelf value);
        static abstract bool IsImaginaryNumber(TSelf value);
        static abstract bool IsInfinity(TSelf value);
        static abstract bool IsInteger(TSelf value);
        static abstract bool IsNaN(TSelf value);
        static abstract bool IsNegative(TSelf value);
        static abstract bool IsNegativeInfinity(TSelf value);
        static abstract bool IsNormal(TSelf value);
        static abstract bool IsOddInteger(TSelf value);
        static abstract bool IsPositive(TSelf value);
        static abstract bool IsPositiveInfinity(TSelf value);
        static abstract bool IsRealNumber(TSelf value);
        static abstract bool IsSubnormal(TSelf value);
        static abstract bool IsZero(TSelf value);

        static abstract TSelf MaxMagnitude(TSelf x, TSelf y);
        static abstract TSelf MaxMagnitudeNumber(TSelf x, TSelf y);
        static abstract TSelf MinMagnitude(TSelf x, TSelf y);
        static abstract TSelf MinMagnitudeNumber(TSelf x, TSelf y);

        static virtual TSelf MultiplyAddEstimate(TSelf left, TSelf right, TSelf addend) => (left * right) + addend;

        static abstract TSelf Parse(string s, NumberStyles style, IFormatProvider? provider);
        static abstract bool TryParse(string? s, NumberStyles style, IFormatProvider? provider, out TSelf result);

        protected static abstract bool TryConvertFromChecked<TOther>(TOther value, out TSelf result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertFromSaturating<TOther>(TOther value, out TSelf result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertFromTruncating<TOther>(TOther value, out TSelf result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertToChecked<TOther>(TSelf value, out TOther result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertToSaturating<TOther>(TSelf value, out TOther result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertToTruncating<TOther>(TSelf value, out TOther result) where TOther : INumberBase<TOther>;
    }

    public interface INumber<TSelf>
        : IComparable, IComparable<TSelf>, IComparisonOperators<TSelf, TSelf, bool>, IModulusOperators<TSelf, TSelf, TSelf>,
          INumberBase<TSelf>
        where TSelf : INumber<TSelf>
    {
        static virtual TSelf Clamp(TSelf value, TSelf min, TSelf max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            TSelf result = TSelf.Max(value, min);
            return TSelf.Min(result, max);
        }

        static virtual TSelf CopySign(TSelf value, TSelf sign)
        {
            TSelf result = value;
            if (TSelf.IsNegative(value) != TSelf.IsNegative(sign)) result = checked(-result);
            return result;
        }

        /// <summary>The greater value; NaN if either is NaN; +0 over -0.</summary>
        static virtual TSelf Max(TSelf x, TSelf y)
        {
            if (x != y) return TSelf.IsNaN(x) ? x : (y < x ? x : y);
            return TSelf.IsNegative(y) ? x : y;
        }

        static virtual TSelf MaxNumber(TSelf x, TSelf y)
        {
            if (x != y) return TSelf.IsNaN(y) ? x : (y < x ? x : y);
            return TSelf.IsNegative(y) ? x : y;
        }

        static virtual TSelf Min(TSelf x, TSelf y)
        {
            if (x != y && !TSelf.IsNaN(x)) return x < y ? x : y;
            return TSelf.IsNegative(x) ? x : y;
        }

        static virtual TSelf MinNumber(TSelf x, TSelf y)
        {
            if (x != y) return TSelf.IsNaN(y) ? x : (x < y ? x : y);
            return TSelf.IsNegative(x) ? x : y;
        }

        static virtual int Sign(TSelf value)
        {
            if (value != TSelf.Zero) return TSelf.IsNegative(value) ? -1 : +1;
            return 0;
        }
    }

    public interface ISignedNumber<TSelf> : INumberBase<TSelf> where TSelf : ISignedNumber<TSelf>?
    {
        static abstract TSelf NegativeOne { get; }
    }

    public interface IUnsignedNumber<TSelf> : INumberBase<TSelf> where TSelf : IUnsignedNumber<TSelf>?
    {
    }
}
