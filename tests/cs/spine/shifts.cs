// Shifts: amounts >= width and negative are masked (C# semantics), signed vs unsigned right shift.
using System;

static class Shifts
{
    static int I(int x) { return x; }

    static void Main()
    {
        int[] amounts = { 0, 1, 5, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, 100 };
        int[] ivals = { 1, -1, 0x12345678, int.MinValue, int.MaxValue, -12345 };
        foreach (int v in ivals)
            foreach (int n in amounts)
                Console.WriteLine("int " + v + " << " + n + " = " + (v << I(n)) + ", >> = " + (v >> I(n)) + ", >>> = " + ((uint)v >> I(n)));
        long[] lvals = { 1, -1, 0x123456789abcdef0, long.MinValue, long.MaxValue };
        foreach (long v in lvals)
            foreach (int n in amounts)
                Console.WriteLine("long " + v + " << " + n + " = " + (v << I(n)) + ", >> = " + (v >> I(n)) + ", >>> = " + ((ulong)v >> I(n)));
        short s = -8; Console.WriteLine(s >> 1); Console.WriteLine(s << 20);
        byte b = 0x81; Console.WriteLine(b >> 1); Console.WriteLine(b << 30);
        uint r = 0xdeadbeef;
        for (int i = 0; i < 8; i++) { r = (r << 7) | (r >> 25); Console.WriteLine(r); }
    }
}
