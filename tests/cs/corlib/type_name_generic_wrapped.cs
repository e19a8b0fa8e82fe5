using System;
using System.Collections.Generic;

// Type.Name of arrays, byrefs and pointers over generic instantiations: the
// instantiation's bare name (List`1) with the suffixes, as .NET prints it.
class Program
{
    static void Show(Type t) { Console.WriteLine(t.Name + " | " + t.FullName); }

    static void Main()
    {
        Show(typeof(List<int>));
        Show(typeof(List<int>[]));
        Show(typeof(List<int>[][]));
        Show(typeof(List<int>[,]));
        Show(typeof(Dictionary<string, List<int>>[]));
        Show(typeof(List<int>).MakeByRefType());
        Show(typeof(List<int>[]).MakeByRefType());
        Show(typeof(KeyValuePair<int, int>).MakePointerType());
        Show(typeof(KeyValuePair<int, int>).MakePointerType().MakeArrayType());
        Show(typeof(int[]));
        Show(typeof(int).MakeByRefType());
        Show(typeof(List<>));
        Console.WriteLine(typeof(List<int>[]).ToString());
        Console.WriteLine(typeof(List<int>).MakeByRefType().ToString());
    }
}
