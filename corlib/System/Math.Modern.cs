// Math and MathF members of .NET Core 3.0-9: exact ILogB/ScaleB from the
// IEEE bit layout, tuple DivRem, 64x64->128 BigMul, native-int overloads,
// SinCos and the reciprocal estimates (computed exactly here).
using System.Runtime.CompilerServices;

namespace System
{
    public static partial class Math
    {
        private static double Pow2(int n) { return BitConverter.Int64BitsToDouble((long)(n + 1023) << 52); }

        // x * 2^n rounded once: large steps stay within the normal range, and
        // the step towards subnormals keeps 53 extra bits so only the last
        // multiplication rounds.
        public static double ScaleB(double x, int n)
        {
            if (n > 1023)
            {
                x *= Pow2(1023); n -= 1023;
                if (n > 1023) { x *= Pow2(1023); n -= 1023; if (n > 1023) n = 1023; }
            }
            else if (n < -1022)
            {
                x *= Pow2(-1022) * Pow2(53); n += 1022 - 53;
                if (n < -1022) { x *= Pow2(-1022) * Pow2(53); n += 1022 - 53; if (n < -1022) n = -1022; }
            }
            return x * Pow2(n);
        }

        public static int ILogB(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x) & 0x7FFFFFFFFFFFFFFFL;
            int e = (int)(bits >> 52);
            if (e == 0x7FF) return int.MaxValue;             // NaN, infinity
            if (e != 0) return e - 1023;
            if (bits == 0) return int.MinValue;             // zero
            int top = 63;                                   // subnormal: highest set bit of the mantissa
            while ((bits >> top) == 0) top--;
            return top - 1074;
        }

        public static ValueTuple<double, double> SinCos(double x) { return new ValueTuple<double, double>(Sin(x), Cos(x)); }
        public static double ReciprocalEstimate(double d) { return 1.0 / d; }
        public static double ReciprocalSqrtEstimate(double d) { return 1.0 / Sqrt(d); }

        public static ValueTuple<sbyte, sbyte> DivRem(sbyte left, sbyte right) { return new ValueTuple<sbyte, sbyte>((sbyte)(left / right), (sbyte)(left % right)); }
        public static ValueTuple<byte, byte> DivRem(byte left, byte right) { return new ValueTuple<byte, byte>((byte)(left / right), (byte)(left % right)); }
        public static ValueTuple<short, short> DivRem(short left, short right) { return new ValueTuple<short, short>((short)(left / right), (short)(left % right)); }
        public static ValueTuple<ushort, ushort> DivRem(ushort left, ushort right) { return new ValueTuple<ushort, ushort>((ushort)(left / right), (ushort)(left % right)); }
        public static ValueTuple<int, int> DivRem(int left, int right) { int q = left / right; return new ValueTuple<int, int>(q, left - q * right); }
        public static ValueTuple<uint, uint> DivRem(uint left, uint right) { uint q = left / right; return new ValueTuple<uint, uint>(q, left - q * right); }
        public static ValueTuple<long, long> DivRem(long left, long right) { long q = left / right; return new ValueTuple<long, long>(q, left - q * right); }
        public static ValueTuple<ulong, ulong> DivRem(ulong left, ulong right) { ulong q = left / right; return new ValueTuple<ulong, ulong>(q, left - q * right); }

        public static ValueTuple<IntPtr, IntPtr> DivRem(IntPtr left, IntPtr right)
        {
            long l = (long)left, r = (long)right;
            if (r == -1 && l == (IntPtr.Size == 4 ? int.MinValue : long.MinValue)) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return new ValueTuple<IntPtr, IntPtr>((IntPtr)(l / r), (IntPtr)(l % r));
        }

        public static ValueTuple<UIntPtr, UIntPtr> DivRem(UIntPtr left, UIntPtr right)
        {
            ulong l = (ulong)left, r = (ulong)right;
            return new ValueTuple<UIntPtr, UIntPtr>((UIntPtr)(l / r), (UIntPtr)(l % r));
        }

        public static ulong BigMul(uint a, uint b) { return (ulong)a * b; }

