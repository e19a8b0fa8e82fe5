// System.Index / System.Range, slicing, list patterns, switch expressions and patterns.
using System.Collections.Generic;

public class MyList
{
    private readonly int[] _a;
    public MyList(params int[] a) { _a = a; }
    public int Count => _a.Length;
    public int this[int i] => _a[i];
    public int[] Slice(int start, int length) { var r = new int[length]; Array.Copy(_a, start, r, 0, length); return r; }
}

public class WithIndexers
{
    public string this[Index i] => "Index " + i;
    public string this[Range r] => "Range " + r;
}

public record Shape;
public record Circle(double R) : Shape;
public record Rect(double W, double H) : Shape;

public static class Program
{
    static string Show(int[] a) => "[" + string.Join(",", a) + "]";

    static string Classify(int[] a) => a switch
    {
        [] => "empty",
        [var one] => "one:" + one,
        [1, .., var last] => "starts 1, last " + last,
        [_, _, ..] and [.., 0] => "ends with 0",
        [var first, .. var mid, var end] when mid.Length > 2 => "long " + first + " " + Show(mid) + " " + end,
        _ => "other",
    };

    static string ClassifyList(List<string> l) => l switch
    {
        ["a", ..] => "starts a (" + l.Count + ")",
        [.., "z"] => "ends z",
        [_, var second, ..] => "second " + second,
        _ => "short",
    };

    static string Num(int n) => n switch
    {
        < 0 => "negative",
        0 => "zero",
        > 0 and < 10 => "small",
        >= 10 and <= 100 => "medium",
        _ => "large",
    };

    static string Ch(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => "letter",
        >= '0' and <= '9' => "digit",
        not (' ' or '\t') => "other",
        _ => "space",
    };

    static double Area(Shape s) => s switch
    {
        Circle { R: var r } => 3 * r * r,
        Rect(var w, var h) when w == h => w * w,
        Rect { W: var w, H: var h } => w * h,
        null => -1,
        _ => 0,
    };

    static string Obj(object? o) => o switch
    {
        int i when i > 5 => "big int " + i,
        int i => "int " + i,
        string { Length: 0 } => "empty string",
        string s => "string " + s,
        int[] { Length: > 2 } arr => "array len " + arr.Length,
        (int x, int y) => "tuple " + x + " " + y,
        null => "null",
        _ => "type " + o.GetType().Name,
    };

