// int64 arithmetic, including wrap-around and the MinValue / -1 edge.
using System;

static class ArithLong
{
    static long V(long x) { return x; }

    static void Div(long a, long b)
    {
        try { Console.WriteLine(a + " / " + b + " = " + (a / b)); }
        catch (Exception e) { Console.WriteLine(a + " / " + b + " -> " + e.GetType().Name); }
        try { Console.WriteLine(a + " % " + b + " = " + (a % b)); }
        catch (Exception e) { Console.WriteLine(a + " % " + b + " -> " + e.GetType().Name); }
    }

    static void Main()
    {
        long[] vals = { 0, 1, -1, 3, -3, 1000000007, 4294967296, -4294967296, 4294967295,
                        long.MaxValue, long.MinValue, long.MaxValue - 1, long.MinValue + 1, 1L << 40, -(1L << 50) };
        foreach (long a in vals)
            foreach (long b in vals)
            {
                Console.WriteLine(a + " " + b + " add=" + (a + b) + " sub=" + (a - b) + " mul=" + (a * b));
                Div(a, b);
            }
        Console.WriteLine(-V(long.MinValue));
        Console.WriteLine(V(long.MaxValue) + 1);
        Console.WriteLine(V(3037000500) * V(3037000500));
        long acc = 1;
        for (int i = 1; i <= 25; i++) { acc *= i; Console.WriteLine(i + "! = " + acc); }
        long h = 1469598103934665603;
        for (int i = 0; i < 10; i++) { h ^= i; h *= 1099511628211; }
        Console.WriteLine(h);
        int small = -5;
        long widened = small;
        Console.WriteLine(widened + " " + (widened << 33));
        int imax = int.MaxValue; Console.WriteLine((long)imax * 2 + " " + (imax * 2));
    }
}
