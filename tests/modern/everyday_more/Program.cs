// Everyday APIs a probe of ordinary programs found different from .NET:
// seeded Random's 64-bit draws and span helpers, Type.Namespace for global and
// nested types, stack-trace parameter types, Regex.EnumerateMatches and
// EnumerateSplits, CompositeFormat, ConcurrentDictionary's constructors.
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Shop.Core
{
    public class Outer { public class Inner { public class Deep { } } public class Gen<T> { } }
}

class GlobalType { public class Nested { } }

class HalfRandom : Random
{
    public HalfRandom(int seed) : base(seed) { }
    protected override double Sample() => 0.5;
}

static class Program
{
    static void Fail(ICollection<string> items, Dictionary<int, List<string>> map, int[] arr, ref int r) => throw new InvalidOperationException("fail");

    static void Main()
    {
        var r = new Random(42);
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 3).Select(_ => r.NextInt64())));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 3).Select(_ => r.NextInt64(-5_000_000_000L, 5_000_000_000L))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(0, 3).Select(_ => r.NextInt64(long.MinValue, long.MaxValue))));
        Console.WriteLine($"{r.NextInt64(1000)} {r.NextInt64(7, 8)} {r.NextInt64(3)} {r.Next(int.MinValue, int.MaxValue)} {r.Next(100)} {r.NextDouble():F6}");
        Console.WriteLine(new Random(7).GetString("abcdef", 12) + " " + string.Concat(new Random(7).GetItems<char>("xyz".AsSpan(), 6)));
        Span<char> hex = stackalloc char[8];
        new Random(3).GetHexString(hex, lowercase: true);
        Console.WriteLine(hex.ToString() + " " + new Random(3).GetHexString(8));
        var half = new HalfRandom(1);
        Console.WriteLine($"{half.Next(10)} {half.Next(2, 4)} {half.NextInt64(100)} {half.NextDouble()}");

        foreach (var t in new[] { typeof(Shop.Core.Outer), typeof(Shop.Core.Outer.Inner.Deep), typeof(Shop.Core.Outer.Gen<int>), typeof(GlobalType), typeof(GlobalType.Nested), typeof(GlobalType[]), typeof(List<GlobalType>), new { A = 1 }.GetType() })
            Console.WriteLine($"{t.Name}: {t.Namespace ?? "(null)"}");

        try { int x = 0; Fail(null!, null!, null!, ref x); }
        catch (Exception e) { Console.WriteLine(e.StackTrace!.Split('\n')[0].Trim().Split(" in ")[0]); }

        foreach (var m in Regex.EnumerateMatches("ab12cd345ef6", @"\d+")) Console.Write($"{m.Index}:{m.Length} ");
        Console.WriteLine();
        var rx = new Regex(@"[,;]\s*");
        var text = "a, b;c,  d";
        foreach (var range in rx.EnumerateSplits(text)) Console.Write($"[{text[range]}]");
        foreach (var range in rx.EnumerateSplits(text, 2)) Console.Write($"<{text[range]}>");
        Console.WriteLine(" " + Regex.EnumerateMatches("no digits", @"\d").MoveNext());

        var cf = CompositeFormat.Parse("{0,-6}|{1:F2}|{2}{{x}}");
        Console.WriteLine($"{cf.MinimumArgumentCount} {cf.Format}");
        Console.WriteLine(string.Format(null, cf, "ab", 3.14159, true));
        Console.WriteLine(new StringBuilder("> ").AppendFormat(null, cf, 1, 2.5, 'c'));
        Span<char> buf = stackalloc char[32];
        Console.WriteLine(buf.TryWrite(null, cf, out int written, "x", 1.0, "y") + " " + buf[..written].ToString());
        Console.WriteLine(buf[..4].TryWrite(null, cf, out written, "x", 1.0, "y") + " " + written);
        try { CompositeFormat.Parse("{0"); } catch (FormatException) { Console.WriteLine("bad format rejected"); }
        try { string.Format(null, cf, 1); } catch (FormatException e) { Console.WriteLine(e.Message); }

        var cd = new ConcurrentDictionary<string, int>(1, 31, StringComparer.OrdinalIgnoreCase);
        cd["Key"] = 1;
        Console.WriteLine(cd.ContainsKey("KEY") + " " + cd.Comparer.Equals(StringComparer.OrdinalIgnoreCase));
        var cd2 = new ConcurrentDictionary<string, int>(new[] { KeyValuePair.Create("A", 1) }, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(cd2["a"] + " " + new ConcurrentDictionary<int, int>(-1, new[] { KeyValuePair.Create(1, 2) }, null)[1]);
        try { new ConcurrentDictionary<int, int>(0, 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
        try { new ConcurrentDictionary<string, int>(new[] { KeyValuePair.Create("a", 1), KeyValuePair.Create("A", 2) }, StringComparer.OrdinalIgnoreCase); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
    }
}
