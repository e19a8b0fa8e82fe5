using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ModInitLib;

internal static class Initializers
{
    internal static readonly List<string> Log = new();

    [ModuleInitializer]
    internal static void First()
    {
        Console.WriteLine("lib: module initializer First");
        Log.Add("First");
    }

    [ModuleInitializer]
    internal static void Second()
    {
        Console.WriteLine("lib: module initializer Second");
        Log.Add("Second");
    }
}

public static class Registry
{
    static Registry() { Console.WriteLine("lib: Registry static constructor"); }

    public static string Describe() => "initializers ran: " + string.Join(",", Initializers.Log);
}

public class Widget
{
    public string Name { get; }
    public Widget(string name) { Name = name; Console.WriteLine("lib: Widget(" + name + ")"); }
    public int Twice(int x) => x * 2;
}

public struct Pair
{
    public int A, B;
    public int Sum => A + B;
}
