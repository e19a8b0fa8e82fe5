// Virtual, interface and delegate calls whose targets vary at one call site
// (docs/tier.md "Calls"): abstract methods, sites that turn polymorphic,
// inherited overrides, boxed value-type receivers, generic virtual methods,
// constrained calls on structs, delegates of every binding, and exceptions
// and null receivers through calls the tier makes inline.
using System;
using System.Collections.Generic;

abstract class Shape
{
    public abstract int Area(int scale);
    public virtual string Kind() { return "shape"; }
    public virtual T Echo<T>(T value) { return value; }
}
class Square : Shape
{
    public int Side;
    public Square(int s) { Side = s; }
    public override int Area(int scale) { return Side * Side * scale; }
    public override string Kind() { return "square"; }
}
class Rect : Shape
{
    public int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public override int Area(int scale) { return W * H * scale; }
    public override T Echo<T>(T value) { Console.WriteLine("  Rect.Echo " + value); return value; }
}
class BigRect : Rect   // inherits Area from Rect: the same vtable entry
{
    public BigRect(int w, int h) : base(w, h) { }
    public override string Kind() { return "bigrect"; }
}
class Faulty : Shape
{
    public override int Area(int scale)
    {
        if (scale > 2) throw new InvalidOperationException("scale " + scale + " too big");
        return scale;
    }
}

interface ICounter { int Next(); int Value { get; } }
class ClassCounter : ICounter
{
    int n;
    public int Next() { return ++n; }
    public int Value { get { return n; } }
}
struct StructCounter : ICounter
{
    int n;
    public int Next() { n += 10; return n; }
    public int Value { get { return n; } }
}
class OddCounter : ICounter
{
    int n = 1;
    public int Next() { n += 2; return n; }
    public int Value { get { return n; } }
}

interface IScale { int Scale(int x); }
struct Doubler : IScale { public int Scale(int x) { return x * 2; } }
struct Adder : IScale { public int K; public int Scale(int x) { return x + K; } }

struct Acc
{
    public int Total;
    public int Add(int x) { Total += x; return Total; }
}

static class Program
{
    static int TotalArea(Shape[] shapes, int scale)
    {
        int sum = 0;
        for (int i = 0; i < shapes.Length; i++) sum += shapes[i].Area(scale);
        return sum;
    }

    static string Kinds(Shape[] shapes)
    {
        string s = "";
        foreach (Shape sh in shapes) s += sh.Kind() + " ";
        return s;
    }

    static int Bump(ICounter[] cs, int rounds)
    {
        int last = 0;
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < cs.Length; i++) last += cs[i].Next();
        return last;
    }

    static int ScaleAll<T>(T s, int[] xs) where T : IScale
    {
        int sum = 0;
        foreach (int x in xs) sum += s.Scale(x);   // constrained. callvirt on a struct
        return sum;
    }

    static int Apply(Func<int, int> f, int n)
    {
        int sum = 0;
        for (int i = 0; i < n; i++) sum += f(i);
        return sum;
    }

    static int Triple(int x) { return 3 * x; }

    static int SumEnumerable(IEnumerable<int> items)
    {
        int sum = 0;
        foreach (int x in items) sum += x;   // List<int>'s struct enumerator, boxed
        return sum;
    }

    static void Main()
    {
        var squares = new Shape[] { new Square(2), new Square(3) };
        Console.WriteLine("mono " + TotalArea(squares, 1) + " " + TotalArea(squares, 2));
        var mixed = new Shape[] { new Square(2), new Rect(2, 5), new BigRect(3, 4), new Square(1) };
        Console.WriteLine("poly " + TotalArea(mixed, 1) + " " + TotalArea(mixed, 3));
        Console.WriteLine("mono again " + TotalArea(squares, 5));
        Console.WriteLine("kinds " + Kinds(mixed));
        Console.WriteLine("kinds " + Kinds(new Shape[] { new Faulty(), new BigRect(1, 1) }));

        foreach (Shape s in mixed) Console.WriteLine("echo " + s.Echo<int>(s.Area(1)) + " " + s.Echo<string>(s.Kind()));

        var withFault = new Shape[] { new Square(2), new Faulty(), new Rect(1, 2) };
        for (int scale = 1; scale <= 4; scale++)
        {
            try { Console.WriteLine("fault " + scale + " " + TotalArea(withFault, scale)); }
            catch (InvalidOperationException e) { Console.WriteLine("fault " + scale + " caught " + e.Message); }
            finally { Console.WriteLine("fault " + scale + " finally"); }
        }
        try { TotalArea(new Shape[] { new Square(1), null }, 1); }
        catch (NullReferenceException) { Console.WriteLine("null receiver (virtual)"); }

        var counters = new ICounter[] { new ClassCounter(), new StructCounter(), new OddCounter() };
        Console.WriteLine("counters " + Bump(counters, 3));
        foreach (ICounter c in counters) Console.WriteLine("  value " + c.Value);
        var one = new ICounter[] { new ClassCounter() };
        Console.WriteLine("one " + Bump(one, 4) + " then mixed " + Bump(counters, 2));
        try { Bump(new ICounter[] { new OddCounter(), null }, 1); }
        catch (NullReferenceException) { Console.WriteLine("null receiver (interface)"); }

        int[] xs = { 1, 2, 3, 4 };
        Console.WriteLine("constrained " + ScaleAll(new Doubler(), xs) + " " + ScaleAll(new Adder { K = 5 }, xs));
        IScale boxed = new Adder { K = 7 };
        Console.WriteLine("boxed " + boxed.Scale(1));

        int k = 4;
        Console.WriteLine("delegates " + Apply(x => x + k, 5) + " " + Apply(Triple, 5) + " " + Apply(x => x * x, 6));
        Func<int, int>[] fs = { Triple, x => x - k, new Square(3).Area, Math.Abs };
        int total = 0;
        for (int r = 0; r < 3; r++) foreach (var f in fs) total += f(r - 1);
        Console.WriteLine("delegate site " + total);
        var acc = new Acc();
        Func<int, int> add = acc.Add;   // bound to a boxed copy
        Console.WriteLine("struct delegate " + add(3) + " " + add(4) + " " + acc.Total);
        Func<int, int> thrower = x => { if (x == 2) throw new ArgumentException("two"); return x; };
        try { Apply(thrower, 5); } catch (ArgumentException e) { Console.WriteLine("delegate threw " + e.Message); }

        var list = new List<int> { 1, 2, 3 };
        var set = new HashSet<int> { 4, 5 };
        Console.WriteLine("enumerables " + SumEnumerable(list) + " " + SumEnumerable(set) + " " + SumEnumerable(new[] { 6, 7 }));
    }
}
