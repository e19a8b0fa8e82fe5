// Math and MathF. Transcendental functions are C internal calls over libm
// (runtime/icalls/icall_math.c); the rest is C# with .NET's NaN semantics.
using System.Runtime.CompilerServices;

namespace System
{
    public static partial class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;
        public const double Tau = 6.283185307179586476925;

        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sqrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sin(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tan(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sinh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cosh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tanh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asinh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acosh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atanh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Exp(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log10(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log2(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Floor(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Ceiling(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cbrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double IEEERemainder(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double FusedMultiplyAdd(double x, double y, double z);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double InternalRoundEven(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double InternalTruncate(double x);

        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase))) return double.NaN;
            return Log(a) / Log(newBase);
        }

        public static double Truncate(double d) { return InternalTruncate(d); }
        public static decimal Truncate(decimal d) { return decimal.Truncate(d); }
        public static decimal Floor(decimal d) { return decimal.Floor(d); }
        public static decimal Ceiling(decimal d) { return decimal.Ceiling(d); }

        public static double Round(double a) { return InternalRoundEven(a); }
        public static double Round(double value, MidpointRounding mode) { return Round(value, 0, mode); }
        public static double Round(double value, int digits) { return Round(value, digits, MidpointRounding.ToEven); }

        private static readonly double[] s_pow10 = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 15) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity) throw new ArgumentException("The value '" + (int)mode + "' is not valid for this usage of the type MidpointRounding.", "mode");
            if (Abs(value) < 1e16)
            {
                double power10 = s_pow10[digits];
                value *= power10;
                switch (mode)
                {
                    case MidpointRounding.ToEven: value = InternalRoundEven(value); break;
                    case MidpointRounding.AwayFromZero:
                    {
                        double fraction = value - InternalTruncate(value);
                        value = InternalTruncate(value);
                        if (Abs(fraction) >= 0.5) value += Sign(fraction);
                        break;
                    }
                    case MidpointRounding.ToZero: value = InternalTruncate(value); break;
                    case MidpointRounding.ToNegativeInfinity: value = Floor(value); break;
                    case MidpointRounding.ToPositiveInfinity: value = Ceiling(value); break;
                }
                value /= power10;
            }
            return value;
        }

        public static decimal Round(decimal d) { return decimal.Round(d); }
        public static decimal Round(decimal d, int decimals) { return decimal.Round(d, decimals); }
        public static decimal Round(decimal d, MidpointRounding mode) { return decimal.Round(d, 0, mode); }
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) { return decimal.Round(d, decimals, mode); }

        public static sbyte Abs(sbyte value)
        {
            if (value == sbyte.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? (sbyte)-value : value;
        }
        public static short Abs(short value)
        {
            if (value == short.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? (short)-value : value;
        }
        public static int Abs(int value)
        {
            if (value == int.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? -value : value;
        }
        public static long Abs(long value)
        {
            if (value == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? -value : value;
        }
        public static float Abs(float value) { return BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) & 0x7FFFFFFF); }
        public static double Abs(double value) { return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & 0x7FFFFFFFFFFFFFFFL); }
        public static decimal Abs(decimal value) { return decimal.Abs(value); }

        public static byte Max(byte val1, byte val2) { return val1 >= val2 ? val1 : val2; }
        public static sbyte Max(sbyte val1, sbyte val2) { return val1 >= val2 ? val1 : val2; }
        public static short Max(short val1, short val2) { return val1 >= val2 ? val1 : val2; }
        public static ushort Max(ushort val1, ushort val2) { return val1 >= val2 ? val1 : val2; }
        public static int Max(int val1, int val2) { return val1 >= val2 ? val1 : val2; }
        public static uint Max(uint val1, uint val2) { return val1 >= val2 ? val1 : val2; }
        public static long Max(long val1, long val2) { return val1 >= val2 ? val1 : val2; }
        public static ulong Max(ulong val1, ulong val2) { return val1 >= val2 ? val1 : val2; }
        public static decimal Max(decimal val1, decimal val2) { return val1 >= val2 ? val1 : val2; }

        public static double Max(double val1, double val2)
        {
            if (val1 != val2) return double.IsNaN(val1) ? val1 : (val2 < val1 ? val1 : val2);
            return double.IsNegative(val2) ? val1 : val2;
        }

        public static float Max(float val1, float val2)
        {
            if (val1 != val2) return float.IsNaN(val1) ? val1 : (val2 < val1 ? val1 : val2);
            return float.IsNegative(val2) ? val1 : val2;
        }

        public static byte Min(byte val1, byte val2) { return val1 <= val2 ? val1 : val2; }
        public static sbyte Min(sbyte val1, sbyte val2) { return val1 <= val2 ? val1 : val2; }
        public static short Min(short val1, short val2) { return val1 <= val2 ? val1 : val2; }
        public static ushort Min(ushort val1, ushort val2) { return val1 <= val2 ? val1 : val2; }
        public static int Min(int val1, int val2) { return val1 <= val2 ? val1 : val2; }
        public static uint Min(uint val1, uint val2) { return val1 <= val2 ? val1 : val2; }
        public static long Min(long val1, long val2) { return val1 <= val2 ? val1 : val2; }
        public static ulong Min(ulong val1, ulong val2) { return val1 <= val2 ? val1 : val2; }
        public static decimal Min(decimal val1, decimal val2) { return val1 <= val2 ? val1 : val2; }

        public static double Min(double val1, double val2)
        {
            if (val1 != val2 && !double.IsNaN(val1)) return val1 < val2 ? val1 : val2;
            return double.IsNegative(val1) ? val1 : val2;
        }

        public static float Min(float val1, float val2)
        {
            if (val1 != val2 && !float.IsNaN(val1)) return val1 < val2 ? val1 : val2;
            return float.IsNegative(val1) ? val1 : val2;
        }

        public static int Sign(sbyte value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(short value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(int value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(long value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(decimal value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }

        public static int Sign(float value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        public static int Sign(double value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        private static Exception ClampError(object min, object max)
        {
            return new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
        }

        public static byte Clamp(byte value, byte min, byte max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static short Clamp(short value, short min, short max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static ushort Clamp(ushort value, ushort min, ushort max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static int Clamp(int value, int min, int max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static uint Clamp(uint value, uint min, uint max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static long Clamp(long value, long min, long max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static ulong Clamp(ulong value, ulong min, ulong max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static float Clamp(float value, float min, float max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static double Clamp(double value, double min, double max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static decimal Clamp(decimal value, decimal min, decimal max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }

        public static long BigMul(int a, int b) { return (long)a * b; }

        public static int DivRem(int a, int b, out int result) { int q = a / b; result = a - q * b; return q; }
        public static long DivRem(long a, long b, out long result) { long q = a / b; result = a - q * b; return q; }

        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000) return (bits == unchecked((long)0xFFF0000000000000UL)) ? double.MinValue : x;
            if (bits == unchecked((long)0x8000000000000000UL)) return double.Epsilon;
            bits += (bits < 0) ? -1 : 1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (((bits >> 32) & 0x7FF00000) >= 0x7FF00000) return (bits == 0x7FF0000000000000L) ? double.MaxValue : x;
            if (bits == 0) return -double.Epsilon;
            bits += (bits < 0) ? 1 : -1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double CopySign(double x, double y)
        {
            long xb = BitConverter.DoubleToInt64Bits(x) & 0x7FFFFFFFFFFFFFFFL;
            long yb = BitConverter.DoubleToInt64Bits(y) & unchecked((long)0x8000000000000000UL);
            return BitConverter.Int64BitsToDouble(xb | yb);
        }

        public static double MaxMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if (ax > ay || double.IsNaN(ax)) return x;
            if (ax == ay) return double.IsNegative(x) ? y : x;
            return y;
        }

        public static double MinMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if (ax < ay || double.IsNaN(ax)) return x;
            if (ax == ay) return double.IsNegative(x) ? x : y;
            return y;
        }

    }

    public static partial class MathF
    {
        public const float PI = 3.14159265f;
        public const float E = 2.71828183f;
        public const float Tau = 6.283185307f;

        public static float Abs(float x) { return Math.Abs(x); }
        public static float Sqrt(float x) { return (float)Math.Sqrt(x); }
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sin(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cos(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Tan(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Asin(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Acos(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atan(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atan2(float y, float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sinh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cosh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Tanh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Exp(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log(float x);
        public static float Log(float x, float y)
        {
            if (float.IsNaN(x)) return x;
            if (float.IsNaN(y)) return y;
            if (y == 1 || (x != 1 && (y == 0 || float.IsPositiveInfinity(y)))) return float.NaN;
            return Log(x) / Log(y);
        }
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log10(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log2(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Pow(float x, float y);
        public static float Floor(float x) { return (float)Math.Floor(x); }
        public static float Ceiling(float x) { return (float)Math.Ceiling(x); }
        public static float Truncate(float x) { return (float)Math.Truncate(x); }
        public static float Round(float x) { return (float)Math.Round(x); }
        public static float Round(float x, int digits) { return Round(x, digits, MidpointRounding.ToEven); }
        public static float Round(float x, MidpointRounding mode) { return (float)Math.Round(x, mode); }
        public static float Round(float x, int digits, MidpointRounding mode)
        {
            // scaled in float precision, as .NET does: MathF.Round(-2.45f, 1) is -2.4
            if (digits < 0 || digits > 6) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (Math.Abs(x) >= 1e8f) return x;
            float power10 = 1f;
            for (int i = 0; i < digits; i++) power10 *= 10f;
            float scaled = x * power10;
            return (float)Math.Round((double)scaled, 0, mode) / power10;
        }
        public static float Max(float x, float y) { return Math.Max(x, y); }
        public static float Min(float x, float y) { return Math.Min(x, y); }
        public static int Sign(float x) { return Math.Sign(x); }
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cbrt(float x);
        public static float IEEERemainder(float x, float y) { return (float)Math.IEEERemainder(x, y); }
        public static float CopySign(float x, float y) { return (float)Math.CopySign(x, y); }
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float FusedMultiplyAdd(float x, float y, float z);
    }
}
