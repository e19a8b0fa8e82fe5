// Calls the wasm tier compiles before their callees ever ran: a loop turns
// hot, and only later iterations reach methods called for the first time
// (the tier translates such callees when it compiles the caller, which must
// not run their class constructors early or change what they throw), and
// virtual calls on receivers of sealed classes (bound to the override when
// the call is translated). Exceptions and collections happen inside the
// compiled code.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

class Base
{
    public virtual int Weight(int x) { return x * 3; }
    public virtual string Name() { return "base"; }
}

sealed class Leaf : Base
{
    readonly int k;
    public Leaf(int k) { this.k = k; }
    public override int Weight(int x) { return x * k; }
    // Name is inherited: the override bound for Leaf is Base's
    public override string ToString() { return "leaf" + k; }
    public override int GetHashCode() { return k * 31; }
    public override bool Equals(object o) { return o is Leaf l && l.k == k; }
}

interface IShape { int Area(); }

sealed class Square : IShape, IEquatable<Square>
{
    public int Side;
    public int Area() { return Side * Side; }
    public bool Equals(Square other) { return other != null && other.Side == Side; }
}

static class Late
{
    static readonly int seed;
    static Late()
    {
        Console.WriteLine("Late's class constructor runs");
        seed = 7;
    }
    public static int Mix(int a, int b) { return (a * seed) ^ b; }
}

static class Broken
{
    static readonly int[] table;
    static Broken()
    {
        Console.WriteLine("Broken's class constructor runs");
        int[] t = null;
        table = new int[t.Length];
    }
    public static int Get(int i) { return table[i]; }
}

static class Program
{
    // internal calls the tier leaves to the interpreter stay out of the loops
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Say(string s) { Console.WriteLine(s); }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Kind(Exception e) { return e.GetType().Name; }
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Collect() { GC.Collect(); }

    static int Divide(int a, int b) { return a / b; }

    static int Checked(int a) { return checked(a * 1000000); }

    static string Build(int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append((char)('a' + i % 26));
        return sb.ToString();
    }

    static long Churn(int rounds)
    {
        // garbage enough for collections while compiled callers sit below on the stack
        long sum = 0;
        var keep = new List<int[]>();
        for (int r = 0; r < rounds; r++)
        {
            var a = new int[64 + r % 50];
            a[a.Length - 1] = r;
            sum += a[a.Length - 1] + a.Length;
            if (r % 97 == 0) keep.Add(a);
            if (r % 5000 == 4999) Collect();
        }
        foreach (var a in keep) sum += a.Length;
        return sum;
    }

    static int Nullable(Leaf l) { return l.Weight(2); }

    static void Main()
    {
        long acc = 0;
        var leaf = new Leaf(5);
        var other = new Leaf(5);
        var sq = new Square { Side = 4 };
        string text = "seed";
        int caught = 0;
        for (int i = 0; i < 3000; i++)
        {
            acc += i % 7;
            if (i < 2000) continue;
            // from here on, each callee's first call comes from compiled code
            if (i == 2000)
            {
                Say("first late call");
                acc += Late.Mix(i, 3);
                text = Build(40);
                acc += Churn(20000);
                Say("churned " + acc);
            }
            acc += leaf.Weight(i);
            acc += leaf.GetHashCode();
            acc += leaf.Equals(other) ? 1 : 0;
            acc += leaf.Name().Length;
            acc += leaf.ToString().Length;
            acc += sq.Area();
            acc += sq.Equals(new Square { Side = i % 5 }) ? 100 : 0;
            acc += text.GetHashCode() == "abcdefghijklmnopqrstuvwxyzabcdefghijklmn".GetHashCode() ? 1 : 2;
            if (i % 250 == 0)
            {
                try { acc += Divide(i, i % 500 - 250 + 250 - i % 500); }
                catch (DivideByZeroException e) { caught++; if (caught == 1) Say(Kind(e)); }
                try { acc += Checked(i); }
                catch (OverflowException e) { caught++; if (caught == 2) Say(Kind(e)); }
                try { acc += Nullable(i % 500 == 0 ? null : leaf); }
                catch (NullReferenceException e) { caught++; Say(Kind(e) + " at " + i); }
            }
            if (i == 2900)
            {
                try { acc += Broken.Get(1); }
                catch (TypeInitializationException e) { Say("TypeInitializationException: " + Kind(e.InnerException)); }
                try { acc += Broken.Get(1); }
                catch (TypeInitializationException) { Say("again"); }
            }
        }
        Say(acc + " " + caught + " " + text);
    }
}
