// The translator's shortcuts must not change what a program computes:
// generic null tests of boxed values (no box is made for a value type),
// inlined calls reading their arguments from the caller's locals, the
// inlined result written straight into the call's slot, `i < a.Length`
// loop tests as one op, and Math.Sqrt as one op.
using System;

struct Pair
{
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
    public int Sum() => A + B;
    public void Bump() { A++; }
}

class Vec { public double X, Y; public long L; }

class Node
{
    public int V;
    public Node(int v) { V = v; }
    public int Twice() => V * 2;
}

static class Shortcuts
{
    static int calls;
    static int Next() { calls++; return calls; }

    static bool IsNull<T>(T x) => x == null;
    static bool NotNull<T>(T x) { if (x != null) return true; return false; }
    static string Describe<T>(T x) { if (x == null) return "null"; return "value " + x; }
    static int CountNonNull<T>(T[] xs)
    {
        int n = 0;
        foreach (var x in xs) if (x != null) n++;
        return n;
    }

    // small callees that qualify for inlining
    static int Add(int a, int b) => a + b;
    static int AddTwiceFirst(int a, int b) { a = a + a; return a + b; }   // writes its argument
    static int Diff(int a, int b) => a - b;
    static double Recip(int i, int j) => 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    static int Nested(int a, int b) => Add(a, b) * Diff(a, b);
    static int ByRef(ref int x) { x += 10; return x; }
    static int ViaAddress(int a) => ByRef(ref a);

    // no exception handling here: the wasm tier compiles these, and their faults
    static double PairDiffs(Vec a, Vec b, int n) { double s = 0; for (int i = 0; i < n; i++) s += a.X - b.X; return s; }
    static int LengthLoop(int[] xs, int stopAt)
    {
        int k = 0;
        for (int i = 0; i < xs.Length; i++) { k += xs[i]; if (i == stopAt) xs = null; }
        return k;
    }

    static double Drift(Vec v, Vec w, int n)
    {
        double chained = 0;
        for (int i = 0; i < n; i++) { v.X += w.Y * 0.5; v.Y -= w.X; w.X = v.X * v.Y; chained = v.Y = v.X + 1; }
        return chained + v.X + v.Y + w.X;
    }

    static void Main()
    {
        Console.WriteLine("-- null tests of boxed generics");
        Console.WriteLine(IsNull(5) + " " + IsNull(0) + " " + IsNull(new Pair(1, 2)));
        Console.WriteLine(IsNull<int?>(null) + " " + IsNull<int?>(3) + " " + IsNull<string>(null) + " " + IsNull("s"));
        Console.WriteLine(NotNull(5) + " " + NotNull<int?>(null) + " " + NotNull<int?>(0) + " " + NotNull<object>(null) + " " + NotNull(new object()));
        Console.WriteLine(Describe(42) + ", " + Describe<int?>(null) + ", " + Describe<int?>(7) + ", " + Describe<string>(null) + ", " + Describe("x"));
        Console.WriteLine(CountNonNull(new[] { 1, 2, 3 }) + " " + CountNonNull(new int?[] { 1, null, 3, null }) + " " + CountNonNull(new[] { "a", null, "c" }));
        calls = 0;
        bool r = IsNull(Next());   // the argument is still evaluated
        Console.WriteLine(r + " calls=" + calls);

        Console.WriteLine("-- inlined arguments");
        int x = 3, y = 4;
        Console.WriteLine(Add(x, y) + " " + Add(x, x) + " " + AddTwiceFirst(x, y) + " x=" + x + " y=" + y);
        Console.WriteLine(Nested(x, y) + " " + Nested(y, x) + " " + Diff(y, y));
        Console.WriteLine(ViaAddress(x) + " x=" + x);
        int z = x;
        z = Add(z, z);
        Console.WriteLine("z=" + z);
        double sum = 0;
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) sum += Recip(i, j) * (i + 1);
        Console.WriteLine(sum.ToString("R"));
        var p = new Pair(2, 5);
        Console.WriteLine(p.Sum());
        p.Bump();
        Console.WriteLine(p.A + " " + p.Sum());
        Node n = new Node(21);
        Console.WriteLine(n.Twice());
        n = null;
        try { Console.WriteLine(n.Twice()); }
        catch (NullReferenceException e) { Console.WriteLine("NRE " + e.Message); }

