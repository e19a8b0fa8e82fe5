// Span-based lowering of everyday C# 12-13: collection expressions (arrays,
// List<T>, spans, interfaces, spreads, [CollectionBuilder]), params spans and
// params collections, interpolated strings with non-constant holes, u8
// literals, char + string concatenation.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

[CollectionBuilder(typeof(Bag), nameof(Bag.Create))]
public sealed class Bag<T> : IEnumerable<T>
{
    private readonly List<T> _items;
    internal Bag(List<T> items) { _items = items; }
    public int Count => _items.Count;
    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

public static class Bag
{
    public static Bag<T> Create<T>(ReadOnlySpan<T> items)
    {
        var l = new List<T>();
        foreach (var x in items) l.Add(x);
        Console.WriteLine("Bag.Create with " + items.Length);
        return new Bag<T>(l);
    }
}

public record Pt(int X, int Y);

[InlineArray(4)]
public struct FourStrings
{
    private string _first;
}

[InlineArray(3)]
public struct ThreeLongs
{
    private long _v;
}

public class Holder
{
    public FourStrings Names;
    public int After = 7;
}

public static class Program
{
    static int SumSpan(params ReadOnlySpan<int> xs)
    {
        int s = 0;
        foreach (var x in xs) s += x;
        return s;
    }

    static string JoinList(params List<string> parts) => string.Join("/", parts);
    static int CountEnum(params IEnumerable<int> xs) => xs.Count();
    static string Describe(params IReadOnlyList<object> xs) => xs.Count + ":" + string.Join(",", xs);

    static string Show<T>(IEnumerable<T> xs) => "[" + string.Join(", ", xs) + "]";

    public static void Main()
    {
        int[] arr = [1, 2, 3];
        List<string> list = ["a", "b"];
        IEnumerable<int> en = [4, 5];
        IReadOnlyList<int> rol = [6, 7, 8];
        ICollection<int> coll = [9];
        IList<int> il = [];
        Span<int> span = [10, 20, 30];
        ReadOnlySpan<char> chars = ['x', 'y'];
        HashSet<int> set = [1, 1, 2];
        Console.WriteLine(Show(arr) + " " + Show(list) + " " + Show(en) + " " + Show(rol) + " " + Show(coll) + " " + il.Count);
        Console.WriteLine(span.Length + " " + span[1] + " " + chars.ToString() + " " + set.Count);
        int[] spread = [0, .. arr, .. en, 99];
        Console.WriteLine(Show(spread));
        List<int> fromSpread = [.. arr.Where(x => x > 1), .. rol];
        Console.WriteLine(Show(fromSpread));
        int[] empty = [];
        Console.WriteLine(empty.Length + " " + ReferenceEquals(empty, Array.Empty<int>()));
        Bag<int> bag = [1, 2, 3, 4];
        Console.WriteLine(bag.Count + " " + Show(bag));
        Pt[] pts = [new(1, 2), new(3, 4)];
        Console.WriteLine(Show(pts));
        int[][] jag = [[1], [2, 3], []];
        Console.WriteLine(jag.Length + " " + jag[1].Length);
        Dictionary<string, int> dict = new() { ["k"] = 1 };
        Console.WriteLine(dict["k"]);

        Console.WriteLine(SumSpan() + " " + SumSpan(1) + " " + SumSpan(1, 2, 3) + " " + SumSpan([4, 5]));
        Console.WriteLine(JoinList("x", "y", "z") + " " + CountEnum(1, 2) + " " + Describe(1, "two", 3.0));

        // interpolated strings with non-constant holes
        int n = 42;
        double d = 3.14159;
        string s = "str";
        DateTime dt = new DateTime(2024, 1, 2, 3, 4, 5);
        Console.WriteLine($"n={n} d={d:F2} s={s,6}|{s,-6}| hex={n:X4} dt={dt:yyyy-MM-dd HH:mm}");
        Console.WriteLine($"{null as string}|{(object?)null}|{new Pt(1, 2)}|{1.5m}|{'c'}|{true}");
        Console.WriteLine($"{{braces}} {n + 1} {arr.Length,3}");
        var sb = new System.Text.StringBuilder();
        sb.Append($"appended {n}");
        Console.WriteLine(sb.ToString());
        string raw = $$"""{"n": {{n}}}""";
        Console.WriteLine(raw);
        FormattableString fs = $"fmt {n} {d}";
        Console.WriteLine(fs.Format + " " + fs.ArgumentCount + " " + fs.ToString());
        Console.WriteLine(FormattableString.Invariant($"inv {d}"));

        // u8 literals and char concatenation
        ReadOnlySpan<byte> utf8 = "héllo"u8;
        Console.WriteLine(utf8.Length + " " + utf8[1]);
        byte[] bytes = "abc"u8.ToArray();
        Console.WriteLine(bytes.Length + " " + bytes[2]);
        char c = '*';
        Console.WriteLine(c + s + c);
        Console.WriteLine("pre" + c);
        Console.WriteLine(c.ToString() + n);

        // user-defined inline arrays: indexing, spans over them, GC safety
        var h = new Holder();
        for (int i = 0; i < 4; i++) h.Names[i] = "name" + i.ToString();
        GC.Collect();
        var garbage = new List<string>();
        for (int i = 0; i < 1000; i++) garbage.Add(new string('g', 10));
        GC.Collect();
        Console.WriteLine(h.Names[0] + h.Names[3] + " " + h.After);
        Span<string> nameSpan = h.Names;
        Console.WriteLine(nameSpan.Length + " " + nameSpan[2]);
        var tl = new ThreeLongs();
        tl[0] = 1; tl[1] = long.MaxValue; tl[2] = -1;
        long total = 0;
        foreach (var v in tl) total += v;
        Console.WriteLine(total + " " + tl[1]);

        // .NET 9 params ReadOnlySpan overloads of everyday APIs
        string a = "a", b = "b";
        Console.WriteLine(string.Join(",", a, b, "c"));
        Console.WriteLine(string.Join('-', a, b));
        Console.WriteLine(string.Join("|", 1, 2.5, 'x'));
        Console.WriteLine(string.Concat(a, b, a, b, a));
        Console.WriteLine(string.Concat(1, a, 2, b, 3));
        Console.WriteLine(string.Format("{0}{1}{2}{3}", 1, 2, 3, 4));
        Console.WriteLine("{0}+{1}+{2}+{3}={4}", 1, 2, 3, 4, 10);
        Console.Write("{0}{1}{2}{3}\n", a, b, a, b);
        Console.Out.WriteLine("{0} {1} {2} {3}", 1, 2, 3, 4);
        var sbf = new System.Text.StringBuilder();
        sbf.AppendFormat("{0}{1}{2}{3}", 4, 3, 2, 1).AppendJoin(",", a, b).AppendJoin('/', 1, 2);
        Console.WriteLine(sbf.ToString());
        Console.WriteLine(System.IO.Path.Combine("x", "y", "z", "w", "v"));
        var t1 = Task.FromResult(1);
        var t2 = Task.FromResult(2);
        Console.WriteLine(string.Join(",", Task.WhenAll(t1, t2).Result));
        Task.WhenAll((Task)t1, t2).Wait();
        Console.WriteLine(Task.WhenAny(t1, t2).Result.IsCompleted);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken.None, CancellationToken.None, CancellationToken.None);
        Console.WriteLine(linked.IsCancellationRequested);
    }
}
