// ValueTuple and Tuple: arities 1..8+, deconstruction, equality, naming, ToString,
// comparison, structural interfaces, ITuple.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

public class Pt
{
    public int X, Y;
    public Pt(int x, int y) { X = x; Y = y; }
    public void Deconstruct(out int x, out int y) { x = X; y = Y; }
}

public static class Ext
{
    public static void Deconstruct(this DateTime d, out int y, out int m, out int day) { y = d.Year; m = d.Month; day = d.Day; }
}

public class CaseInsensitive : IEqualityComparer, IComparer
{
    public new bool Equals(object? a, object? b) => string.Equals(a?.ToString()?.ToLowerInvariant(), b?.ToString()?.ToLowerInvariant());
    public int GetHashCode(object o) => o.ToString()!.ToLowerInvariant().Length;
    public int Compare(object? a, object? b) => string.CompareOrdinal(a?.ToString()?.ToLowerInvariant(), b?.ToString()?.ToLowerInvariant());
}

public static class Program
{
    static (int Min, int Max) MinMax(int[] a)
    {
        int mn = int.MaxValue, mx = int.MinValue;
        foreach (var v in a) { if (v < mn) mn = v; if (v > mx) mx = v; }
        return (mn, mx);
    }

    static void Describe(ITuple t)
    {
        var parts = new List<string>();
        for (int i = 0; i < t.Length; i++) parts.Add(t[i]?.ToString() ?? "null");
        Console.WriteLine("ITuple len " + t.Length + ": " + string.Join("|", parts));
    }

    public static void Main()
    {
        var t2 = (1, "two");
        Console.WriteLine(t2);
        Console.WriteLine(t2.Item1 + " " + t2.Item2);
        var named = (Name: "x", Age: 3);
        Console.WriteLine(named.Name + named.Age + " " + named);
        var mm = MinMax(new[] { 3, 9, -2, 5 });
        Console.WriteLine(mm.Min + " " + mm.Max);
        var (lo, hi) = mm;
        Console.WriteLine(lo + hi);
        (int a, (string b, double c)) nested = (1, ("n", 2.5));
        Console.WriteLine(nested);
        var (na, (nb, nc)) = nested;
        Console.WriteLine(na + nb + nc);

        Console.WriteLine(ValueTuple.Create(1));
        Console.WriteLine(new ValueTuple());
        Console.WriteLine((1, 2, 3, 4, 5, 6, 7));
        var t8 = (1, 2, 3, 4, 5, 6, 7, 8);
        Console.WriteLine(t8);
        Console.WriteLine(t8.Item8 + " " + t8.Rest.Item1);
        var t10 = (1, 2, 3, 4, 5, 6, 7, 8, 9, "ten");
        Console.WriteLine(t10);
        Console.WriteLine(t10.Item10);
        var t16 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        Console.WriteLine(t16);
        Console.WriteLine(t16.GetType().Name);
        Console.WriteLine((null as string, 1));
        Console.WriteLine(((int?)null, 'c', 1.5f, true));

        // equality
        Console.WriteLine((1, "a") == (1, "a"));
        Console.WriteLine((1, "a") != (1, "b"));
        Console.WriteLine(t2.Equals((1, "two")));
        Console.WriteLine(t2.Equals((object)(1, "two")));
        Console.WriteLine(t2.Equals("x"));
        Console.WriteLine(t8 == (1, 2, 3, 4, 5, 6, 7, 8));
        Console.WriteLine(t10.Equals((1, 2, 3, 4, 5, 6, 7, 8, 9, "ten")));
        Console.WriteLine((1, 2L) == (1L, 2));
        int? ni = null;
        Console.WriteLine((ni, 1) == (null, 1));
        Console.WriteLine(t2.GetHashCode() == (1, "two").GetHashCode());
        Console.WriteLine(t10.GetHashCode() == (1, 2, 3, 4, 5, 6, 7, 8, 9, "ten").GetHashCode());

        // comparison
        var list = new List<(int, string)> { (2, "b"), (1, "z"), (2, "a"), (1, "a") };
        list.Sort();
        Console.WriteLine(string.Join(" ", list));
        Console.WriteLine((1, 2).CompareTo((1, 3)) + " " + (2, 0).CompareTo((1, 9)) + " " + (1, 1).CompareTo((1, 1)));
        IComparable ic = (1, 2);
        Console.WriteLine(ic.CompareTo((1, 1)));
        Console.WriteLine(ic.CompareTo(null));
        try { ic.CompareTo("x"); } catch (ArgumentException e) { Console.WriteLine("AE " + e.ParamName + " " + e.Message); }
        Console.WriteLine(t10.CompareTo((1, 2, 3, 4, 5, 6, 7, 8, 9, "tem")));

        // structural
        IStructuralEquatable se = ("Abc", 1);
        Console.WriteLine(se.Equals(("aBC", 1), new CaseInsensitive()));
        Console.WriteLine(se.Equals(("aBC", 1), EqualityComparer<object>.Default));
        Console.WriteLine(se.GetHashCode(new CaseInsensitive()) == ((IStructuralEquatable)("XYZ", 1)).GetHashCode(new CaseInsensitive()));
        IStructuralComparable sc = ("b", 1);
        Console.WriteLine(Math.Sign(sc.CompareTo(("A", 1), new CaseInsensitive())));
        Console.WriteLine(Math.Sign(sc.CompareTo(("B", 0), new CaseInsensitive())));

        // ITuple
        Describe((1, "a", 2.5));
        Describe(t10);
        Describe(ValueTuple.Create(7));
        Describe(new ValueTuple());
        Describe(Tuple.Create(1, 2));
        Describe(new Tuple<int, int, int, int, int, int, int, Tuple<int, int>>(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8, 9)));
        try { var x = ((ITuple)(1, 2))[2]; } catch (IndexOutOfRangeException) { Console.WriteLine("IOORE"); }
        object boxed = (5, 6);
        if (boxed is (int p, int q)) Console.WriteLine("positional " + p + q);
        if (boxed is ITuple { Length: 2 }) Console.WriteLine("ITuple pattern");