    public static void Main()
    {
        Index i1 = ^1;
        Index i2 = 3;
        Console.WriteLine(i1);
        Console.WriteLine(i2);
        Console.WriteLine(i1.IsFromEnd + " " + i1.Value + " " + i2.IsFromEnd + " " + i2.Value);
        Console.WriteLine(i1.GetOffset(10));
        Console.WriteLine(Index.Start + " " + Index.End + " " + Index.FromStart(2) + " " + Index.FromEnd(2));
        Console.WriteLine(i1.Equals(Index.FromEnd(1)) + " " + i1.Equals((object)Index.FromEnd(1)) + " " + (i1.GetHashCode() == Index.FromEnd(1).GetHashCode()));
        try { Index.FromStart(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        try { new Index(-1, true); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }

        Range r1 = 1..^1;
        Console.WriteLine(r1);
        Console.WriteLine(Range.All + " | " + Range.StartAt(2) + " | " + Range.EndAt(^3) + " | " + (..));
        var (off, len) = r1.GetOffsetAndLength(10);
        Console.WriteLine(off + " " + len);
        Console.WriteLine(r1.Start + " " + r1.End);
        Console.WriteLine(r1.Equals(1..^1) + " " + r1.Equals((object)(1..^1)) + " " + (r1.GetHashCode() == (1..^1).GetHashCode()) + " " + r1.Equals(1..));
        try { (5..2).GetOffsetAndLength(10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }
        try { (0..11).GetOffsetAndLength(10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("AOORE " + e.ParamName); }

        int[] arr = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        Console.WriteLine(arr[^1] + " " + arr[^10] + " " + arr[i2]);
        Console.WriteLine(Show(arr[2..5]));
        Console.WriteLine(Show(arr[..3]));
        Console.WriteLine(Show(arr[^3..]));
        Console.WriteLine(Show(arr[..]));
        Console.WriteLine(Show(arr[5..5]));
        Console.WriteLine(Show(arr[r1]));
        try { var bad = arr[5..20]; } catch (ArgumentOutOfRangeException) { Console.WriteLine("slice AOORE"); }
        try { var bad = arr[^11]; } catch (IndexOutOfRangeException) { Console.WriteLine("index IOORE"); }
        string[] sarr = { "a", "b", "c" };
        string[] sl = sarr[1..];
        Console.WriteLine(string.Join("", sl) + " " + sl.GetType());
        object[] oarr = sarr;
        object[] osl = oarr[..2];
        Console.WriteLine(osl.GetType());

        string s = "Hello, World";
        Console.WriteLine(s[^1]);
        Console.WriteLine(s[7..]);
        Console.WriteLine(s[..5]);
        Console.WriteLine(s[^5..^1]);
        Console.WriteLine(s[r1]);

        var list = new List<int> { 10, 20, 30 };
        Console.WriteLine(list[^1]);
        var ml = new MyList(5, 6, 7, 8);
        Console.WriteLine(ml[^2]);
        Console.WriteLine(Show(ml[1..3]));
        var wi = new WithIndexers();
        Console.WriteLine(wi[^2]);
        Console.WriteLine(wi[1..^2]);

        Console.WriteLine(Classify(new int[0]));
        Console.WriteLine(Classify(new[] { 7 }));
        Console.WriteLine(Classify(new[] { 1, 2, 3 }));
        Console.WriteLine(Classify(new[] { 4, 0 }));
        Console.WriteLine(Classify(new[] { 4, 5, 6, 7, 8 }));
        Console.WriteLine(Classify(new[] { 4, 5 }));
        Console.WriteLine(ClassifyList(new List<string> { "a", "b" }));
        Console.WriteLine(ClassifyList(new List<string> { "x", "z" }));
        Console.WriteLine(ClassifyList(new List<string> { "x", "y", "w" }));
        Console.WriteLine(ClassifyList(new List<string> { "x" }));

        foreach (var n in new[] { -5, 0, 3, 50, 500 }) Console.WriteLine(Num(n));
        foreach (var c in "aZ5-\t") Console.WriteLine(Ch(c));
        Console.WriteLine(Area(new Circle(1)));
        Console.WriteLine(Area(new Rect(2, 2)));
        Console.WriteLine(Area(new Rect(2, 3)));
        Console.WriteLine(Area(null!));
        Console.WriteLine(Area(new Shape()));
        foreach (var o in new object?[] { 3, 9, "", "x", new[] { 1, 2, 3 }, new[] { 1 }, (1, 2), null, 2.5 })
            Console.WriteLine(Obj(o));

        var tup = (1, "b");
        var res = tup switch { (1, "a") => "1a", (1, var b) => "1" + b, _ => "?" };
        Console.WriteLine(res);
        object boxed = 42;
        if (boxed is int and > 40 and var v) Console.WriteLine("v=" + v);
        if (boxed is not string) Console.WriteLine("not string");
        string? maybe = null;
        Console.WriteLine(maybe is null ? "null!" : "x");
        Console.WriteLine(maybe is { } ? "has" : "none");
        try { var z = 99 switch { 1 => "a" }; } catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
        try { var z = (1, "two") switch { (2, _) => "a" }; } catch (Exception e) { Console.WriteLine(e.Message); }
        try { object zz = "s"; var z = zz switch { int => "a" }; } catch (Exception e) { Console.WriteLine(e.GetType().FullName); }
        Console.WriteLine(new DateTime(2020, 5, 1) is { Month: 5, Day: > 0 });
    }
}
