// Generic virtual methods instantiated with value types, called through base
// classes and interfaces; constrained calls on struct type parameters.
using System;
using System.Collections.Generic;

interface IVisitor { string Visit<T>(T value); }
interface IConverter { TOut Convert<TIn, TOut>(TIn x) where TOut : struct; }

struct Point : IEquatable<Point>, IComparable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public bool Equals(Point o) => X == o.X && Y == o.Y;
    public int CompareTo(Point o) => (X * X + Y * Y).CompareTo(o.X * o.X + o.Y * o.Y);
    public override string ToString() => "(" + X + "," + Y + ")";
    public override int GetHashCode() => X * 31 + Y;
}

abstract class Base
{
    public virtual string Describe<T>(T v) => "Base:" + v;
    public abstract T Echo<T>(T v);
    public virtual int Size<T>() where T : struct => 0;
}

class Derived : Base
{
    public override string Describe<T>(T v) => "Derived<" + typeof(T).Name + ">:" + v;
    public override T Echo<T>(T v) => v;
    public override int Size<T>() => typeof(T).Name.Length;
}

class MoreDerived : Derived
{
    public override string Describe<T>(T v) => "More/" + base.Describe(v);
}

class Printer : IVisitor
{
    public string Visit<T>(T value) => typeof(T).Name + "=" + value;
}

struct StructVisitor : IVisitor
{
    public int Calls;
    public string Visit<T>(T value) { Calls++; return "S" + Calls + ":" + value; }
}

class Conv : IConverter
{
    public TOut Convert<TIn, TOut>(TIn x) where TOut : struct => (TOut)(object)(x!.GetHashCode() % 2 == 0 ? default(TOut) : default(TOut));
}

struct Counter : IComparable<Counter>
{
    public int N;
    public int CompareTo(Counter other) { N++; return 0; }
    public void Bump() => N++;
    public override string ToString() => "Counter" + N;
}

interface IBump { void Bump(); }
struct Bumper : IBump { public int N; public void Bump() => N++; }

static class Program
{
    static string VisitAll(IVisitor v) => v.Visit(1) + " " + v.Visit(2.5) + " " + v.Visit(new Point(1, 2)) + " " + v.Visit('c') + " " + v.Visit(7L) + " " + v.Visit<int?>(3);

    static int Max<T>(T[] xs) where T : IComparable<T>
    {
        int best = 0;
        for (int i = 1; i < xs.Length; i++) if (xs[i].CompareTo(xs[best]) > 0) best = i;
        return best;
    }

    static void BumpIt<T>(ref T t) where T : IBump => t.Bump();
    static string Str<T>(T t) => t!.ToString()!;
    static int Hash<T>(T t) where T : struct => t.GetHashCode();
    static bool Eq<T>(T a, T b) where T : IEquatable<T> => a.Equals(b);

    static string Through<TV>(TV v) where TV : IVisitor => v.Visit(new Point(3, 4)) + "," + v.Visit(5);

    static void Main()
    {
        Base b = new MoreDerived();
        Console.WriteLine(b.Describe(42));
        Console.WriteLine(b.Describe(new Point(1, 2)));
        Console.WriteLine(b.Describe(3.5f));
        Console.WriteLine(b.Describe("str"));
        Console.WriteLine(b.Echo(new Point(5, 6)));
        Console.WriteLine(b.Echo(123456789012L));
        Console.WriteLine(b.Echo<decimal>(1.25m));
        Console.WriteLine(b.Size<long>() + " " + b.Size<byte>() + " " + b.Size<Point>());
        Console.WriteLine(VisitAll(new Printer()));
        Console.WriteLine(VisitAll(new StructVisitor()));
        var sv = new StructVisitor();
        Console.WriteLine(Through(sv) + " calls=" + sv.Calls);
        Console.WriteLine(Max(new[] { new Point(1, 1), new Point(5, 0), new Point(2, 2) }));
        Console.WriteLine(Max(new[] { 3, 9, 2 }));
        Console.WriteLine(Max(new[] { "b", "z", "a" }));
        var bump = new Bumper();
        BumpIt(ref bump); BumpIt(ref bump);
        Console.WriteLine(bump.N);
        Console.WriteLine(Str(new Point(8, 9)) + " " + Str(12) + " " + Hash(new Point(1, 1)) + " " + Eq(new Point(1, 2), new Point(1, 2)));
        var list = new List<Point> { new Point(3, 3), new Point(1, 1), new Point(2, 2) };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        Console.WriteLine(list.Contains(new Point(2, 2)) + " " + list.IndexOf(new Point(1, 1)));
        var d = new Dictionary<Point, string> { [new Point(1, 0)] = "east" };
        Console.WriteLine(d[new Point(1, 0)]);
    }
}
