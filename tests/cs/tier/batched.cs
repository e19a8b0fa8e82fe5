// Methods that turn hot together: the wasm tier compiles a hot method with
// the methods past half the threshold into one module (docs/tier.md, "The
// module"), so these run from one module with several functions. Their
// calls between each other, exceptions thrown and caught across them, and
// collections while they are on the stack must behave as interpreted.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

interface IStep { int Step(int x); }

class Doubler : IStep
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int Step(int x) { return x * 2 + 1; }
}

class Node
{
    public Node Next;
    public int[] Data;
    public Node(int n) { Data = new int[n]; Data[n - 1] = n; }
}

static class Program
{
    static Node keep;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Collect() { GC.Collect(); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Parse(string s, int i)
    {
        // throws for every 7th input: caught by the caller, in another function of the module
        if (i % 7 == 3) return int.Parse(s + "x");
        return int.Parse(s) + i;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Allocate(int i)
    {
        var n = new Node(8 + i % 40);
        if (i % 3 == 0) { n.Next = keep; keep = n; }
        if (i % 1200 == 1199) { Collect(); keep = null; }
        long s = 0;
        for (Node p = keep; p != null; p = p.Next) s += p.Data[p.Data.Length - 1];
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Guarded(IStep step, string s, int i)
    {
        try
        {
            return step.Step(Parse(s, i));
        }
        catch (FormatException)
        {
            return -1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Divide(int a, int b)
    {
        return a / b;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int SafeDivide(int a, int b)
    {
        try { return Divide(a, b); }
        finally { finallies++; }
    }

    static int finallies;

    static void Main()
    {
        IStep step = new Doubler();
        string[] texts = { "1", "22", "333", "4444" };
        long total = 0;
        int failures = 0, divisions = 0;
        var seen = new List<int>();
        for (int i = 0; i < 5000; i++)
        {
            int r = Guarded(step, texts[i & 3], i);
            if (r < 0) failures++; else total += r;
            total += Allocate(i) & 0xFFFF;
            try { total += SafeDivide(i, i % 11 - 5); divisions++; }
            catch (DivideByZeroException) { if (seen.Count < 3) seen.Add(i); }
        }
        Console.WriteLine("total " + total);
        Console.WriteLine("failures " + failures + ", divisions " + divisions + ", finally blocks " + finallies);
        Console.WriteLine("divide by zero at " + string.Join(",", seen));
    }
}
