// NumericConvert: the one implementation behind every primitive's
// INumberBase TryConvertFrom*/TryConvertTo* (and so CreateChecked,
// CreateSaturating, CreateTruncating): the source is read as an integer
// (sign + 128-bit magnitude), a double or a decimal, then written as the
// target type with a range check that throws (checked), clamps (saturating)
// or keeps the low bits (truncating; floating sources saturate as in .NET).
namespace System.Numerics
{
    internal static class NumericConvert
    {
        internal const int Checked = 0, Saturating = 1, Truncating = 2;
        private const int KindNone = 0, KindInteger = 1, KindFloat = 2, KindDecimal = 3;

        private struct Source
        {
            internal int Kind;
            internal bool Negative;
            internal UInt128 Magnitude;
            internal double Float;
            internal decimal Dec;
        }

        private static void SetInteger(ref Source s, long v)
        {
            s.Kind = KindInteger;
            s.Negative = v < 0;
            s.Magnitude = v < 0 ? (UInt128)(ulong)(-(v + 1)) + UInt128.One : (UInt128)(ulong)v;
        }

        private static Source Read(object o)
        {
            Source s = new Source();
            switch (o)
            {
                case sbyte v: SetInteger(ref s, v); break;
                case byte v: SetInteger(ref s, v); break;
                case short v: SetInteger(ref s, v); break;
                case ushort v: SetInteger(ref s, v); break;
                case char v: SetInteger(ref s, v); break;
                case int v: SetInteger(ref s, v); break;
                case uint v: SetInteger(ref s, v); break;
                case long v: SetInteger(ref s, v); break;
                case nint v: SetInteger(ref s, v); break;
                case ulong v: s.Kind = KindInteger; s.Magnitude = v; break;
                case nuint v: s.Kind = KindInteger; s.Magnitude = (ulong)v; break;
                case UInt128 v: s.Kind = KindInteger; s.Magnitude = v; break;
                case Int128 v:
                    s.Kind = KindInteger;
                    s.Negative = Int128.IsNegative(v);
                    s.Magnitude = s.Negative ? UInt128.Zero - (UInt128)v : (UInt128)v;
                    break;
                case double v: s.Kind = KindFloat; s.Float = v; break;
                case float v: s.Kind = KindFloat; s.Float = v; break;
                case Half v: s.Kind = KindFloat; s.Float = (double)v; break;
                case decimal v: s.Kind = KindDecimal; s.Dec = v; break;
            }
            return s;
        }

        private static OverflowException Overflow() => new OverflowException("Arithmetic operation resulted in an overflow.");

        /// <summary>Integer targets in [-minMag, max]: the two's-complement bits of the result.</summary>
        private static UInt128 ToInteger(Source s, int mode, UInt128 minMag, UInt128 max)
        {
            bool neg;
            UInt128 mag;
            if (s.Kind == KindInteger) { neg = s.Negative; mag = s.Magnitude; }
            else
            {
                if (s.Kind == KindFloat && double.IsNaN(s.Float))
                {
                    if (mode == Checked) throw Overflow();
                    return UInt128.Zero;
                }
                if (mode == Truncating) mode = Saturating;
                if (s.Kind == KindFloat)
                {
                    double t = Math.Truncate(s.Float);
                    neg = t < 0;
                    double a = neg ? -t : t;
                    if (a >= 340282366920938463463374607431768211456.0)
                    {
                        if (mode == Checked) throw Overflow();
                        return neg ? UInt128.Zero - minMag : max;
                    }
                    mag = (UInt128)a;
                }
                else
                {
                    decimal t = decimal.Truncate(s.Dec);
                    neg = t < 0;
                    mag = (UInt128)(neg ? -t : t);
                }
            }
            if (mag == UInt128.Zero) neg = false;
            bool inRange = neg ? mag <= minMag : mag <= max;
            if (!inRange)
            {
                if (mode == Checked) throw Overflow();
                if (mode == Saturating) return neg ? UInt128.Zero - minMag : max;
            }
            return neg ? UInt128.Zero - mag : mag;
        }

        private static double ToDouble(Source s)
        {
            if (s.Kind == KindFloat) return s.Float;
            if (s.Kind == KindDecimal) return (double)s.Dec;
            double d = (double)s.Magnitude;
            return s.Negative ? -d : d;
        }

