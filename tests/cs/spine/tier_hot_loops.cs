// Hot loops and methods that the wasm tier compiles (docs/tier.md): mixed
// int/long/float/double temps, array and field access, checks raising .NET
// exceptions from compiled code, calls between compiled methods, entry in the
// middle of a loop. Every method runs past the tier's threshold.
using System;

class Vec { public double X, Y; public int N; public long L; public float F; public short S; public byte B; }

static class TierHotLoops
{
    static int Mix(int n)
    {
        int s = 0;
        double d = 0;
        long l = 1;
        for (int i = 0; i < n; i++) {
            s += i ^ (s >> 3);
            d += (double)i / (s | 1);
            l = l * 31 + (i & 7);
            if ((i & 1023) == 0) s -= (int)(d * 0.5) & 0xFF;
        }
        return s ^ (int)l ^ (int)(d * 1000);
    }

    static double Dot(double[] a, double[] b)
    {
        double r = 0;
        for (int i = 0; i < a.Length; i++) r += a[i] * b[i];
        return r;
    }

    static void Fields(Vec v, int n)
    {
        for (int i = 0; i < n; i++) {
            v.X += v.Y * 0.5;
            v.Y = (v.X - v.Y) * 0.25;
            v.N += i;
            v.L += (long)v.N * 3;
            v.F += 0.25f;
            v.S = (short)(v.S + 7);
            v.B = (byte)(v.B + 3);
        }
    }

    static int Get(int[] a, int i) { return a[i]; }
    static int Div(int a, int b) { return a / b; }
    static int Rem(int a, int b) { return a % b; }
    static int AddChecked(int a, int b) { return checked(a + b); }
    static int MulChecked(int a, int b) { return checked(a * b); }
    static uint SubCheckedUn(uint a, uint b) { return checked(a - b); }
    static long DivLong(long a, long b) { return a / b; }
    static double Len(Vec v) { return Math.Sqrt(v.X * v.X + v.Y * v.Y); }
    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }

    static string Try(Func<int> f)
    {
        try { return f().ToString(); } catch (Exception e) { return e.GetType().Name + ": " + e.Message; }
    }

    static void Main()
    {
        Console.WriteLine(Mix(200000));
        var a = new double[3000];
        var b = new double[3000];
        for (int i = 0; i < a.Length; i++) { a[i] = i * 0.5; b[i] = 3000 - i; }
        double dot = 0;
        for (int k = 0; k < 20; k++) dot += Dot(a, b);
        Console.WriteLine(dot.ToString("R"));

        var v = new Vec { X = 1, Y = 2 };
        Fields(v, 5000);
        Console.WriteLine(v.X.ToString("R") + " " + v.Y.ToString("R") + " " + v.N + " " + v.L + " " + v.F + " " + v.S + " " + v.B);

        var arr = new int[10];
        int sum = 0;
        for (int i = 0; i < 5000; i++) sum += Get(arr, i % 10) + Div(i, 7) + Rem(i, 5) + AddChecked(i, 1) + MulChecked(i, 2) + (int)SubCheckedUn((uint)i + 5, 5) + (int)DivLong(i, 3);
        Console.WriteLine(sum);
        Console.WriteLine(Try(() => Get(arr, 10)));
        Console.WriteLine(Try(() => Get(null, 0)));
        Console.WriteLine(Try(() => Div(1, 0)));
        Console.WriteLine(Try(() => Div(int.MinValue, -1)));
        Console.WriteLine(Try(() => Rem(5, 0)));
        Console.WriteLine(Try(() => AddChecked(int.MaxValue, 1)));
        Console.WriteLine(Try(() => MulChecked(1 << 20, 1 << 12)));
        Console.WriteLine(Try(() => (int)SubCheckedUn(1, 2)));
        Console.WriteLine(Try(() => (int)DivLong(1, 0)));
        Console.WriteLine(Try(() => (int)Len(null)));

        double lens = 0;
        for (int i = 0; i < 3000; i++) lens += Len(new Vec { X = i, Y = 1 });
        Console.WriteLine(lens.ToString("R"));
        int depth = 0;
        for (int i = 0; i < 50; i++) depth += Depth(300);
        Console.WriteLine(depth);
    }
}
