// .NET 9 collections: OrderedDictionary<TKey,TValue> (indexes, inserts,
// removes, the interfaces) and alternate-key lookups (Dictionary and
// ConcurrentDictionary searched with a ReadOnlySpan<char> for string keys).
using System.Collections;
using System.Collections.Concurrent;

static class Program
{
    static string Dump<TK, TV>(OrderedDictionary<TK, TV> d) where TK : notnull =>
        string.Join(" ", d.Select((kv, i) => i + ":" + kv.Key + "=" + kv.Value));

    static void Main()
    {
        var od = new OrderedDictionary<string, int>();
        for (int i = 0; i < 8; i++) od.Add("k" + (i * 5 % 8), i * i);
        Console.WriteLine(Dump(od));
        od.Insert(2, "ins", -1);
        od.RemoveAt(5);
        od.Remove("k0", out int removed);
        od["k7"] = 700;
        od["new"] = 1;
        od.SetAt(0, 55);
        od.SetAt(1, "renamed", 66);
        Console.WriteLine(Dump(od) + " removed=" + removed);
        Console.WriteLine(od.IndexOf("ins") + " " + od.IndexOf("nope") + " " + od.GetAt(3) + " " + od.ContainsValue(700) + " " + od.Count);
        Console.WriteLine(string.Join(",", od.Keys) + " | " + string.Join(",", od.Values) + " | " + ((IList<string>)od.Keys)[2] + " " + ((IReadOnlyList<int>)od.Values)[^1]);
        Console.WriteLine(od.TryAdd("ins", 3) + " " + od.TryAdd("z", 26, out int zi) + " " + zi + " " + od.TryGetValue("z", out int zv, out int zidx) + " " + zv + "@" + zidx);
        try { od.Add("z", 0); } catch (ArgumentException e) { Console.WriteLine("ArgumentException " + e.Message); }
        try { od.GetAt(99); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("ArgumentOutOfRangeException " + e.ParamName); }
        try { foreach (var kv in od) od["x" + kv.Key] = 0; } catch (InvalidOperationException e) { Console.WriteLine("InvalidOperationException " + e.Message); }
        IList<KeyValuePair<string, int>> list = od;
        list.Insert(0, new("first", 1));
        Console.WriteLine(list[0] + " " + list.IndexOf(new("z", 26)) + " " + list.Count);
        IDictionary nongeneric = od;
        foreach (DictionaryEntry e in nongeneric) { Console.Write(e.Key + ";"); }
        Console.WriteLine();
        var ci = new OrderedDictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Alpha"] = "a", ["beta"] = "b" };
        Console.WriteLine(ci["ALPHA"] + ci["BETA"] + " " + ci.ContainsKey("gamma") + " " + ci.EnsureCapacity(10));
        ci.TrimExcess();
        Console.WriteLine(ci.Capacity + " " + Dump(ci));

        Console.WriteLine("== alternate lookup");
        var dict = new Dictionary<string, int>();
        for (int i = 0; i < 50; i++) dict["key" + i] = i * 3;
        var alt = dict.GetAlternateLookup<ReadOnlySpan<char>>();
        string text = "key7,key42,key99,key0";
        int sum = 0;
        for (int start = 0; start < text.Length;)
        {
            int comma = text.IndexOf(',', start);
            if (comma < 0) comma = text.Length;
            var part = text.AsSpan(start, comma - start);
            start = comma + 1;
            if (alt.TryGetValue(part, out int v)) sum += v; else Console.WriteLine("missing " + part.ToString());
        }
        Console.WriteLine("sum " + sum + " " + alt.ContainsKey("key49".AsSpan()) + " " + alt["key10".AsSpan()]);
        Console.WriteLine(alt.TryAdd("fresh".AsSpan(), 1) + " " + alt.TryAdd("key1".AsSpan(), 1) + " " + dict["fresh"] + " " + dict.Count);
        alt["key1".AsSpan()] = 1000;
        Console.WriteLine(dict["key1"] + " " + alt.Remove("key2".AsSpan()) + " " + alt.Remove("key2".AsSpan()) + " " + alt.TryGetValue("key3".AsSpan(), out string? actual, out int v3) + " " + actual + "=" + v3);
        var ignoreCase = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Hello"] = 1 };
        Console.WriteLine(ignoreCase.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue("HELLO".AsSpan(), out int h) + " " + h);
        Console.WriteLine(new Dictionary<string, int>(StringComparer.Ordinal).TryGetAlternateLookup<ReadOnlySpan<char>>(out _)
            + " " + new Dictionary<int, int>().TryGetAlternateLookup<long>(out _));
        try { new Dictionary<object, int>().GetAlternateLookup<ReadOnlySpan<char>>(); }
        catch (InvalidOperationException e) { Console.WriteLine("InvalidOperationException " + e.Message); }
        var cd = new ConcurrentDictionary<string, int>();
        cd["one"] = 1; cd["two"] = 2;
        var calt = cd.GetAlternateLookup<ReadOnlySpan<char>>();
        Console.WriteLine(calt.TryGetValue("two".AsSpan(), out int two) + " " + two + " " + calt.TryAdd("three".AsSpan(), 3) + " " + cd.Count + " " + calt.TryRemove("one".AsSpan(), out int one) + one + " " + cd.ContainsKey("one"));
        Console.WriteLine(string.GetHashCode("abc".AsSpan()) == "abc".GetHashCode());
    }
}
