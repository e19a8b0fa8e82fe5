// Unsigned arithmetic and compares: div.un, rem.un, clt.un/cgt.un, conversions at the edges.
using System;

static class Unsigned
{
    static uint U(uint x) { return x; }
    static ulong UL(ulong x) { return x; }

    static void Main()
    {
        uint[] us = { 0, 1, 2, 7, 100, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff };
        foreach (uint a in us)
            foreach (uint b in us)
            {
                string d = b == 0 ? "-" : (a / b) + " " + (a % b);
                Console.WriteLine(a + " " + b + " lt=" + (a < b) + " le=" + (a <= b) + " gt=" + (a > b) + " ge=" + (a >= b)
                    + " eq=" + (a == b) + " add=" + (a + b) + " sub=" + (a - b) + " mul=" + (a * b) + " div/rem=" + d);
            }
        ulong[] uls = { 0, 1, 3, 0xffffffff, 0x100000000, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff };
        foreach (ulong a in uls)
            foreach (ulong b in uls)
            {
                string d = b == 0 ? "-" : (a / b) + " " + (a % b);
                Console.WriteLine(a + " " + b + " lt=" + (a < b) + " gt=" + (a > b) + " add=" + (a + b) + " sub=" + (a - b)
                    + " mul=" + (a * b) + " div/rem=" + d);
            }
        Console.WriteLine(U(0) - 1);
        Console.WriteLine(UL(0) - 1);
        Console.WriteLine((int)U(0xffffffff));
        Console.WriteLine((long)UL(0xffffffffffffffff));
        Console.WriteLine((ulong)U(0xffffffff));
        int m1 = -1; Console.WriteLine((uint)m1);
        long lm1 = -1; Console.WriteLine((ulong)lm1);
        Console.WriteLine((ulong)m1);
        Console.WriteLine((byte)U(300) + " " + (ushort)U(70000) + " " + (sbyte)U(200) + " " + (short)U(40000));
        Console.WriteLine((double)U(0xffffffff) + " " + (ulong)(double)UL(0x8000000000000000) + " " + (int)(float)U(16777217) + " " + (uint)(float)U(0xffffff7f));
        Console.WriteLine((double)UL(0xffffffffffffffff) == 18446744073709551616.0);
        Console.WriteLine(U(0x80000000) >> 31);
        Console.WriteLine(UL(0x8000000000000000) >> 63);
        byte bb = 200; byte cc = 100; Console.WriteLine(bb + cc); Console.WriteLine((byte)(bb + cc));
    }
}