        // deconstruction
        var (px, py) = new Pt(3, 4);
        Console.WriteLine(px * py);
        var (yy, mo, dd) = new DateTime(2024, 2, 29);
        Console.WriteLine(yy + "-" + mo + "-" + dd);
        int s1 = 1, s2 = 2;
        (s1, s2) = (s2, s1);
        Console.WriteLine(s1 + " " + s2);
        var arr = new[] { 5, 6 };
        (arr[0], arr[1]) = (arr[1], arr[0]);
        Console.WriteLine(arr[0] + " " + arr[1]);
        (_, var keep) = (1, 2);
        Console.WriteLine(keep);
        foreach (var (k, v) in new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 })
            Console.WriteLine(k + v);
        var kv = new KeyValuePair<int, string>(1, "one");
        var (kk, vv) = kv;
        Console.WriteLine(kk + vv + " " + kv);
        var kvp = KeyValuePair.Create("k", 9);
        Console.WriteLine(kvp);

        // tuples in collections and as dictionary keys
        var d = new Dictionary<(int, int), string> { [(0, 0)] = "origin", [(1, 0)] = "east" };
        Console.WriteLine(d[(1, 0)]);
        var hs = new HashSet<(string, int)> { ("a", 1), ("a", 1), ("b", 1) };
        Console.WriteLine(hs.Count);
        var tuplesWithNames = new List<(string Name, int Score)> { ("x", 3), ("y", 1) };
        tuplesWithNames.Sort((l, r) => l.Score.CompareTo(r.Score));
        Console.WriteLine(tuplesWithNames[0].Name);

        // System.Tuple
        var ct = Tuple.Create(1, "a", 'c');
        Console.WriteLine(ct);
        Console.WriteLine(ct.Equals(Tuple.Create(1, "a", 'c')));
        Console.WriteLine(ct.GetHashCode() == Tuple.Create(1, "a", 'c').GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3).GetHashCode() + " " + Tuple.Create(1, 2, 3, 4).GetHashCode() + " " + Tuple.Create(1, 2, 3, 4, 5).GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6, 7).GetHashCode() + " " + Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8).GetHashCode());
        Console.WriteLine(new Tuple<int, int, int, int, int, int, int, Tuple<int, int, int>>(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8, 9, 10)).GetHashCode());
        Console.WriteLine(ValueTuple.Create(5).GetHashCode() + " " + new ValueTuple().GetHashCode());
        Console.WriteLine(Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8));
        var (c1, c2, c3) = ct;
        Console.WriteLine(c1 + c2 + c3);
        var vt = ct.ToValueTuple();
        Console.WriteLine(vt);
        var back = (1, 2).ToTuple();
        Console.WriteLine(back.GetType().Name + " " + back);
        IComparable ctc = Tuple.Create(1, 2);
        Console.WriteLine(ctc.CompareTo(Tuple.Create(1, 3)));
        try { ctc.CompareTo("x"); } catch (ArgumentException e) { Console.WriteLine("AE " + e.ParamName + " " + e.Message); }
    }
}