        Console.WriteLine("-- array length loop tests");
        int[] a = { 5, 6, 7 };
        int s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i];
        Console.WriteLine(s);
        int[] empty = new int[0];
        int cnt = 0;
        for (int i = 0; i < empty.Length; i++) cnt++;
        Console.WriteLine(cnt);
        int[] grow = new int[1];
        int steps = 0;
        for (int i = 0; i < grow.Length; i++) { if (grow.Length < 5) grow = new int[grow.Length + 1]; steps++; }
        Console.WriteLine(steps + " " + grow.Length);
        int[] gone = { 1, 2 };
        try
        {
            for (int i = 0; i < gone.Length; i++) { if (i == 1) gone = null; }
            Console.WriteLine("no exception");
        }
        catch (NullReferenceException e) { Console.WriteLine("NRE " + e.Message); }
        int neg = -3;
        int negSteps = 0;
        for (int i = neg; i < a.Length; i++) negSteps++;
        Console.WriteLine(negSteps);

        Console.WriteLine("-- field loads in pairs");
        Vec va = new Vec { X = 5, Y = 1.5, L = 7 }, vb = new Vec { X = 2, Y = -1, L = 3 }, vn = null;
        Console.WriteLine((va.X - vb.X) + " " + (va.Y * vb.Y) + " " + (va.L - vb.L) + " " + (va.X - va.Y));
        try { Console.WriteLine(va.X - vn.X); } catch (NullReferenceException) { Console.WriteLine("NRE in the second load"); }
        try { Console.WriteLine(vn.X - va.X); } catch (NullReferenceException) { Console.WriteLine("NRE in the first load"); }
        double acc = 0;
        Vec[] vs = { va, vb, va, null };
        try { for (int i = 0; i + 1 < vs.Length; i++) acc += vs[i].X * vs[i + 1].Y; }
        catch (NullReferenceException) { Console.WriteLine("NRE after " + acc); }

        Console.WriteLine(PairDiffs(va, vb, 4));
        try { Console.WriteLine(PairDiffs(va, vn, 4)); } catch (NullReferenceException) { Console.WriteLine("NRE in PairDiffs"); }
        try { Console.WriteLine(PairDiffs(vn, va, 4)); } catch (NullReferenceException) { Console.WriteLine("NRE in PairDiffs (first)"); }
        Console.WriteLine(PairDiffs(vn, vn, 0));
        Console.WriteLine(LengthLoop(new[] { 1, 2, 3, 4 }, 10));
        try { Console.WriteLine(LengthLoop(new[] { 1, 2, 3, 4 }, 1)); } catch (NullReferenceException) { Console.WriteLine("NRE in LengthLoop"); }

        Console.WriteLine("-- arithmetic stored in fields");
        Vec da = new Vec { X = 1, Y = 2 }, db = new Vec { X = 3, Y = 4 };
        Console.WriteLine(Drift(da, db, 3).ToString("R") + " " + da.X.ToString("R") + " " + da.Y.ToString("R") + " " + db.X.ToString("R"));
        try { Console.WriteLine(Drift(da, null, 2)); } catch (NullReferenceException) { Console.WriteLine("NRE in Drift (w)"); }
        try { Console.WriteLine(Drift(null, db, 2)); } catch (NullReferenceException) { Console.WriteLine("NRE in Drift (v)"); }
        Vec dn = null;
        double before = da.X;
        try { dn.X = da.X * 2; } catch (NullReferenceException) { Console.WriteLine("NRE storing, da.X unchanged: " + (da.X == before)); }
        double copy;
        da.Y = copy = da.X - 1;
        Console.WriteLine(copy.ToString("R") + " " + da.Y.ToString("R"));

        Console.WriteLine("-- Math.Sqrt");
        double[] vals = { 4, 2, 0, -0.0, -1, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1e-310, double.MaxValue };
        foreach (var v in vals) Console.WriteLine(Math.Sqrt(v).ToString("R") + " " + (1 / Math.Sqrt(v)).ToString("R"));
        float f = 2f;
        Console.WriteLine(Math.Sqrt(f).ToString("R"));
        Console.WriteLine((Math.Sqrt(x) + Math.Sqrt(y)).ToString("R"));
    }
}
