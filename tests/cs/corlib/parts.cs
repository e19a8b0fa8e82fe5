// The corlib's parts (docs/corlib.md, "Parts"): types from parts the program
// references (LINQ, regular expressions, Uri, concurrent and sorted
// collections) and one only named by string, loaded while the program runs;
// assembly-qualified names read as on .NET.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

class Widget { }

class PartsTest
{
    static void Main()
    {
        var squares = Enumerable.Range(1, 10).Where(x => x % 2 == 0).Select(x => x * x).ToList();
        Console.WriteLine(string.Join(",", squares));
        Console.WriteLine(Regex.Replace("hello world", "o+", "0"));
        var bag = new ConcurrentDictionary<string, int>();
        bag["a"] = 1;
        bag.AddOrUpdate("a", 5, (k, v) => v + 10);
        Console.WriteLine(bag["a"]);
        var sorted = new SortedSet<int> { 5, 1, 3 };
        Console.WriteLine(string.Join(" ", sorted));
        Console.WriteLine(new Uri("https://example.com/a/b?c=d").AbsolutePath);

        Console.WriteLine(typeof(Regex).AssemblyQualifiedName);
        Console.WriteLine(typeof(Enumerable).AssemblyQualifiedName);
        Console.WriteLine(typeof(int[]).AssemblyQualifiedName);
        Console.WriteLine(typeof(List<Regex>).AssemblyQualifiedName);
        Console.WriteLine(typeof(Widget).AssemblyQualifiedName.StartsWith("Widget, parts, Version="));

        // Named only by string: nothing referenced BigInteger before it runs.
        Type big = Type.GetType("System.Numerics.BigInteger, System.Runtime.Numerics");
        Console.WriteLine(big != null ? big.FullName : "null");
        object n = big.GetMethod("Parse", new[] { typeof(string) }).Invoke(null, new object[] { "123456789012345678901234567890" });
        Console.WriteLine(n);
        Console.WriteLine(Type.GetType(typeof(Regex).AssemblyQualifiedName) == typeof(Regex));
        Console.WriteLine(Type.GetType("No.Such.Type, System.Runtime") == null);
    }
}
