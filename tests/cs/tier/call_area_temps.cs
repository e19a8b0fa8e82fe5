// Call arguments and results in the temps the translator reuses: the wasm
// tier keeps a call's argument area in the frame only in the block of the
// call and lets the same temps live in wasm locals elsewhere (docs/tier.md,
// "Split slots"). Arguments computed in an earlier block than the call (a
// conditional argument), temps that hold an int, a long, a double and a
// reference in turn between calls, results used in the next block, internal
// calls (Math, string) and calls left to the interpreter, all in loops, with
// every method compiled at its first call. Checked against .NET.
using System;

class Program
{
    static int Add3(int a, int b, int c) { return a * 100 + b * 10 + c; }
    static long Mix(long a, double b, int c) { return a * 3 + (long)(b * 2) + c; }
    static double Scale(double x, int k) { return x * k + 0.5; }
    static string Tag(string s, int n) { return s + ":" + n; }
    static int Len(string s) { return s == null ? -1 : s.Length; }

    struct Pair { public int A; public long B; }
    static Pair MakePair(int a, long b) { Pair p; p.A = a; p.B = b; return p; }

    static int Fold(int[] xs)
    {
        int acc = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            // the second argument is computed in its own blocks before the call's block
            acc += Add3(xs[i] & 7, i % 3 == 0 ? xs[i] >> 1 : -xs[i], (acc & 1) == 0 ? 1 : 2);
            acc ^= (int)Mix(acc, i * 0.25, i > 4 ? 7 : 9);
        }
        return acc;
    }

    static double Floats(int n)
    {
        double sum = 0;
        long bits = 1;
        for (int i = 0; i < n; i++)
        {
            double d = Scale(i, i % 4);          // temps: double here
            bits = bits * 31 + (long)d;          // long here
            int k = Add3(i, (int)(bits & 15), 3); // int here
            sum += Math.Sqrt(d + k) + Math.Abs(Scale(-d, 1));
            if ((i & 7) == 0) sum -= Math.Max(d, k);
        }
        return sum + bits % 1000;
    }

    static string Strings(int n)
    {
        string s = "";
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            string t = Tag(i % 2 == 0 ? "even" : "odd", i);
            total += Len(i % 5 == 0 ? null : t) + t.IndexOf(':') + string.Concat(t, "!").Length;
            if (i % 10 == 9) s = s + t.Substring(0, 1);
        }
        return s + "/" + total;
    }

    static long Pairs(int n)
    {
        long acc = 0;
        for (int i = 0; i < n; i++)
        {
            Pair p = MakePair(i, i % 3 == 1 ? (long)i << 33 : i);
            Pair q = i % 2 == 0 ? p : MakePair(p.A + 1, p.B - 1);
            acc += q.A + (q.B >> 3) + Add3(q.A, p.A, i);
        }
        return acc;
    }

    static void Main()
    {
        int[] xs = new int[50];
        for (int i = 0; i < xs.Length; i++) xs[i] = i * 37 % 101 - 20;
        for (int round = 0; round < 3; round++)
        {
            Console.WriteLine("fold " + Fold(xs));
            Console.WriteLine("floats " + Floats(200 + round).ToString("R"));
            Console.WriteLine("strings " + Strings(60 + round));
            Console.WriteLine("pairs " + Pairs(300 + round));
        }
    }
}
