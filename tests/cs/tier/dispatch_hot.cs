// Call sites that the wasm tier compiles while hot (the default threshold,
// no .tier file): the inline caches then hold one receiver type, and the
// sites later see others (docs/tier.md "Calls"). Abstract and inherited
// virtual targets, interfaces on classes and boxed structs, delegates whose
// target changes, and an exception thrown through a call compiled inline.
using System;
using System.Collections.Generic;

abstract class Op { public abstract int Apply(int acc, int i); }
class Plus : Op { public override int Apply(int acc, int i) { return acc + (i ^ (acc >> 3)); } }
class Minus : Op { public override int Apply(int acc, int i) { return acc - (i ^ (acc >> 5)); } }
class PlusTwice : Plus { }   // Plus.Apply through an inherited vtable entry
class Bomb : Op
{
    public int At;
    public override int Apply(int acc, int i)
    {
        if (i == At) throw new InvalidOperationException("bomb at " + i);
        return acc ^ i;
    }
}

interface IStep { int Step(int acc, int i); }
class StepA : IStep { public int Step(int acc, int i) { return acc * 3 + i; } }
class StepB : IStep { public int Step(int acc, int i) { return acc - i * 7; } }
struct StepS : IStep { public int Bias; public int Step(int acc, int i) { Bias++; return acc + Bias + i; } }

static class Program
{
    static int RunOp(Op op, int n)
    {
        int acc = 1;
        for (int i = 0; i < n; i++) acc = op.Apply(acc, i);
        return acc;
    }

    static int RunOps(Op[] ops, int n)
    {
        int acc = 1;
        for (int i = 0; i < n; i++) acc = ops[i % ops.Length].Apply(acc, i);
        return acc;
    }

    static int RunStep(IStep s, int n)
    {
        int acc = 0;
        for (int i = 0; i < n; i++) acc = s.Step(acc, i);
        return acc;
    }

    static int RunSteps(IStep[] s, int n)
    {
        int acc = 0;
        for (int i = 0; i < n; i++) acc = s[i % s.Length].Step(acc, i);
        return acc;
    }

    static int RunFunc(Func<int, int> f, int n)
    {
        int acc = 0;
        for (int i = 0; i < n; i++) acc += f(i);
        return acc;
    }

    static void Main()
    {
        const int N = 5000;
        Console.WriteLine("plus " + RunOp(new Plus(), N));
        Console.WriteLine("minus " + RunOp(new Minus(), N));
        Console.WriteLine("inherited " + RunOp(new PlusTwice(), N));
        Console.WriteLine("mixed " + RunOps(new Op[] { new Plus(), new Minus(), new PlusTwice() }, N));
        Console.WriteLine("mixed again " + RunOps(new Op[] { new Minus(), new Plus() }, N));
        try { Console.WriteLine("bomb " + RunOp(new Bomb { At = 4000 }, N)); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { Console.WriteLine("bombs " + RunOps(new Op[] { new Plus(), new Bomb { At = 4321 } }, N)); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        try { RunOps(new Op[] { new Plus(), null }, N); }
        catch (NullReferenceException) { Console.WriteLine("null receiver"); }

        Console.WriteLine("stepA " + RunStep(new StepA(), N));
        Console.WriteLine("stepB " + RunStep(new StepB(), N));
        IStep boxed = new StepS();
        Console.WriteLine("stepS " + RunStep(boxed, N) + " " + RunStep(boxed, 10));
        Console.WriteLine("steps " + RunSteps(new IStep[] { new StepA(), new StepB(), new StepS(), boxed }, N));

        int k = 3;
        Console.WriteLine("func " + RunFunc(x => x * k, N));
        Console.WriteLine("func " + RunFunc(x => x - k, N) + " " + RunFunc(Math.Abs, N) + " " + RunFunc(new Plus().Apply(0, 1).CompareTo, N));

        var dict = new Dictionary<string, int>();
        for (int i = 0; i < N; i++) { string key = "k" + (i % 97); int v; dict.TryGetValue(key, out v); dict[key] = v + i; }
        long sum = 0;
        foreach (var kv in dict) sum += kv.Value;
        Console.WriteLine("dict " + dict.Count + " " + sum);
    }
}
