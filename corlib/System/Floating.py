#!/usr/bin/env python3
"""Writes Floating.Numerics.cs: the generic math (System.Numerics) members of
Double and Single from one template (the rest of each type is in Double.cs /
Single.cs). Run from this folder: python3 Floating.py."""

TEMPLATE = r'''
    public partial struct {NAME} : IFloatingPoint<{KW}>, IMinMaxValue<{KW}>, IRootFunctions<{KW}>, IPowerFunctions<{KW}>
    {
        static {KW} IMinMaxValue<{KW}>.MinValue => MinValue;
        static {KW} IMinMaxValue<{KW}>.MaxValue => MaxValue;
        static {KW} INumberBase<{KW}>.One => 1;
        static {KW} INumberBase<{KW}>.Zero => 0;
        static int INumberBase<{KW}>.Radix => 2;
        static {KW} ISignedNumber<{KW}>.NegativeOne => -1;
        static {KW} IAdditiveIdentity<{KW}, {KW}>.AdditiveIdentity => 0;
        static {KW} IMultiplicativeIdentity<{KW}, {KW}>.MultiplicativeIdentity => 1;
        public const {KW} E = {E};
        public const {KW} Pi = {PI};
        public const {KW} Tau = {TAU};
        static {KW} IFloatingPointConstants<{KW}>.E => E;
        static {KW} IFloatingPointConstants<{KW}>.Pi => Pi;
        static {KW} IFloatingPointConstants<{KW}>.Tau => Tau;

        static {KW} IAdditionOperators<{KW}, {KW}, {KW}>.operator +({KW} left, {KW} right) => left + right;
        static {KW} ISubtractionOperators<{KW}, {KW}, {KW}>.operator -({KW} left, {KW} right) => left - right;
        static {KW} IMultiplyOperators<{KW}, {KW}, {KW}>.operator *({KW} left, {KW} right) => left * right;
        static {KW} IDivisionOperators<{KW}, {KW}, {KW}>.operator /({KW} left, {KW} right) => left / right;
        static {KW} IModulusOperators<{KW}, {KW}, {KW}>.operator %({KW} left, {KW} right) => left % right;
        static {KW} IUnaryNegationOperators<{KW}, {KW}>.operator -({KW} value) => -value;
        static {KW} IUnaryPlusOperators<{KW}, {KW}>.operator +({KW} value) => value;
        static {KW} IIncrementOperators<{KW}>.operator ++({KW} value) => value + 1;
        static {KW} IDecrementOperators<{KW}>.operator --({KW} value) => value - 1;
        static bool IEqualityOperators<{KW}, {KW}, bool>.operator ==({KW} left, {KW} right) => left == right;
        static bool IEqualityOperators<{KW}, {KW}, bool>.operator !=({KW} left, {KW} right) => left != right;
        static bool IComparisonOperators<{KW}, {KW}, bool>.operator <({KW} left, {KW} right) => left < right;
        static bool IComparisonOperators<{KW}, {KW}, bool>.operator <=({KW} left, {KW} right) => left <= right;
        static bool IComparisonOperators<{KW}, {KW}, bool>.operator >({KW} left, {KW} right) => left > right;
        static bool IComparisonOperators<{KW}, {KW}, bool>.operator >=({KW} left, {KW} right) => left >= right;

        public static {KW} Abs({KW} value) => {MATH}.Abs(value);
        public static {KW} Clamp({KW} value, {KW} min, {KW} max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            return Min(Max(value, min), max);
        }
        public static {KW} CopySign({KW} value, {KW} sign) => {MATH}.CopySign(value, sign);
        public static {KW} Max({KW} x, {KW} y) => {MATH}.Max(x, y);
        public static {KW} Min({KW} x, {KW} y) => {MATH}.Min(x, y);
        public static {KW} MaxNumber({KW} x, {KW} y)
        {
            if (x != y) return IsNaN(y) ? x : (y < x ? x : y);
            return IsNegative(y) ? x : y;
        }
        public static {KW} MinNumber({KW} x, {KW} y)
        {
            if (x != y) return IsNaN(y) ? x : (x < y ? x : y);
            return IsNegative(x) ? x : y;
        }
        public static {KW} MaxMagnitude({KW} x, {KW} y)
        {
            {KW} ax = Abs(x), ay = Abs(y);
            if (ax > ay || IsNaN(ax)) return x;
            if (ax == ay) return IsNegative(x) ? y : x;
            return y;
        }
        public static {KW} MinMagnitude({KW} x, {KW} y)
        {
            {KW} ax = Abs(x), ay = Abs(y);
            if (ax < ay || IsNaN(ax)) return x;
            if (ax == ay) return IsNegative(x) ? x : y;
            return y;
        }
        public static {KW} MaxMagnitudeNumber({KW} x, {KW} y)
        {
            {KW} ax = Abs(x), ay = Abs(y);
            if (ax > ay || IsNaN(ay)) return x;
            if (ax == ay) return IsNegative(x) ? y : x;
            return y;
        }
        public static {KW} MinMagnitudeNumber({KW} x, {KW} y)
        {
            {KW} ax = Abs(x), ay = Abs(y);
            if (ax < ay || IsNaN(ay)) return x;
            if (ax == ay) return IsNegative(x) ? x : y;
            return y;
        }
        public static int Sign({KW} value) => {MATH}.Sign(value);
        public static bool IsInteger({KW} value) => IsFinite(value) && value == {MATH}.Truncate(value);
        public static bool IsEvenInteger({KW} value) => IsInteger(value) && Abs(value % 2) == 0;
        public static bool IsOddInteger({KW} value) => IsInteger(value) && Abs(value % 2) == 1;
        public static bool IsPositive({KW} value) => !IsNegative(value);
        public static bool IsRealNumber({KW} value) => value == value;
        public static bool IsPow2({KW} value)
        {
            if (!(value > 0) || !IsFinite(value)) return false;
            int e;
            return Frexp(value, out e) == 0.5;
        }
        static bool INumberBase<{KW}>.IsCanonical({KW} value) => true;
        static bool INumberBase<{KW}>.IsComplexNumber({KW} value) => false;
        static bool INumberBase<{KW}>.IsImaginaryNumber({KW} value) => false;
        static bool INumberBase<{KW}>.IsZero({KW} value) => value == 0;

        public static {KW} Ceiling({KW} x) => {MATH}.Ceiling(x);
        public static {KW} Floor({KW} x) => {MATH}.Floor(x);
        public static {KW} Round({KW} x) => {MATH}.Round(x);
        public static {KW} Round({KW} x, int digits) => {MATH}.Round(x, digits);
        public static {KW} Round({KW} x, MidpointRounding mode) => {MATH}.Round(x, mode);
        public static {KW} Round({KW} x, int digits, MidpointRounding mode) => {MATH}.Round(x, digits, mode);
        public static {KW} Truncate({KW} x) => {MATH}.Truncate(x);
        public static {KW} Sqrt({KW} x) => {MATH}.Sqrt(x);
        public static {KW} Cbrt({KW} x) => {MATH}.Cbrt(x);
        public static {KW} Pow({KW} x, {KW} y) => {MATH}.Pow(x, y);
        public static {KW} Hypot({KW} x, {KW} y)
        {
            if (IsInfinity(x) || IsInfinity(y)) return PositiveInfinity;
            double ax = Math.Abs((double)x), ay = Math.Abs((double)y), s = ax * ax + ay * ay, max = Math.Max(ax, ay);
            if ((s >= 1e-290 && s <= double.MaxValue) || double.IsNaN(s) || max == 0) return ({KW})Math.Sqrt(s);
            // the squares overflow or lose bits to underflow: scale by a power of two first
            int e = Math.ILogB(max);
            ax = Math.ScaleB(ax, -e); ay = Math.ScaleB(ay, -e);
            return ({KW})Math.ScaleB(Math.Sqrt(ax * ax + ay * ay), e);
        }
        public static {KW} RootN({KW} x, int n)
        {
            if (n == 0) return NaN;
            if (x < 0 && (n & 1) != 0) return -({KW})Math.Pow(-(double)x, 1.0 / n);
            return ({KW})Math.Pow(x, 1.0 / n);
        }

        /// <summary>Splits a positive finite value into mantissa in [0.5, 1) and exponent.</summary>
        private static double Frexp(double value, out int exponent)
        {
            exponent = 0;
            while (value >= 1) { value /= 2; exponent++; }
            while (value < 0.5) { value *= 2; exponent--; }
            return value;
        }

        int IFloatingPoint<{KW}>.GetExponentByteCount() => {EXPBYTES};
        int IFloatingPoint<{KW}>.GetExponentShortestBitLength()
        {
            int e;
            if (m_value == 0 || !IsFinite(m_value)) e = m_value == 0 ? {MINEXP} : {MAXEXP};
            else { Frexp(Abs(m_value), out e); e--; }
            return e >= 0 ? 32 - BitOperations.LeadingZeroCount((uint)e) : 33 - BitOperations.LeadingZeroCount((uint)~e);
        }
        int IFloatingPoint<{KW}>.GetSignificandBitLength() => {SIGBITS};
        int IFloatingPoint<{KW}>.GetSignificandByteCount() => {SIGBYTES};

        public static {KW} CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            {KW} result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Checked, out result) && !TOther.TryConvertToChecked(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static {KW} CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            {KW} result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Saturating, out result) && !TOther.TryConvertToSaturating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        public static {KW} CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            {KW} result;
            if (!NumericConvert.TryConvert(value, NumericConvert.Truncating, out result) && !TOther.TryConvertToTruncating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<{KW}>.TryConvertFromChecked<TOther>(TOther value, out {KW} result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<{KW}>.TryConvertFromSaturating<TOther>(TOther value, out {KW} result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<{KW}>.TryConvertFromTruncating<TOther>(TOther value, out {KW} result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
        static bool INumberBase<{KW}>.TryConvertToChecked<TOther>({KW} value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Checked, out result);
        static bool INumberBase<{KW}>.TryConvertToSaturating<TOther>({KW} value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Saturating, out result);
        static bool INumberBase<{KW}>.TryConvertToTruncating<TOther>({KW} value, out TOther result) => NumericConvert.TryConvert(value, NumericConvert.Truncating, out result);
        public static bool TryParse(string s, IFormatProvider provider, out {KW} result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
    }
'''

TYPES = [
    # name, keyword, Math class, E, Pi, Tau, exponent bytes, min/max exponent, significand bits/bytes
    ("Double", "double", "Math", "2.7182818284590451", "3.1415926535897931", "6.2831853071795862", 2, -1022, 1023, 53, 8),
    ("Single", "float", "MathF", "2.71828183f", "3.14159274f", "6.28318548f", 1, -126, 127, 24, 4),
]

out = ["// <auto-generated> by Floating.py: the generic math members of Double and Single.",
       "using System.Globalization;", "using System.Numerics;", "", "namespace System", "{"]
for name, kw, math, e, pi, tau, expbytes, minexp, maxexp, sigbits, sigbytes in TYPES:
    out.append(TEMPLATE.replace("{NAME}", name).replace("{KW}", kw).replace("{MATH}", math)
               .replace("{E}", e).replace("{PI}", pi).replace("{TAU}", tau).replace("{EXPBYTES}", str(expbytes))
               .replace("{MINEXP}", str(minexp)).replace("{MAXEXP}", str(maxexp)).replace("{SIGBITS}", str(sigbits))
               .replace("{SIGBYTES}", str(sigbytes)).rstrip("\n"))
out.append("}")
with open("Floating.Numerics.cs", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
