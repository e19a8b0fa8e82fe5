using System;
using System.Runtime.CompilerServices;
using ModInitLib;

static class Program
{
    [ModuleInitializer]
    internal static void AppInit() => Console.WriteLine("app: module initializer");

    static void Main()
    {
        Console.WriteLine("main: start");
        UseLater(false);
        Console.WriteLine("main: before first library call");
        var w = new Widget("w1");
        Console.WriteLine("main: " + w.Twice(21));
        Console.WriteLine("main: " + Registry.Describe());
        Console.WriteLine("main: " + Registry.Describe());
        var p = new Pair { A = 3, B = 4 };
        Console.WriteLine("main: pair sum " + p.Sum);
        UseLater(true);
        Console.WriteLine("main: end");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void UseLater(bool call)
    {
        if (call) Console.WriteLine("main: later " + new Widget("w2").Name);
        else Console.WriteLine("main: library not touched yet");
    }
}
