// Decimal <-> integer and floating-point conversions: Convert.ToXxx(decimal)
// rounds half to even (casts truncate), and a decimal made from a double or
// float has .NET's digits and scale (no trailing zeros).
using System;

class Program
{
    static string Try(Func<object> f)
    {
        try { return f().ToString(); }
        catch (OverflowException) { return "Overflow"; }
    }

    static string Bits(decimal d)
    {
        int[] b = decimal.GetBits(d);
        return d + " (scale " + ((b[3] >> 16) & 0xFF) + ")";
    }

    static void Main()
    {
        decimal[] values = { 0.5m, 1.5m, 2.5m, 3.5m, -0.5m, -1.5m, -2.5m, 2.4999m, 2.5001m, 7.49m, -7.51m, 0m, 254.5m, 255.5m,
            127.5m, -128.5m, 32767.5m, 65535.5m, 2147483647.5m, -2147483648.5m, 4294967295.5m, 9223372036854775807.5m, 18446744073709551615.5m, -0.4m };
        foreach (decimal v in values)
        {
            Console.WriteLine(v + ": int " + Try(() => Convert.ToInt32(v)) + ", uint " + Try(() => Convert.ToUInt32(v))
                + ", long " + Try(() => Convert.ToInt64(v)) + ", ulong " + Try(() => Convert.ToUInt64(v))
                + ", short " + Try(() => Convert.ToInt16(v)) + ", ushort " + Try(() => Convert.ToUInt16(v))
                + ", sbyte " + Try(() => Convert.ToSByte(v)) + ", byte " + Try(() => Convert.ToByte(v)));
            Console.WriteLine("  casts: int " + Try(() => (int)v) + ", long " + Try(() => (long)v) + ", byte " + Try(() => (byte)v)
                + "; IConvertible int " + Try(() => ((IConvertible)v).ToInt32(null))
                + "; ChangeType " + Try(() => Convert.ChangeType(v, typeof(long))));
        }

        double[] doubles = { 1.5, 0.1, 100.0, 1e-5, 123456789.123, 2.5, 1.0 / 3, 2.0 / 3, 1e20, 1234567890123456789.0, -0.0, 1e-28, 1e-29,
            0.30000000000000004, 1.0, -12.25, 79228162514264.3, 5e-20, 99999999999999.95, 999999999999999.5 };
        foreach (double d in doubles)
            Console.WriteLine("(decimal)" + d.ToString("R") + " = " + Bits((decimal)d) + ", Convert " + Convert.ToDecimal(d) + ", ctor " + new decimal(d));
        float[] floats = { 1.5f, 0.1f, 100f, 1e-5f, 123456.7f, 1f / 3, 16777216f, 3.4e10f };
        foreach (float f in floats)
            Console.WriteLine("(decimal)" + f.ToString("R") + "f = " + Bits((decimal)f));
        double[] tooBig = { double.MaxValue, double.NaN, 8e28, -8e28 };
        foreach (double d in tooBig) Console.WriteLine(d.ToString("R") + ": " + Try(() => (decimal)d));
    }
}
