// Function pointers: delegate*<...> managed (ldftn + calli), static generic
// methods, instance methods through a static adapter, unmanaged pointers.
using System;
using System.Runtime.InteropServices;

class C
{
    public int V;
    public C(int v) { V = v; }
    public int Get() => V;
    public static int GetOf(C c) => c.Get() + 1;
    public virtual string Name() => "C";
}

class D : C { public D() : base(100) { } public override string Name() => "D"; }

struct S
{
    public int A;
    public static S Make(int a) => new S { A = a };
    public static long Sum(S s, long b) => s.A + b;
}

static unsafe class Program
{
    static int Add(int a, int b) => a + b;
    static int Mul(int a, int b) => a * b;
    static int Square(int a) => a * a;
    static T Id<T>(T x) => x;
    static string Pair<T, U>(T a, U b) => a + "&" + b;
    static void Log(string s) => Console.WriteLine("log " + s);
    static double Half(double d) => d / 2;
    static void Inc(ref int x) => x++;

    static int Apply(delegate*<int, int, int> f, int a, int b) => f(a, b);

    static T Twice<T>(delegate*<T, T> f, T x) => f(f(x));

    [UnmanagedCallersOnly]
    static int Native(int x) => x + 1;

    static void Main()
    {
        delegate*<int, int, int> add = &Add;
        Console.WriteLine(add(2, 3));
        Console.WriteLine(Apply(&Mul, 6, 7));
        delegate*<int, int>[] table = { &Square, &Id<int> };
        foreach (var f in table) Console.WriteLine(f(9));
        Console.WriteLine(Twice(&Square, 3));
        Console.WriteLine(Twice(&Id<string>, "same"));
        delegate*<string, int, string> pair = &Pair<string, int>;
        Console.WriteLine(pair("a", 1));
        delegate*<string, void> log = &Log;
        log("hi");
        delegate*<double, double> h = &Half;
        Console.WriteLine(h(5));
        delegate*<ref int, void> inc = &Inc;
        int v = 1; inc(ref v); inc(ref v);
        Console.WriteLine(v);
        delegate*<C, int> getOf = &C.GetOf;
        Console.WriteLine(getOf(new C(41)));
        delegate*<int, S> mk = &S.Make;
        delegate*<S, long, long> sum = &S.Sum;
        Console.WriteLine(sum(mk(5), 10L));
        delegate*<int, int, int> p1 = &Add, p2 = &Add, p3 = &Mul;
        Console.WriteLine((p1 == p2) + " " + (p1 == p3));
        Console.WriteLine(((IntPtr)p1 != IntPtr.Zero));
        // instance methods via ldftn + calli with an explicit this (Roslyn can't
        // express that directly; use delegates made from function pointers instead)
        Func<int> get = new C(7).Get;
        Console.WriteLine(get());
        delegate* unmanaged<int, int> native = &Native;
        try
        {
            Console.WriteLine(native(1));
        }
        catch (NotSupportedException)
        {
            Console.WriteLine("unmanaged calls are not supported");
        }
    }
}
