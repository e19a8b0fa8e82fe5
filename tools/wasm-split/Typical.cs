// Typical.cs: what a typical small program does at start, run by
// tools/wasm-split/profile.mjs (with hello world) to choose the functions
// that go into cilantro.wasm; the rest load when first called. Keep it to
// what most programs touch: formatting and parsing, collections, LINQ,
// switch, using and finally, virtual and interface calls, math, enums, a
// caught exception, a garbage collection, a task waited for. (C# 7: mcs
// compiles it.)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

static class Typical
{
    class Item
    {
        public string Name; public int Count; public double Price;
        public Item(string name, int count, double price) { Name = name; Count = count; Price = price; }
        public override string ToString() => $"Item {{ Name = {Name}, Count = {Count}, Price = {Price} }}";
    }

    enum Shape { Circle, Square, Triangle }
    interface IArea { double Area(); }
    abstract class Figure : IArea { public abstract double Area(); public virtual string Describe() => GetType().Name + " " + Area().ToString("0.00"); }
    class Circle : Figure { public double R; public override double Area() => Math.PI * Math.Pow(R, 2); }
    class Square : Figure { public double Side; public override double Area() => Side * Side; public override string Describe() => "square of " + Side; }
    struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } public override string ToString() => $"({X}, {Y})"; }
    class Resource : IDisposable { public void Dispose() { Console.WriteLine("disposed"); } }

    static string Kind(int n)
    {
        switch (n % 4) { case 0: return "zero"; case 1: return "one"; case 2: return "two"; default: return "three"; }
    }

    static int Weight(string word)
    {
        switch (word) { case "apple": return 1; case "pear": return 2; case "plum": return 3; default: return word.Length; }
    }

    static T Largest<T>(IEnumerable<T> xs) where T : IComparable<T>
    {
        T best = default(T); bool first = true;
        foreach (T x in xs) if (first || x.CompareTo(best) > 0) { best = x; first = false; }
        return best;
    }

    static async Task<int> Later(int x)
    {
        await Task.Delay(10);   // long enough that the waiting thread always sleeps (a shorter one may be over already)
        return x * 2;
    }

    static int Main(string[] args)
    {
        var items = new List<Item> { new Item("apple", 3, 0.5), new Item("pear", 1, 0.75), new Item("plum", 12, 0.2) };
        var byName = new Dictionary<string, Item>();
        foreach (var item in items) byName[item.Name] = item;
        double total = items.Sum(i => i.Count * i.Price);
        string names = string.Join(", ", items.Where(i => i.Count > 1).Select(i => i.Name.ToUpperInvariant()));
        var sb = new StringBuilder();
        sb.Append("total ").Append(total.ToString("F2")).Append(" for ").Append(items.Count).Append(" items");
        Console.WriteLine(sb.ToString());
        Console.WriteLine($"{names}; pear costs {byName["pear"].Price} in {DateTime.UtcNow.Year > 2000}");
        try { int.Parse("x"); }
        catch (FormatException e) { Console.WriteLine("caught " + e.GetType().Name); }
        Console.WriteLine(items.OrderBy(i => i.Price).First());
        var figures = new List<Figure> { new Circle { R = 1.5 }, new Square { Side = 2 } };
        foreach (IArea a in figures) Console.WriteLine(a.Area().ToString("F3"));
        foreach (var f in figures) Console.WriteLine(f.Describe());
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 6).Select(Kind)) + " " + Weight("plum") + Weight("kiwi"));
        Shape shape = (Shape)Enum.Parse(typeof(Shape), "Square");
        Console.WriteLine($"{shape} {Shape.Triangle:D} {(int)Math.Round(2.5)} {(long)Math.Sqrt(1e12)} {Math.Max(3, 7)} {Math.Abs(-2.5)}");
        int acc = 1;
        checked { for (int i = 1; i < 10; i++) acc *= i; }
        Console.WriteLine(string.Format("{0,8}|{1,-6}|{2:X4}|{3:N1}", acc, "left", 255, 1234.56));
        var parts = "a,b;c d".Split(',', ';', ' ');
        Console.WriteLine($"{parts.Length} {"hello world".IndexOf("world")} {"hello".Substring(1, 3)} {"a-b".Replace("-", "+")} {double.Parse("2.5") + int.Parse("40")}");
        int parsed; Console.WriteLine(int.TryParse("12", out parsed) ? parsed : -1);
        var points = new[] { new Point(3, 1), new Point(1, 2) };
        Array.Sort(points, (p, q) => p.X.CompareTo(q.X));
        Console.WriteLine($"{points[0]} {Largest(new[] { 4, 9, 2 })} {Largest(new List<string> { "b", "c", "a" })}");
        var seen = new HashSet<int> { 1, 2, 2, 3 };
        var queue = new Queue<char>("abc");
        Func<int, int> twice = x => x * 2;
        Console.WriteLine($"{seen.Count} {queue.Dequeue()} {twice(21)} {'x'} {char.IsDigit('7')} {3.0 / 4:P0}");
        using (new Resource()) Console.WriteLine("using");
        try { try { throw new InvalidOperationException("inner"); } finally { Console.WriteLine("finally"); } }
        catch (Exception e) when (e.Message == "inner") { Console.WriteLine(e.Message); }
        var kept = new List<string>();
        for (int i = 0; i < 100000; i++) { string s = "n" + i; if (i % 1000 == 0) kept.Add(s); }
        GC.Collect();
        Console.WriteLine($"{kept.Count} kept, {Later(21).Result}");
        return 0;
    }
}