        private static decimal ToDecimal(Source s, int mode)
        {
            if (s.Kind == KindDecimal) return s.Dec;
            if (s.Kind == KindFloat)
            {
                if (mode != Checked)
                {
                    if (double.IsNaN(s.Float)) return 0m;
                    if (s.Float >= 79228162514264337593543950335.0) return decimal.MaxValue;
                    if (s.Float <= -79228162514264337593543950335.0) return decimal.MinValue;
                }
                return (decimal)s.Float;
            }
            UInt128 limit = new UInt128(0xFFFFFFFFUL, ulong.MaxValue);
            if (s.Magnitude > limit)
            {
                if (mode == Checked) throw new OverflowException("Value was either too large or too small for a Decimal.");
                return s.Negative ? decimal.MinValue : decimal.MaxValue;
            }
            decimal m = (decimal)s.Magnitude;
            return s.Negative ? -m : m;
        }

        private static UInt128 Mag(long v) => v < 0 ? (UInt128)(ulong)(-(v + 1)) + UInt128.One : (UInt128)(ulong)v;

        /// <summary>Converts value to TTo; false when either type is not a primitive number.</summary>
        internal static bool TryConvert<TFrom, TTo>(TFrom value, int mode, out TTo result)
        {
            result = default(TTo)!;
            Source s = Read(value!);
            if (s.Kind == KindNone) return false;
            Type t = typeof(TTo);
            object r;
            if (t == typeof(sbyte)) r = (sbyte)(ulong)ToInteger(s, mode, Mag(sbyte.MinValue), (UInt128)(ulong)sbyte.MaxValue);
            else if (t == typeof(byte)) r = (byte)(ulong)ToInteger(s, mode, UInt128.Zero, byte.MaxValue);
            else if (t == typeof(short)) r = (short)(ulong)ToInteger(s, mode, Mag(short.MinValue), (UInt128)(ulong)short.MaxValue);
            else if (t == typeof(ushort)) r = (ushort)(ulong)ToInteger(s, mode, UInt128.Zero, ushort.MaxValue);
            else if (t == typeof(char)) r = (char)(ulong)ToInteger(s, mode, UInt128.Zero, (ushort)char.MaxValue);
            else if (t == typeof(int)) r = (int)(ulong)ToInteger(s, mode, Mag(int.MinValue), (UInt128)(ulong)int.MaxValue);
            else if (t == typeof(uint)) r = (uint)(ulong)ToInteger(s, mode, UInt128.Zero, uint.MaxValue);
            else if (t == typeof(long)) r = (long)(ulong)ToInteger(s, mode, Mag(long.MinValue), (UInt128)(ulong)long.MaxValue);
            else if (t == typeof(ulong)) r = (ulong)ToInteger(s, mode, UInt128.Zero, ulong.MaxValue);
            else if (t == typeof(nint))
                r = IntPtr.Size == 8 ? (nint)(long)(ulong)ToInteger(s, mode, Mag(long.MinValue), (UInt128)(ulong)long.MaxValue)
                                     : (nint)(int)(ulong)ToInteger(s, mode, Mag(int.MinValue), (UInt128)(ulong)int.MaxValue);
            else if (t == typeof(nuint))
                r = (nuint)(ulong)ToInteger(s, mode, UInt128.Zero, IntPtr.Size == 8 ? ulong.MaxValue : uint.MaxValue);
            else if (t == typeof(Int128)) r = (Int128)ToInteger(s, mode, new UInt128(0x8000000000000000UL, 0), (UInt128)Int128.MaxValue);
            else if (t == typeof(UInt128)) r = ToInteger(s, mode, UInt128.Zero, UInt128.MaxValue);
            else if (t == typeof(double)) r = ToDouble(s);
            else if (t == typeof(float)) r = s.Kind == KindFloat || s.Kind == KindDecimal ? (float)ToDouble(s) : (s.Negative ? -(float)s.Magnitude : (float)s.Magnitude);
            else if (t == typeof(Half)) r = (Half)ToDouble(s);
            else if (t == typeof(decimal)) r = ToDecimal(s, mode);
            else return false;
            result = (TTo)r;
            return true;
        }
    }
}
