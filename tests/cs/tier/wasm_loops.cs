// Loops the wasm tier compiles to wasm loops (docs/tier.md "Blocks"): while
// and for loops with breaks, continues, early returns, a switch inside, nested
// loops (only the inner one becomes a wasm loop), a loop entered in its middle
// (gotos), and an exception thrown out of a loop.
using System;

static class Loops
{
    static int SumTo(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }

    static int FirstMultiple(int[] a, int k)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == 0) continue;
            if (a[i] % k == 0) return i;
        }
        return -1;
    }

    static int BreakAt(int n, int stop)
    {
        int s = 0;
        while (true)
        {
            if (n == stop) break;
            s += n;
            n--;
            if (n < 0) break;
        }
        return s;
    }

    static long Nested(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
                s += i * j;
        return s;
    }

    static int Switchy(int n)
    {
        int a = 0;
        for (int i = 0; i < n; i++)
        {
            switch (i % 4)
            {
                case 0: a += 1; break;
                case 1: a *= 2; break;
                case 2: a -= 3; continue;
                default: a ^= i; break;
            }
            a += 7;
        }
        return a;
    }

    static int Middle(int n)
    {
        int s = 0, i = 0;
        if (n > 5) goto inside;
    top:
        s += 2;
    inside:
        s += i;
        i++;
        if (i < n) goto top;
        return s;
    }

    static double Harmonic(int n)
    {
        double s = 0;
        for (int i = 1; i <= n; i++) s += 1.0 / i;
        return s;
    }

    static int Thrower(int[] a)
    {
        int s = 0;
        for (int i = 0; i <= a.Length; i++) s += a[i];
        return s;
    }

    static string Collatz(long x)
    {
        int steps = 0;
        while (x != 1) { x = (x & 1) == 0 ? x / 2 : 3 * x + 1; steps++; }
        return "steps " + steps;
    }

    static void Main()
    {
        for (int round = 0; round < 3; round++)
        {
            Console.WriteLine(SumTo(100000 + round));
            Console.WriteLine(FirstMultiple(new[] { 0, 3, 5, 0, 14, 21 }, 7));
            Console.WriteLine(FirstMultiple(new[] { 1, 2 }, 7));
            Console.WriteLine(BreakAt(50, 10) + " " + BreakAt(5, 100));
            Console.WriteLine(Nested(300 + round));
            Console.WriteLine(Switchy(1000 + round));
            Console.WriteLine(Middle(3) + " " + Middle(10 + round));
            Console.WriteLine(Harmonic(200000).ToString("F6"));
            Console.WriteLine(Collatz(27 + round));
            try { Console.WriteLine(Thrower(new[] { 1, 2, 3 })); }
            catch (IndexOutOfRangeException e) { Console.WriteLine("caught " + e.GetType().Name); }
            Console.WriteLine(int.Parse("12345") + int.Parse("-77"));
        }
    }
}
