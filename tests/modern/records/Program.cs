// Records: class and struct records, inheritance, equality, with, ToString, Deconstruct.
using System.Collections.Generic;

public record Point(int X, int Y);
public record Point3(int X, int Y, int Z) : Point(X, Y);
public record Named(string Name, Point Where);
public record Empty;
public record WithList(string Tag, List<int> Items, int[] Arr);
public record struct SPoint(double X, double Y);
public readonly record struct RPoint(int A, string? B);
public record Person
{
    public string First { get; init; } = "";
    public string Last { get; init; } = "";
    public int Age;
    public string Full => First + " " + Last;
}
public abstract record Shape(string Kind)
{
    public abstract double Area { get; }
}
public sealed record Circle(double R) : Shape("circle")
{
    public override double Area => 3 * R * R;
}
public record Custom(int V)
{
    protected virtual bool PrintMembers(System.Text.StringBuilder sb)
    {
        sb.Append("V=").Append(V * 10);
        return true;
    }
}
public record OverrideToString(int V)
{
    public override string ToString() => "OTS:" + V;
}
public record Gen<T>(T Value, T? Other = default);
public record CustomEq(int A, int B)
{
    public virtual bool Equals(CustomEq? other) => other is not null && A == other.A;
    public override int GetHashCode() => A;
}

public static class Program
{
    public static void Main()
    {
        var p = new Point(1, 2);
        var q = new Point(1, 2);
        var r = p with { Y = 5 };
        Console.WriteLine(p);
        Console.WriteLine(r);
        Console.WriteLine(p == q);
        Console.WriteLine(p != r);
        Console.WriteLine(p.Equals(q));
        Console.WriteLine(ReferenceEquals(p, q));
        Console.WriteLine(p.GetHashCode() == q.GetHashCode());
        Console.WriteLine(p.Equals((object)q));
        Console.WriteLine(p.Equals(null));
        var (x, y) = r;
        Console.WriteLine(x + "," + y);

        var p3 = new Point3(1, 2, 3);
        Console.WriteLine(p3);
        Console.WriteLine(p3 == new Point3(1, 2, 3));
        Point asBase = p3;
        Console.WriteLine(asBase == p);           // EqualityContract differs
        Console.WriteLine(p == asBase);
        Console.WriteLine(asBase.Equals(new Point3(1, 2, 3)));
        var p3b = asBase with { X = 9 };
        Console.WriteLine(p3b);
        Console.WriteLine(p3b.GetType().Name);
        var (a3, b3, c3) = p3;
        Console.WriteLine(a3 + b3 + c3);

        var n = new Named("origin", new Point(0, 0));
        Console.WriteLine(n);
        Console.WriteLine(n == new Named("origin", new Point(0, 0)));
        Console.WriteLine(new Named(null!, null!));
        Console.WriteLine(new Empty());
        Console.WriteLine(new Empty() == new Empty());

        var wl = new WithList("t", new List<int> { 1, 2 }, new[] { 3 });
        Console.WriteLine(wl);
        Console.WriteLine(wl == wl with { });
        Console.WriteLine(wl == new WithList("t", new List<int> { 1, 2 }, new[] { 3 }));

        var sp = new SPoint(1.5, 2);
        var sp2 = sp with { Y = 3 };
        Console.WriteLine(sp);
        Console.WriteLine(sp2);
        Console.WriteLine(sp == new SPoint(1.5, 2));
        Console.WriteLine(sp.Equals(sp2));
        Console.WriteLine(sp.GetHashCode() == new SPoint(1.5, 2).GetHashCode());
        sp.X = 7;
        Console.WriteLine(sp);
        var def = default(SPoint);
        Console.WriteLine(def);

        var rp = new RPoint(3, null);
        Console.WriteLine(rp);
        Console.WriteLine(rp == new RPoint(3, null));
        Console.WriteLine(new RPoint(3, "x") with { A = 4 });

        var per = new Person { First = "Ada", Last = "Lovelace", Age = 36 };
        Console.WriteLine(per);
        Console.WriteLine(per.Full);
        var per2 = per with { Age = 37 };
        Console.WriteLine(per2.Age + " " + per.Age);
        Console.WriteLine(per == per2);

        Shape s = new Circle(2);
        Console.WriteLine(s);
        Console.WriteLine(s.Area);
        Console.WriteLine(s == new Circle(2));

        Console.WriteLine(new Custom(4));
        Console.WriteLine(new OverrideToString(5));
        Console.WriteLine(new Gen<string>("a"));
        Console.WriteLine(new Gen<int>(1, 2));
        Console.WriteLine(new Gen<int?>(null, 3));
        Console.WriteLine(new Gen<Point>(p));
        Console.WriteLine(new Gen<int>(1) == new Gen<int>(1, 0));

        Console.WriteLine(new CustomEq(1, 2) == new CustomEq(1, 3));
        Console.WriteLine(new CustomEq(1, 2).GetHashCode());

        var set = new HashSet<Point> { new Point(1, 1), new Point(1, 1), new Point(2, 1) };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<SPoint, string> { [new SPoint(0, 0)] = "o" };
        Console.WriteLine(dict[new SPoint(0, 0)]);

        Point? nul = null;
        Console.WriteLine(nul == null);
        Console.WriteLine(p == nul);
        Console.WriteLine(nul == p);

        // records in collections and nested ToString
        var list = new List<Point> { p, r };
        Console.WriteLine(string.Join("; ", list));
        object o = new Named("n", r);
        if (o is Named { Where: { X: 1 } w })
            Console.WriteLine("matched " + w);
        Console.WriteLine(p is Point(1, _));
        Console.WriteLine(p3 is Point(_, 2));
        // EqualityContract via reflection-free comparison
        Console.WriteLine(p.GetType() == typeof(Point));
        Console.WriteLine(new Point3(1, 2, 3).Equals((Point)new Point3(1, 2, 3)));
        Console.WriteLine(((object)new SPoint(1, 1)).Equals(new SPoint(1, 1)));
        Console.WriteLine(new RPoint(1, "a").GetHashCode() == new RPoint(1, "a").GetHashCode());
    }
}
