// Struct copies compiled by the wasm tier (LDFLD_VT, STFLD_VT, LDOBJ, STOBJ,
// INITOBJ, MOVN) inside loops, next to the other ops it compiles in those
// loops: switch, leave through finally blocks, delegate calls, virtual and
// interface calls. Every method runs often enough to be compiled, and the
// results are checked against .NET.
using System;
using System.Collections.Generic;

struct Span3
{
    public long Start, Length;
    public string Tag;
    public Span3(long s, long l, string t) { Start = s; Length = l; Tag = t; }
    public long End { get { return Start + Length; } }
}

struct Small { public int A; public short B; }

class Holder
{
    public Span3 Current;
    public Small Mini;
    public Holder Next;
}

interface IScore { int Score(Span3 s); }
abstract class Scorer : IScore
{
    public abstract int Score(Span3 s);
    public virtual int Bonus(int x) { return x & 3; }
}
sealed class LengthScorer : Scorer { public override int Score(Span3 s) { return (int)s.Length; } }
sealed class TagScorer : Scorer
{
    public override int Score(Span3 s) { return s.Tag == null ? -1 : s.Tag.Length; }
    public override int Bonus(int x) { return x % 5; }
}

static class Program
{
    static Span3 Shift(Span3 s, long by) { s.Start += by; return s; }

    static void Widen(ref Span3 s, long by) { s.Length += by; }

    static long FieldCopies(int n)
    {
        var h = new Holder { Next = new Holder() };
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            h.Current = new Span3(i, i % 7, (i & 1) == 0 ? "even" : null);   // STFLD_VT
            Span3 copy = h.Current;                                            // LDFLD_VT
            h.Next.Current = Shift(copy, 3);
            Widen(ref h.Next.Current, 2);                                      // LDOBJ/STOBJ through a byref
            Span3 other = h.Next.Current;
            Span3 again = other;                                               // MOVN
            sum += again.End + copy.Start + (again.Tag == null ? 1 : again.Tag.Length);
            h.Mini.A += i;
            Small m = h.Mini;
            m.B = (short)(m.B + 1);
            h.Mini = m;
            if ((i & 15) == 0) h.Current = default(Span3);                     // INITOBJ of a field
        }
        return sum + h.Mini.A + h.Mini.B + h.Current.Length;
    }

    static long ArrayCopies(int n)
    {
        var a = new Span3[16];
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            int k = i & 15;
            a[k] = new Span3(i, k, "x");
            Widen(ref a[(k + 1) & 15], 1);
            Span3 s = a[(k + 5) & 15];
            s = default(Span3);                                                // INITOBJ of a local
            s.Length = a[k].Length;
            sum += s.Length + a[(k + 1) & 15].Length;
        }
        return sum;
    }

    static int Classify(int v)
    {
        switch (v % 6)
        {
            case 0: return 10;
            case 1: return 20;
            case 2: case 3: return v;
            case 5: return -v;
            default: return 0;
        }
    }

    static long Finally(List<Span3> list, int rounds)
    {
        long total = 0, finals = 0;
        for (int r = 0; r < rounds; r++)
        {
            foreach (Span3 s in list) total += s.Start * 2 + Classify((int)s.Length);   // struct enumerator, try/finally
            try
            {
                if ((r & 1) == 0) continue;                                    // leave through the finally
                total++;
            }
            finally { finals++; }
        }
        return total * 1000 + finals;
    }

    static long Calls(Scorer[] scorers, IScore[] ifaces, Func<Span3, long> f, Comparison<Span3> cmp, int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            var s = new Span3(i, i % 9, (i % 3) == 0 ? "abc" : "z");
            Scorer sc = scorers[i % scorers.Length];
            sum += sc.Score(s) + sc.Bonus(i);                                 // virtual
            sum += ifaces[(i / 3) % ifaces.Length].Score(s);                  // interface
            sum += f(s);                                                      // delegate
            sum += cmp(s, new Span3(i / 2, 4, null));
        }
        return sum;
    }

    static int Main()
    {
        Console.WriteLine("fields " + FieldCopies(5000));
        Console.WriteLine("arrays " + ArrayCopies(5000));
        var list = new List<Span3>();
        for (int i = 0; i < 40; i++) list.Add(new Span3(i, i * 3, i.ToString()));
        Console.WriteLine("finally " + Finally(list, 300));
        var scorers = new Scorer[] { new LengthScorer(), new TagScorer(), new LengthScorer() };
        var ifaces = new IScore[] { new TagScorer(), new LengthScorer() };
        long bias = 5;
        Func<Span3, long> f = s => s.End * bias;
        Comparison<Span3> cmp = (x, y) => x.Start.CompareTo(y.Start);
        Func<Span3, long> multi = s => 1;
        multi += s => s.Length;
        Console.WriteLine("calls " + Calls(scorers, ifaces, f, cmp, 4000));
        Console.WriteLine("multicast " + Calls(scorers, ifaces, multi, cmp, 2000));
        try
        {
            Holder h = null;
            for (int i = 0; i < 3000; i++) { if (i == 2999) h = null; else h = new Holder(); Span3 s = h.Current; }
        }
        catch (NullReferenceException) { Console.WriteLine("null holder"); }
        return 0;
    }
}