        // The 128-bit product from four 32x32 partial products.
        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong aLo = (uint)a, aHi = a >> 32, bLo = (uint)b, bHi = b >> 32;
            ulong ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
            ulong mid = (ll >> 32) + (uint)lh + (uint)hl;
            low = (mid << 32) | (uint)ll;
            return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
        }

        public static long BigMul(long a, long b, out long low)
        {
            ulong ulow;
            ulong high = BigMul((ulong)a, (ulong)b, out ulow);
            low = (long)ulow;
            // Two's complement correction of the unsigned product's high half.
            if (a < 0) high -= (ulong)b;
            if (b < 0) high -= (ulong)a;
            return (long)high;
        }

        public static IntPtr Abs(IntPtr value)
        {
            long v = (long)value;
            if (v == (IntPtr.Size == 4 ? int.MinValue : long.MinValue)) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return (IntPtr)(v < 0 ? -v : v);
        }

        public static int Sign(IntPtr value) { long v = (long)value; return v < 0 ? -1 : (v > 0 ? 1 : 0); }
        public static IntPtr Max(IntPtr val1, IntPtr val2) { return (long)val1 >= (long)val2 ? val1 : val2; }
        public static IntPtr Min(IntPtr val1, IntPtr val2) { return (long)val1 <= (long)val2 ? val1 : val2; }
        public static UIntPtr Max(UIntPtr val1, UIntPtr val2) { return (ulong)val1 >= (ulong)val2 ? val1 : val2; }
        public static UIntPtr Min(UIntPtr val1, UIntPtr val2) { return (ulong)val1 <= (ulong)val2 ? val1 : val2; }

        public static IntPtr Clamp(IntPtr value, IntPtr min, IntPtr max)
        {
            if ((long)min > (long)max) throw ClampError(min, max);
            return (long)value < (long)min ? min : ((long)value > (long)max ? max : value);
        }

        public static UIntPtr Clamp(UIntPtr value, UIntPtr min, UIntPtr max)
        {
            if ((ulong)min > (ulong)max) throw ClampError(min, max);
            return (ulong)value < (ulong)min ? min : ((ulong)value > (ulong)max ? max : value);
        }
    }

    public static partial class MathF
    {
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Asinh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Acosh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atanh(float x);
        public static ValueTuple<float, float> SinCos(float x) { return new ValueTuple<float, float>(Sin(x), Cos(x)); }
        public static float ReciprocalEstimate(float x) { return 1.0f / x; }
        public static float ReciprocalSqrtEstimate(float x) { return (float)(1.0 / Math.Sqrt(x)); }

        public static float BitIncrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) == 0x7F800000) return bits == unchecked((int)0xFF800000) ? float.MinValue : x;
            if (bits == unchecked((int)0x80000000)) return float.Epsilon;
            return BitConverter.Int32BitsToSingle(bits + (bits < 0 ? -1 : 1));
        }

        public static float BitDecrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) == 0x7F800000) return bits == 0x7F800000 ? float.MaxValue : x;
            if (bits == 0) return -float.Epsilon;
            return BitConverter.Int32BitsToSingle(bits + (bits < 0 ? 1 : -1));
        }

        public static float MaxMagnitude(float x, float y)
        {
            float ax = Abs(x), ay = Abs(y);
            if (ax > ay || float.IsNaN(ax)) return x;
            if (ax == ay) return BitConverter.SingleToInt32Bits(x) < 0 ? y : x;
            return y;
        }

        public static float MinMagnitude(float x, float y)
        {
            float ax = Abs(x), ay = Abs(y);
            if (ax < ay || float.IsNaN(ax)) return x;
            if (ax == ay) return BitConverter.SingleToInt32Bits(x) < 0 ? x : y;
            return y;
        }

        public static int ILogB(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x) & 0x7FFFFFFF;
            int e = bits >> 23;
            if (e == 0xFF) return int.MaxValue;
            if (e != 0) return e - 127;
            if (bits == 0) return int.MinValue;
            int top = 31;
            while ((bits >> top) == 0) top--;
            return top - 149;
        }

        // Exact in double (float exponents are far inside double's range), then one rounding.
        public static float ScaleB(float x, int n)
        {
            if (n > 400) n = 400;
            if (n < -400) n = -400;
            return (float)((double)x * BitConverter.Int64BitsToDouble((long)(n + 1023) << 52));
        }
    }
}
