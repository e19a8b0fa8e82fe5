// Generics: classes, structs, methods, constraints, static fields and cctors per instantiation,
// generic virtual methods, nested generics, default(T), typeof(T), instantiation over value types.
using System;
using System.Collections.Generic;

class Box<T>
{
    public T Value;
    public static int Instances;
    static Box() { Console.WriteLine("cctor Box<" + typeof(T).Name + ">"); }
    public Box(T v) { Value = v; Instances++; }
    public U Map<U>(Func<T, U> f) { return f(Value); }
    public override string ToString() { return "Box(" + Value + ")"; }
    public class Inner<V> { public T Outer; public V Mine; public string Show() { return Outer + "/" + Mine + " " + typeof(T).Name + "," + typeof(V).Name; } }
}

struct Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } public override string ToString() { return "<" + First + "," + Second + ">"; } }

interface IHasId { int Id { get; } }
class Thing : IHasId, IComparable<Thing> { public int Id { get; set; } public int CompareTo(Thing o) { return Id.CompareTo(o.Id); } public override string ToString() { return "T" + Id; } }
class Base { public virtual string Hello() { return "base"; } }
class Derived : Base { public override string Hello() { return "derived"; } }

class Visitor
{
    public virtual string Visit<T>(T x) { return "Visitor.Visit<" + typeof(T).Name + ">(" + x + ")"; }
}
class LoudVisitor : Visitor
{
    public override string Visit<T>(T x) { return "Loud " + base.Visit<T>(x); }
}

static class Util
{
    public static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static T Make<T>() where T : new() { return new T(); }
    public static string Ids<T>(IEnumerable<T> xs) where T : IHasId { string s = ""; foreach (T x in xs) s += x.Id + ";"; return s; }
    public static string Greet<T>(T x) where T : Base { return x.Hello(); }
    public static bool IsNull<T>(T x) where T : class { return x == null; }
    public static T Def<T>() { return default(T); }
    public static string Name<T>() { return typeof(T).Name; }
    public static int Count<T>(T[] arr, T item) { int n = 0; foreach (T x in arr) if (EqualityComparer<T>.Default.Equals(x, item)) n++; return n; }
    public static string Describe<T>(T x) where T : struct { return "struct " + x; }
}

class Stack2<T>
{
    T[] items = new T[2]; int n;
    public void Push(T x) { if (n == items.Length) { T[] b = new T[n * 2]; Array.Copy(items, b, n); items = b; } items[n++] = x; }
    public T Pop() { return items[--n]; }
    public int Count { get { return n; } }
}

static class Program
{
    static void Main()
    {
        Box<int> bi = new Box<int>(5);
        Box<string> bs = new Box<string>("s");
        new Box<int>(6);
        Console.WriteLine(Box<int>.Instances + " " + Box<string>.Instances + " " + Box<double>.Instances);
        Console.WriteLine(bi + " " + bs + " " + bi.Map(x => x * 2.5) + " " + bs.Map(x => x.Length));
        Box<int>.Inner<string> inner = new Box<int>.Inner<string>(); inner.Outer = 1; inner.Mine = "m";
        Console.WriteLine(inner.Show());
        Pair<int, string> p = new Pair<int, string>(1, "one");
        Pair<Pair<int, string>, double> pp = new Pair<Pair<int, string>, double>(p, 2.5);
        Console.WriteLine(p + " " + pp);
        Console.WriteLine(Util.Max(3, 9) + " " + Util.Max("apple", "banana") + " " + Util.Max(new Thing { Id = 4 }, new Thing { Id = 2 }));
        int a = 1, b = 2; Util.Swap(ref a, ref b); string sa = "x", sb = "y"; Util.Swap(ref sa, ref sb);
        Console.WriteLine(a + " " + b + " " + sa + " " + sb);
        Console.WriteLine(Util.Make<Thing>().Id + " " + Util.Make<List<int>>().Count);
        Console.WriteLine(Util.Ids(new List<Thing> { new Thing { Id = 7 }, new Thing { Id = 8 } }));
        Console.WriteLine(Util.Greet(new Derived()) + " " + Util.IsNull<string>(null) + " " + Util.IsNull("x"));
        Console.WriteLine(Util.Def<int>() + " " + (Util.Def<string>() == null) + " " + Util.Def<double>() + " " + Util.Def<Pair<int, int>>() + " " + Util.Def<bool>());
        Console.WriteLine(Util.Name<int>() + " " + Util.Name<string>() + " " + Util.Name<List<int>>() + " " + Util.Name<int[]>() + " " + Util.Name<Pair<int, long>>());
        Console.WriteLine(Util.Count(new[] { 1, 2, 1, 3, 1 }, 1) + " " + Util.Count(new[] { "a", null, "a" }, "a") + " " + Util.Count(new string[] { null, null }, null));
        Console.WriteLine(Util.Describe(5) + " " + Util.Describe(p));
        Visitor v = new LoudVisitor();
        Console.WriteLine(v.Visit(1) + " | " + v.Visit("s") + " | " + v.Visit(2.5) + " | " + new Visitor().Visit('c'));
        Stack2<long> st = new Stack2<long>(); for (long i = 0; i < 10; i++) st.Push(i * i);
        string popped = ""; while (st.Count > 0) popped += st.Pop() + ","; Console.WriteLine(popped);
        Stack2<Pair<int, double>> sp = new Stack2<Pair<int, double>>(); sp.Push(new Pair<int, double>(1, 1.5)); sp.Push(new Pair<int, double>(2, 2.5)); sp.Push(new Pair<int, double>(3, 3.5));
        Console.WriteLine(sp.Pop() + " " + sp.Pop() + " " + sp.Pop());
        List<int> li = new List<int>(); for (int i = 0; i < 5; i++) li.Add(i * 3);
        Console.WriteLine(li.Count + " " + li[4] + " " + li.Contains(9) + " " + li.IndexOf(6));
        Dictionary<string, List<int>> map = new Dictionary<string, List<int>>();
        map["a"] = new List<int> { 1 }; map["a"].Add(2); Console.WriteLine(map["a"].Count);
        Console.WriteLine(typeof(Box<int>) == typeof(Box<int>));
        Console.WriteLine(typeof(Box<int>) == typeof(Box<long>));
        Console.WriteLine(bi.GetType() == typeof(Box<int>));
        Func<int, int> sq = x => x * x; Func<int, Func<int, int>> adder = x => y => x + y;
        Console.WriteLine(sq(7) + " " + adder(3)(4));
    }
}
