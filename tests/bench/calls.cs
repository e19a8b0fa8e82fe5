// Call-cost micro-benchmark: the same loop body reached through a static call, a virtual call and an
// interface call. Arguments: iterations (default 10000000) and variant (static | virtual | interface |
// all). Each variant prints a checksum to stdout; "all" also times each variant in-process with
// Stopwatch and prints the ratios to stderr (stdout stays deterministic for checking).
// Target (issue 3): virtual and interface calls cost at most 1.5x a static call in the interpreter.
using System;
using System.Diagnostics;

interface IStep { int Step(int acc, int i); }

abstract class StepBase { public abstract int Step(int acc, int i); }

sealed class Adder : StepBase, IStep
{
    public override int Step(int acc, int i) { return acc + (i ^ (acc >> 3)); }
    int IStep.Step(int acc, int i) { return acc + (i ^ (acc >> 3)); }
}

sealed class Mixer : StepBase, IStep
{
    public override int Step(int acc, int i) { return acc - (i ^ (acc >> 5)); }
    int IStep.Step(int acc, int i) { return acc - (i ^ (acc >> 5)); }
}

static class Calls
{
    static int StaticStep(int acc, int i) { return acc + (i ^ (acc >> 3)); }

    static int RunStatic(int n)
    {
        int acc = 1;
        for (int i = 0; i < n; i++) acc = StaticStep(acc, i);
        return acc;
    }

    static int RunVirtual(int n, StepBase s)
    {
        int acc = 1;
        for (int i = 0; i < n; i++) acc = s.Step(acc, i);
        return acc;
    }

    static int RunInterface(int n, IStep s)
    {
        int acc = 1;
        for (int i = 0; i < n; i++) acc = s.Step(acc, i);
        return acc;
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10000000;
        string variant = args.Length > 1 ? args[1] : "all";
        // Two receiver types are created so that the call sites cannot be devirtualized trivially.
        StepBase[] bases = { new Mixer(), new Adder() };
        IStep[] ifaces = { new Mixer(), new Adder() };
        StepBase vs = bases[n > 0 ? 1 : 0];
        IStep its = ifaces[n > 0 ? 1 : 0];
        if (variant == "static") { Console.WriteLine("static " + RunStatic(n)); return 0; }
        if (variant == "virtual") { Console.WriteLine("virtual " + RunVirtual(n, vs)); return 0; }
        if (variant == "interface") { Console.WriteLine("interface " + RunInterface(n, its)); return 0; }
        if (variant != "all") { Console.Error.WriteLine("unknown variant " + variant); return 2; }
        Stopwatch sw = Stopwatch.StartNew();
        int a = RunStatic(n); double ts = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        int b = RunVirtual(n, vs); double tv = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        int c = RunInterface(n, its); double ti = sw.Elapsed.TotalMilliseconds;
        Console.WriteLine("static " + a);
        Console.WriteLine("virtual " + b);
        Console.WriteLine("interface " + c);
        Console.Error.WriteLine("calls: static " + ts.ToString("F1") + " ms, virtual " + tv.ToString("F1") + " ms (" + (tv / ts).ToString("F2")
            + "x), interface " + ti.ToString("F1") + " ms (" + (ti / ts).ToString("F2") + "x)");
        return 0;
    }
}
