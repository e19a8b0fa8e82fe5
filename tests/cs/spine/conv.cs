// mcs: -unsafe
// conv.* between all primitive types, in-range values only (out-of-range
// unchecked float->int is platform-dependent in .NET, so it is not asserted here).
using System;

static unsafe class Conv
{
    // Floating results are printed as their exact bit patterns: Mono's float
    // formatting is not the modern .NET shortest round-trip, so digits would differ.
    static long DB(double d) { return *(long*)&d; }
    static int FB(float f) { return *(int*)&f; }

    static long L(long x) { return x; }
    static double D(double x) { return x; }
    static float F(float x) { return x; }

    static void Main()
    {
        long[] ls = { 0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
                      int.MaxValue, (long)int.MaxValue + 1, int.MinValue, (long)int.MinValue - 1, uint.MaxValue, long.MaxValue, long.MinValue };
        foreach (long v0 in ls)
        {
            long v = L(v0);
            Console.WriteLine(v + ": sb=" + (sbyte)v + " b=" + (byte)v + " s=" + (short)v + " us=" + (ushort)v + " i=" + (int)v
                + " ui=" + (uint)v + " ul=" + (ulong)v + " c=" + (int)(char)v + " f=" + FB((float)v) + " d=" + DB((double)v));
        }
        double[] ds = { 0.0, -0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.7, 127.9, 255.9, -128.9, 32767.9, 65535.99,
                        2147483647.0, 2147483647.9, -2147483648.0, -2147483648.9, 4294967295.0, 4294967295.5,
                        9007199254740993.0, 9.2e18, -9.2e18, 1.8e19, 123456789012.75 };
        foreach (double d0 in ds)
        {
            double d = D(d0);
            string s = "d " + DB(d) + ":";
            if (d > -129 && d < 128) s += " sb=" + (sbyte)d;
            if (d > -1 && d < 256) s += " b=" + (byte)d;
            if (d > -32769 && d < 32768) s += " s=" + (short)d;
            if (d > -1 && d < 65536) s += " us=" + (ushort)d;
            if (d > -2147483649.0 && d < 2147483648.0) s += " i=" + (int)d;
            if (d > -1 && d < 4294967296.0) s += " ui=" + (uint)d;
            if (d > -9.3e18 && d < 9.2e18 + 1) s += " l=" + (long)d;
            if (d > -1 && d < 1.8e19 + 1) s += " ul=" + (ulong)d;
            s += " f=" + FB((float)d);
            Console.WriteLine(s);
        }
        float[] fs = { 0.1f, 16777216f, 16777217f, -3.99f, 3e9f, 1e10f };
        foreach (float f0 in fs)
        {
            float f = F(f0);
            string s = "f " + FB(f) + ": d=" + DB((double)f) + " l=" + (long)f;
            if (f > -2147483649f && f < 2147483648f) s += " i=" + (int)f;
            if (f >= 0 && f < 4294967296f) s += " ui=" + (uint)f;
            Console.WriteLine(s);
        }
        Console.WriteLine((double)F(0.1f) == 0.1);
        Console.WriteLine((float)D(0.1) == 0.1f);
        Console.WriteLine(FB((float)D(1e300)) + " " + FB((float)D(-1e300)) + " " + FB((float)D(1e-300)) + " " + FB((float)D(-1e-300)));
        Console.WriteLine(double.IsNaN((float)D(double.NaN)));
        char c = (char)L(0x1F600); Console.WriteLine((int)c);
        ulong big = ulong.MaxValue; Console.WriteLine(DB((double)big) + " " + FB((float)big));
        int neg = -7; Console.WriteLine(DB((double)neg) + " " + (ulong)(uint)neg + " " + (long)(uint)neg);
        Console.WriteLine(DB((double)(1L << 53) + 1) + " " + DB((double)((1L << 53) + 1)));
        Console.WriteLine((long)D(-0.99) + " " + (int)D(-0.99) + " " + (int)F(2.999999f));
    }
}
