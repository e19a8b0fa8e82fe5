// Dictionary-heavy work: integer and string keys, struct keys with their own
// hashing, HashSet set operations, removals and re-insertions, SortedDictionary.
// Argument: number of operations (default 200000).
using System;
using System.Collections.Generic;

struct Point : IEquatable<Point>
{
    public readonly int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public bool Equals(Point o) => X == o.X && Y == o.Y;
    public override bool Equals(object o) => o is Point p && Equals(p);
    public override int GetHashCode() => X * 7919 + Y;
}

static class DictionaryBench
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 200000;
        uint seed = 7;
        Func<int, int> next = bound => { seed = seed * 1103515245 + 12345; return (int)((seed >> 8) % (uint)bound); };

        var ints = new Dictionary<int, int>();
        for (int i = 0; i < n; i++)
        {
            int k = next(n / 2);
            ints.TryGetValue(k, out int c);
            ints[k] = c + 1;
            if (i % 3 == 0) ints.Remove(next(n / 2));
        }
        long total = 0;
        foreach (var kv in ints) total += (long)kv.Key * kv.Value;
        Console.WriteLine("ints {0} {1}", ints.Count, total);

        var strings = new Dictionary<string, List<int>>();
        for (int i = 0; i < n / 2; i++)
        {
            string key = "k" + next(5000).ToString("x");
            if (!strings.TryGetValue(key, out var list)) strings.Add(key, list = new List<int>());
            list.Add(i);
        }
        int longest = 0; string longestKey = "";
        foreach (var kv in strings)
            if (kv.Value.Count > longest || (kv.Value.Count == longest && string.CompareOrdinal(kv.Key, longestKey) < 0))
            { longest = kv.Value.Count; longestKey = kv.Key; }
        Console.WriteLine("strings {0} {1} {2}", strings.Count, longestKey, longest);

        var grid = new Dictionary<Point, int>();
        int x = 0, y = 0;
        for (int i = 0; i < n; i++)
        {
            switch (next(4)) { case 0: x++; break; case 1: x--; break; case 2: y++; break; default: y--; break; }
            var p = new Point(x, y);
            grid[p] = grid.TryGetValue(p, out int v) ? v + 1 : 1;
        }
        int maxVisits = 0;
        foreach (int v in grid.Values) maxVisits = Math.Max(maxVisits, v);
        Console.WriteLine("grid {0} {1} {2},{3}", grid.Count, maxVisits, x, y);

        var a = new HashSet<int>(); var b = new HashSet<int>();
        for (int i = 0; i < n / 2; i++) { a.Add(next(n)); b.Add(next(n)); }
        var inter = new HashSet<int>(a); inter.IntersectWith(b);
        var union = new HashSet<int>(a); union.UnionWith(b);
        var except = new HashSet<int>(a); except.ExceptWith(b);
        Console.WriteLine("sets {0} {1} {2} {3}", a.Count, inter.Count, union.Count, except.Count);

        var sorted = new SortedDictionary<int, string>();
        for (int i = 0; i < n / 10; i++) sorted[next(n)] = i.ToString();
        int shown = 0; var firsts = new List<string>();
        foreach (var kv in sorted) { if (shown++ == 5) break; firsts.Add(kv.Key + "=" + kv.Value); }
        Console.WriteLine("sorted {0} {1}", sorted.Count, string.Join(" ", firsts));
    }
}
