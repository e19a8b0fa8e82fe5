// and/or/xor/not/neg on every integer width, and boolean logic.
using System;

static class Bitwise
{
    static int I(int x) { return x; }
    static long L(long x) { return x; }
    static bool B(bool x) { return x; }

    static void Main()
    {
        int[] vs = { 0, 1, -1, 0x0f0f0f0f, unchecked((int)0xf0f0f0f0), int.MinValue, 12345 };
        foreach (int a in vs)
            foreach (int b in vs)
                Console.WriteLine(a + " & " + b + " = " + (a & b) + " | " + (a | b) + " ^ " + (a ^ b));
        foreach (int a in vs) Console.WriteLine("~" + a + " = " + ~a + ", -" + a + " = " + (-a));
        long[] ls = { 0, -1, 0x0f0f0f0f0f0f0f0f, long.MinValue, 1L << 62 };
        foreach (long a in ls)
            foreach (long b in ls)
                Console.WriteLine(a + " & " + b + " = " + (a & b) + " | " + (a | b) + " ^ " + (a ^ b) + " ~ " + ~a);
        byte x = 0xAA; byte y = 0x0F;
        Console.WriteLine((x & y) + " " + (x | y) + " " + (x ^ y) + " " + (byte)~x + " " + ~x);
        ushort ux = 0xF00F; Console.WriteLine((ushort)~ux + " " + (ux ^ 0xFFFF));
        bool t = B(true), f = B(false);
        Console.WriteLine((t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + !t + " " + (t && f) + " " + (t || f));
        int count = 0;
        bool side = f && (++count > 0); bool side2 = t || (++count > 0);
        Console.WriteLine(side + " " + side2 + " " + count);
        int pop = 0; uint w = 0xdeadbeef; while (w != 0) { pop += (int)(w & 1); w >>= 1; }
        Console.WriteLine("popcount " + pop);
        Console.WriteLine(L(-8) & 0xff);
        Console.WriteLine(I(-8) & 0xff);
    }
}
