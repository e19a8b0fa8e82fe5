// Iterators and using: yield return/break state machines (with finally blocks), IEnumerable<T> and
// non-generic, pattern-based foreach, IDisposable with using (order of Dispose, on exception),
// foreach over arrays, List<T>, Dictionary, strings.
using System;
using System.Collections;
using System.Collections.Generic;

class Resource : IDisposable
{
    string name;
    public Resource(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() { Console.WriteLine("dispose " + name); }
}

class Countdown
{
    int from;
    public Countdown(int f) { from = f; }
    public Enumerator GetEnumerator() { return new Enumerator(from); }
    public struct Enumerator
    {
        int cur;
        public Enumerator(int f) { cur = f + 1; }
        public bool MoveNext() { return --cur > 0; }
        public int Current { get { return cur; } }
    }
}

class OldStyle : IEnumerable
{
    public IEnumerator GetEnumerator() { yield return "old1"; yield return 2; }
}

class Tree : IEnumerable<int>
{
    public int Value; public Tree Left, Right;
    public IEnumerator<int> GetEnumerator()
    {
        if (Left != null) foreach (int v in Left) yield return v;
        yield return Value;
        if (Right != null) foreach (int v in Right) yield return v;
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

static class Program
{
    static IEnumerable<int> Range(int start, int count) { for (int i = 0; i < count; i++) yield return start + i; }
    static IEnumerable<string> WithFinally()
    {
        try { yield return "a"; yield return "b"; yield return "c"; }
        finally { Console.WriteLine("iterator finally"); }
    }
    static IEnumerable<int> Fib() { int a = 0, b = 1; while (true) { yield return a; int t = a + b; a = b; b = t; } }
    static IEnumerable<int> Stop(int n) { for (int i = 0; ; i++) { if (i == n) yield break; yield return i * i; } }
    static IEnumerable<T> Twice<T>(IEnumerable<T> xs) { foreach (T x in xs) { yield return x; yield return x; } }

    static void Main()
    {
        foreach (int i in Range(5, 4)) Console.Write(i + " "); Console.WriteLine();
        foreach (string s in WithFinally()) { Console.Write(s + " "); if (s == "b") break; }
        Console.WriteLine();
        foreach (string s in WithFinally()) Console.Write(s + " ");
        Console.WriteLine();
        int n = 0; foreach (int f in Fib()) { if (n++ == 15) break; Console.Write(f + " "); } Console.WriteLine();
        foreach (int i in Stop(5)) Console.Write(i + " "); Console.WriteLine();
        foreach (string s in Twice(new[] { "x", "y" })) Console.Write(s); Console.WriteLine();
        IEnumerator<int> e = Range(0, 2).GetEnumerator();
        Console.WriteLine(e.MoveNext() + " " + e.Current + " " + e.MoveNext() + " " + e.Current + " " + e.MoveNext());
        foreach (int i in new Countdown(5)) Console.Write(i + " "); Console.WriteLine();
        foreach (object o in new OldStyle()) Console.Write(o + " "); Console.WriteLine();
        Tree t = new Tree { Value = 5, Left = new Tree { Value = 2, Left = new Tree { Value = 1 } }, Right = new Tree { Value = 9, Left = new Tree { Value = 7 } } };
        foreach (int v in t) Console.Write(v + " "); Console.WriteLine();
        using (Resource r = new Resource("one")) Console.WriteLine("using body");
        using (Resource a = new Resource("a"), b = new Resource("b")) Console.WriteLine("two resources");
        try { using (new Resource("throwing")) throw new Exception("inside using"); }
        catch (Exception ex) { Console.WriteLine("caught " + ex.Message); }
        Resource nul = null; using (nul) Console.WriteLine("using null ok");
        List<string> list = new List<string> { "l1", "l2", "l3" };
        foreach (string s in list) Console.Write(s + " "); Console.WriteLine();
        try { foreach (string s in list) if (s == "l2") list.Add("bad"); }
        catch (InvalidOperationException) { Console.WriteLine("modified during foreach: InvalidOperationException"); }
        Dictionary<int, string> d = new Dictionary<int, string> { { 1, "one" }, { 2, "two" } };
        foreach (KeyValuePair<int, string> kv in d) Console.Write(kv.Key + "=" + kv.Value + " "); Console.WriteLine();
        foreach (char c in "str") Console.Write(c + "."); Console.WriteLine();
        int[] arr = { 3, 1, 4 }; foreach (int x in arr) Console.Write(x); Console.WriteLine();
        string interp = $"interp {arr[0]} and {list[1],5}|{3.5:F2}|{"left",-6}|{255:X}";
        Console.WriteLine(interp);
        Console.WriteLine(string.Format("{0}-{1}-{0} {2}", "a", 1, true));
    }
}
