#!/usr/bin/env python3
"""Writes Floating.Numerics.cs: the generic math (System.Numerics) members of
Double and Single from one template (the rest of each type is in Double.cs /
Single.cs). Run from this folder: python3 Floating.py."""

TEMPLATE = r'''
    public partial struct {NAME} : IBinaryFloatingPointIeee754<{KW}>, IMinMaxValue<{KW}>
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

        static {KW} IFloatingPointIeee754<{KW}>.Epsilon => Epsilon;
        static {KW} IFloatingPointIeee754<{KW}>.NaN => NaN;
        static {KW} IFloatingPointIeee754<{KW}>.NegativeInfinity => NegativeInfinity;
        static {KW} IFloatingPointIeee754<{KW}>.NegativeZero => NegativeZero;
        static {KW} IFloatingPointIeee754<{KW}>.PositiveInfinity => PositiveInfinity;
        static {KW} IBitwiseOperators<{KW}, {KW}, {KW}>.operator &({KW} left, {KW} right) => {FROMBITS}({BITS}(left) & {BITS}(right));
        static {KW} IBitwiseOperators<{KW}, {KW}, {KW}>.operator |({KW} left, {KW} right) => {FROMBITS}({BITS}(left) | {BITS}(right));
        static {KW} IBitwiseOperators<{KW}, {KW}, {KW}>.operator ^({KW} left, {KW} right) => {FROMBITS}({BITS}(left) ^ {BITS}(right));
        static {KW} IBitwiseOperators<{KW}, {KW}, {KW}>.operator ~({KW} value) => {FROMBITS}(~{BITS}(value));
        public static {KW} Log2({KW} x) => {MATH}.Log2(x);

        // exponential, logarithmic, hyperbolic and trigonometric functions
        public static {KW} Exp({KW} x) => {MATH}.Exp(x);
        public static {KW} ExpM1({KW} x) => {MATH}.Exp(x) - 1;
        public static {KW} Exp2({KW} x) => {MATH}.Pow(2, x);
        public static {KW} Exp2M1({KW} x) => {MATH}.Pow(2, x) - 1;
        public static {KW} Exp10({KW} x) => {MATH}.Pow(10, x);
        public static {KW} Exp10M1({KW} x) => {MATH}.Pow(10, x) - 1;
        public static {KW} Log({KW} x) => {MATH}.Log(x);
        public static {KW} Log({KW} x, {KW} newBase) => {MATH}.Log(x, newBase);
        public static {KW} LogP1({KW} x) => {MATH}.Log(x + 1);
        public static {KW} Log2P1({KW} x) => {MATH}.Log2(x + 1);
        public static {KW} Log10({KW} x) => {MATH}.Log10(x);
        public static {KW} Log10P1({KW} x) => {MATH}.Log10(x + 1);
        public static {KW} Acosh({KW} x) => {MATH}.Acosh(x);
        public static {KW} Asinh({KW} x) => {MATH}.Asinh(x);
        public static {KW} Atanh({KW} x) => {MATH}.Atanh(x);
        public static {KW} Cosh({KW} x) => {MATH}.Cosh(x);
        public static {KW} Sinh({KW} x) => {MATH}.Sinh(x);
        public static {KW} Tanh({KW} x) => {MATH}.Tanh(x);
        public static {KW} Acos({KW} x) => {MATH}.Acos(x);
        public static {KW} Asin({KW} x) => {MATH}.Asin(x);
        public static {KW} Atan({KW} x) => {MATH}.Atan(x);
        public static {KW} Cos({KW} x) => {MATH}.Cos(x);
        public static {KW} Sin({KW} x) => {MATH}.Sin(x);
        public static {KW} Tan({KW} x) => {MATH}.Tan(x);
        public static {KW} AcosPi({KW} x) => Acos(x) / Pi;
        public static {KW} AsinPi({KW} x) => Asin(x) / Pi;
        public static {KW} AtanPi({KW} x) => Atan(x) / Pi;
        public static {KW} Atan2({KW} y, {KW} x) => {MATH}.Atan2(y, x);
        public static {KW} Atan2Pi({KW} y, {KW} x) => Atan2(y, x) / Pi;
        public static ({KW} Sin, {KW} Cos) SinCos({KW} x) => (Sin(x), Cos(x));
        public static ({KW} SinPi, {KW} CosPi) SinCosPi({KW} x) => (SinPi(x), CosPi(x));
        public static {KW} DegreesToRadians({KW} degrees) => degrees * Pi / 180;
        public static {KW} RadiansToDegrees({KW} radians) => radians * 180 / Pi;

        // sin(pi x), cos(pi x), tan(pi x): |x| splits exactly into a whole
        // part, whose parity gives the sign, and a fraction r in [0, 1) that
        // is folded into [0, 1/4] before pi multiplies it, so whole and half
        // turns give exact 0, 1, -1 and infinities (signed as .NET signs them).
        private static {KW} FoldPi({KW} r, bool cosine)
        {
            if (r <= 0.25f) return cosine ? {MATH}.Cos(r * Pi) : {MATH}.Sin(r * Pi);
            if (r < 0.5f) return cosine ? {MATH}.Sin((0.5f - r) * Pi) : {MATH}.Cos((0.5f - r) * Pi);
            if (r <= 0.75f) return cosine ? -{MATH}.Sin((r - 0.5f) * Pi) : {MATH}.Cos((r - 0.5f) * Pi);
            return cosine ? -{MATH}.Cos((1 - r) * Pi) : {MATH}.Sin((1 - r) * Pi);
        }
        public static {KW} SinPi({KW} x)
        {
            if (!IsFinite(x)) return NaN;
            {KW} ax = Abs(x), whole = {MATH}.Floor(ax), r = ax - whole;
            if (r == 0) return IsNegative(x) ? -0.0f : 0;
            {KW} v = FoldPi(r, false);
            return IsNegative(x) ^ (whole % 2 == 1) ? -v : v;
        }
        public static {KW} CosPi({KW} x)
        {
            if (!IsFinite(x)) return NaN;
            {KW} ax = Abs(x), whole = {MATH}.Floor(ax), r = ax - whole;
            if (r == 0.5f) return 0;
            {KW} v = FoldPi(r, true);
            return whole % 2 == 1 ? -v : v;
        }
        public static {KW} TanPi({KW} x)
        {
            if (!IsFinite(x)) return NaN;
            {KW} ax = Abs(x), whole = {MATH}.Floor(ax), r = ax - whole, v;
            bool negative = IsNegative(x);
            if (r == 0 || r == 0.5f)
            {
                v = r == 0 ? 0 : PositiveInfinity;
                return negative ^ (whole % 2 == 1) ? -v : v;
            }
            if (r <= 0.25f) v = {MATH}.Tan(r * Pi);
            else if (r < 0.5f) v = 1 / {MATH}.Tan((0.5f - r) * Pi);
            else if (r <= 0.75f) v = -1 / {MATH}.Tan((r - 0.5f) * Pi);
            else v = -{MATH}.Tan((1 - r) * Pi);
            return negative ? -v : v;
        }

        public static {KW} BitDecrement({KW} x) => {MATH}.BitDecrement(x);
        public static {KW} BitIncrement({KW} x) => {MATH}.BitIncrement(x);
        public static {KW} FusedMultiplyAdd({KW} left, {KW} right, {KW} addend) => {MATH}.FusedMultiplyAdd(left, right, addend);
        public static {KW} Ieee754Remainder({KW} left, {KW} right) => {MATH}.IEEERemainder(left, right);
        public static int ILogB({KW} x) => {MATH}.ILogB(x);
        public static {KW} Lerp({KW} value1, {KW} value2, {KW} amount) => {MATH}.FusedMultiplyAdd(value1, 1 - amount, value2 * amount);
        public static {KW} ReciprocalEstimate({KW} x) => {MATH}.ReciprocalEstimate(x);
        public static {KW} ReciprocalSqrtEstimate({KW} x) => {MATH}.ReciprocalSqrtEstimate(x);
        public static {KW} ScaleB({KW} x, int n) => {MATH}.ScaleB(x, n);

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
    # name, keyword, Math class, E, Pi, Tau, exponent bytes, min/max exponent, significand bits/bytes, to/from bits
    ("Double", "double", "Math", "2.7182818284590451", "3.1415926535897931", "6.2831853071795862", 2, -1022, 1023, 53, 8, "BitConverter.DoubleToInt64Bits", "BitConverter.Int64BitsToDouble"),
    ("Single", "float", "MathF", "2.71828183f", "3.14159274f", "6.28318548f", 1, -126, 127, 24, 4, "BitConverter.SingleToInt32Bits", "BitConverter.Int32BitsToSingle"),
]

out = ["// <auto-generated> by Floating.py: the generic math members of Double and Single.",
       "using System.Globalization;", "using System.Numerics;", "", "namespace System", "{"]
for name, kw, math, e, pi, tau, expbytes, minexp, maxexp, sigbits, sigbytes, bits, frombits in TYPES:
    out.append(TEMPLATE.replace("{NAME}", name).replace("{KW}", kw).replace("{MATH}", math)
               .replace("{E}", e).replace("{PI}", pi).replace("{TAU}", tau).replace("{EXPBYTES}", str(expbytes))
               .replace("{MINEXP}", str(minexp)).replace("{MAXEXP}", str(maxexp)).replace("{SIGBITS}", str(sigbits))
               .replace("{SIGBYTES}", str(sigbytes)).replace("{BITS}", bits).replace("{FROMBITS}", frombits).rstrip("\n"))
out.append("}")
with open("Floating.Numerics.cs", "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
