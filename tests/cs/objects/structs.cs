// Value types: copy semantics in locals, fields, arrays, arguments and returns; `this` by reference;
// initobj/default; nested structs; struct with reference fields; explicit layout; equality and ToString.
using System;
using System.Runtime.InteropServices;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx) { X += dx; }
    public Point Moved(int dx) { Point p = this; p.X += dx; return p; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

struct Rect { public Point TopLeft; public Point Size; public string Label; }

struct Plain { public int A; public long B; }

[StructLayout(LayoutKind.Explicit)]
struct Union
{
    [FieldOffset(0)] public int I;
    [FieldOffset(0)] public float F;
    [FieldOffset(0)] public byte B0;
    [FieldOffset(1)] public byte B1;
    [FieldOffset(4)] public short Hi;
}

class Holder { public Point P; public Point[] Arr = new Point[2]; }

struct Big { public long A, B, C, D, E; public double F; }

static class Program
{
    static void Mutate(Point p) { p.X = 999; }
    static void MutateRef(ref Point p) { p.X = 999; }
    static Point Make(int v) { return new Point(v, -v); }
    static Big MakeBig(long seed) { Big b; b.A = seed; b.B = seed * 2; b.C = seed * 3; b.D = seed * 4; b.E = seed * 5; b.F = seed / 2.0; return b; }
    static long SumBig(Big b) { b.A = 0; return b.A + b.B + b.C + b.D + b.E; }

    static void Main()
    {
        Point a = new Point(1, 2);
        Point b = a;
        b.X = 10;
        Console.WriteLine(a + " " + b);
        Mutate(a); Console.WriteLine(a);
        MutateRef(ref a); Console.WriteLine(a);
        a.Move(1); Console.WriteLine(a);
        Console.WriteLine(a.Moved(5) + " " + a);
        Point[] arr = new Point[3];
        arr[1].X = 5; arr[1].Move(2);
        Point copy = arr[1]; copy.Y = 77;
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2] + " " + copy);
        Holder h = new Holder();
        h.P.Move(3); h.Arr[1].Y = 4;
        Console.WriteLine(h.P + " " + h.Arr[1]);
        Rect r = new Rect();
        r.TopLeft.X = 1; r.Size = Make(7); r.Label = "rect";
        Rect r2 = r; r2.TopLeft.X = 100; r2.Label = "copy";
        Console.WriteLine(r.TopLeft + " " + r.Size + " " + r.Label + " | " + r2.TopLeft + " " + r2.Label);
        Rect def = default(Rect);
        Console.WriteLine(def.TopLeft + " " + (def.Label == null));
        Plain p1 = new Plain { A = 1, B = 2 }, p2 = new Plain { A = 1, B = 2 }, p3 = new Plain { A = 1, B = 3 };
        Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(p3) + " " + p1.Equals((object)p2) + " " + (p1.GetHashCode() == p2.GetHashCode()));
        Console.WriteLine(p1.ToString());
        Union u = new Union(); u.I = 0x01020304;
        Console.WriteLine(u.B0 + " " + u.B1 + " " + u.I);
        u.F = 1.0f; Console.WriteLine(u.I);
        u.B0 = 0xff; Console.WriteLine(u.I);
        Big big = MakeBig(3);
        Console.WriteLine(SumBig(big) + " " + big.A + " " + big.F);
        Big[] bigs = new Big[4];
        for (int i = 0; i < bigs.Length; i++) bigs[i] = MakeBig(i);
        long t = 0; foreach (Big x in bigs) t += x.E; Console.WriteLine(t);
        Point? maybe = null; Console.WriteLine(maybe.HasValue + " " + maybe.GetValueOrDefault());
        maybe = new Point(4, 5); Console.WriteLine(maybe.HasValue + " " + maybe.Value);
        object boxed = a; a.X = -1;
        Console.WriteLine(boxed + " " + a + " " + ((Point)boxed).X);
        int n = 5; int m = n; m++; Console.WriteLine(n + " " + m);
        Point[] many = new Point[1000];
        for (int i = 0; i < many.Length; i++) { many[i] = new Point(i, i * 2); }
        long s = 0; for (int i = 0; i < many.Length; i++) s += many[i].X + many[i].Y; Console.WriteLine(s);
    }
}
