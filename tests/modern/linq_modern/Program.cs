// LINQ operators of .NET 6-10 on Cilantro vs .NET: results, laziness, argument errors.
using System.Collections;

static class P
{
    static void Show(string label, object r)
    {
        if (r is IEnumerable e && !(r is string))
        {
            var parts = new List<string>();
            foreach (var x in e) parts.Add(x == null ? "null" : x is IEnumerable inner && !(x is string) ? "[" + string.Join(",", inner.Cast<object>()) + "]" : x.ToString());
            r = "{" + string.Join(",", parts) + "}";
        }
        Console.WriteLine(label + " = " + (r ?? "null"));
    }

    static void T(string label, Func<object> f)
    {
        try { Show(label, f()); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message); }
    }

    static IEnumerable<int> Gen(int n) { for (int i = 1; i <= n; i++) yield return i; }

    record Person(string Name, int Age, string City);

    static void Main()
    {
        int[] a = { 5, 3, 8, 1, 9, 2 };
        var people = new[] { new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 31, "Oslo"), new Person("Dee", 19, "Lima"), new Person("Eve", 25, "Rome") };

        // Chunk
        T("chunk3", () => Gen(7).Chunk(3));
        T("chunk-arr", () => a.Chunk(4));
        T("chunk0", () => a.Chunk(0));
        T("chunk-null", () => ((int[])null).Chunk(2));

        // MinBy/MaxBy
        T("minby", () => people.MinBy(p => p.Age).Name);
        T("maxby", () => people.MaxBy(p => p.Age).Name);
        T("maxby-cmp", () => people.MaxBy(p => p.Name, StringComparer.Ordinal).Name);
        T("minby-empty-ref", () => new Person[0].MinBy(p => p.Age));
        T("minby-empty-val", () => new int[0].MinBy(x => x));
        T("minby-nullkeys", () => new[] { "bb", null, "a" }.MinBy(s => s));
        T("min-cmp", () => new[] { "pear", "Fig", "apple" }.Min(StringComparer.OrdinalIgnoreCase));
        T("max-cmp", () => new[] { "pear", "Fig", "apple" }.Max(StringComparer.Ordinal));
        T("min-cmp-desc", () => a.Min(Comparer<int>.Create((x, y) => y.CompareTo(x))));
        T("min-empty-val", () => new int[0].Min(Comparer<int>.Default));
        T("min-empty-ref", () => new string[0].Min(StringComparer.Ordinal));

        // DistinctBy / UnionBy / IntersectBy / ExceptBy
        T("distinctby", () => people.DistinctBy(p => p.City).Select(p => p.Name));
        T("distinctby-cmp", () => new[] { "a", "A", "b", "B", "c" }.DistinctBy(s => s, StringComparer.OrdinalIgnoreCase));
        T("unionby", () => new[] { 1, 2, 3 }.UnionBy(new[] { 12, 14, 25 }, x => x % 10));
        T("intersectby", () => people.IntersectBy(new[] { 25, 19, 25 }, p => p.Age).Select(p => p.Name));
        T("exceptby", () => people.ExceptBy(new[] { "Oslo" }, p => p.City).Select(p => p.Name));
        T("exceptby-cmp", () => new[] { "x", "Y", "z", "Z" }.ExceptBy(new[] { "y" }, s => s, StringComparer.OrdinalIgnoreCase));
        T("unionby-null", () => new[] { 1 }.UnionBy(null, x => x));

        // Index, CountBy, AggregateBy
        T("index", () => new[] { "a", "b", "c" }.Index());
        T("index-empty", () => new int[0].Index());
        T("countby", () => people.CountBy(p => p.City));
        T("countby-cmp", () => new[] { "a", "A", "b" }.CountBy(s => s, StringComparer.OrdinalIgnoreCase));
        T("aggregateby-seed", () => people.AggregateBy(p => p.City, 0, (acc, p) => acc + p.Age));
        T("aggregateby-seedsel", () => people.AggregateBy(p => p.Age, age => "age" + age + ":", (acc, p) => acc + p.Name));
        T("countby-null", () => ((int[])null).CountBy(x => x));

        // Order / OrderDescending
        T("order", () => a.Order());
        T("orderdesc", () => a.OrderDescending());
        T("order-cmp", () => new[] { "b", "C", "a" }.Order(StringComparer.Ordinal));
        T("orderdesc-cmp", () => new[] { "b", "C", "a" }.OrderDescending(StringComparer.OrdinalIgnoreCase));
        T("order-then", () => new[] { "bb", "a", "cc", "b" }.Order().ThenBy(s => s.Length));

        // Zip
        T("zip2", () => a.Zip(new[] { "x", "y" }));
        T("zip3", () => new[] { 1, 2, 3 }.Zip(new[] { "a", "b", "c", "d" }, new[] { 1.5, 2.5, 3.5 }));
        T("zip-sel", () => a.Zip(a.Skip(1), (x, y) => x * y));
        T("zip3-null", () => a.Zip(a, (int[])null));

        // TakeLast / SkipLast / Take(Range)
        T("takelast", () => Gen(6).TakeLast(2));
        T("takelast0", () => Gen(6).TakeLast(0));
        T("takelast-big", () => a.TakeLast(100));
        T("skiplast", () => Gen(6).SkipLast(2));
        T("skiplast-neg", () => a.SkipLast(-1));
        T("take-range", () => Gen(10).Take(2..5));
        T("take-range-end", () => Gen(10).Take(^3..));
        T("take-range-mixed", () => Gen(10).Take(1..^7));
        T("take-range-mixed2", () => Gen(10).Take(^8..6));
        T("take-range-clamp", () => Gen(5).Take(^10..^3));
        T("take-range-empty", () => Gen(5).Take(4..2));
        T("take-range-arr", () => a.Take(..^4));
        T("take-all", () => a.Take(..));

        // ElementAt(Index)
        T("elementat-^1", () => Gen(5).ElementAt(^1));
        T("elementat-^5", () => Gen(5).ElementAt(^5));
        T("elementat-^6", () => Gen(5).ElementAt(^6));
        T("elementat-^0", () => Gen(5).ElementAt(^0));
        T("elementat-arr-^2", () => a.ElementAt(^2));
        T("elementat-arr-^9", () => a.ElementAt(^9));
        T("elementat-7", () => Gen(5).ElementAt(7));
        T("elementatordefault-^9", () => Gen(5).ElementAtOrDefault(^9));
        T("elementatordefault-^2", () => Gen(5).ElementAtOrDefault(^2));
        T("elementatordefault-idx", () => new[] { "p", "q" }.ElementAtOrDefault(new Index(5)));

        // TryGetNonEnumeratedCount
        int cnt;
        Console.WriteLine("tgnec list " + new List<int> { 1, 2, 3 }.TryGetNonEnumeratedCount(out cnt) + " " + cnt);
        Console.WriteLine("tgnec array " + a.TryGetNonEnumeratedCount(out cnt) + " " + cnt);
        Console.WriteLine("tgnec hashset " + new HashSet<int> { 1, 2 }.TryGetNonEnumeratedCount(out cnt) + " " + cnt);
        Console.WriteLine("tgnec dict " + new Dictionary<int, int> { [1] = 2 }.TryGetNonEnumeratedCount(out cnt) + " " + cnt);
        Console.WriteLine("tgnec iterator " + Gen(3).TryGetNonEnumeratedCount(out cnt) + " " + cnt);
        Console.WriteLine("tgnec where " + a.Where(x => x > 2).TryGetNonEnumeratedCount(out cnt) + " " + cnt);

        // ToHashSet, Append/Prepend
        T("tohashset", () => new[] { 3, 1, 3, 2, 1 }.ToHashSet().Count);
        T("tohashset-cmp", () => new[] { "a", "A", "b" }.ToHashSet(StringComparer.OrdinalIgnoreCase).Count);
        T("append", () => a.Append(100).Prepend(-1).Append(200));
        T("prepend-null", () => ((int[])null).Prepend(1));

        // *OrDefault with default values
        T("firstordefault-dv", () => new int[0].FirstOrDefault(42));
        T("firstordefault-pred-dv", () => a.FirstOrDefault(x => x > 100, -7));
        T("firstordefault-pred-hit", () => a.FirstOrDefault(x => x > 6, -7));
        T("lastordefault-dv", () => new string[0].LastOrDefault("none"));
        T("lastordefault-pred-dv", () => a.LastOrDefault(x => x < 3, 99));
        T("lastordefault-pred-miss", () => a.LastOrDefault(x => x > 30, 99));
        T("singleordefault-dv", () => new int[0].SingleOrDefault(5));
        T("singleordefault-one", () => new[] { 9 }.SingleOrDefault(5));
        T("singleordefault-many", () => new[] { 1, 2 }.SingleOrDefault(5));
        T("singleordefault-pred-dv", () => a.SingleOrDefault(x => x > 100, 11));
        T("singleordefault-pred-many", () => a.SingleOrDefault(x => x > 4, 11));

        // LeftJoin / RightJoin (.NET 10)
        var cities = new[] { ("Oslo", "NO"), ("Rome", "IT"), ("Paris", "FR"), ("Rome", "VA?") };
        T("leftjoin", () => people.LeftJoin(cities, p => p.City, c => c.Item1, (p, c) => p.Name + "-" + (c.Item2 ?? "?")));
        T("rightjoin", () => people.RightJoin(cities, p => p.City, c => c.Item1, (p, c) => (p == null ? "nobody" : p.Name) + "@" + c.Item1));
        T("leftjoin-cmp", () => new[] { "a", "B" }.LeftJoin(new[] { "A", "b", "b" }, x => x, y => y, (x, y) => x + y, StringComparer.OrdinalIgnoreCase));
        T("leftjoin-nullkey", () => new[] { "a", null }.LeftJoin(new string[] { null, "a" }, x => x, y => y, (x, y) => (x ?? "N") + "/" + (y ?? "N")));
        T("rightjoin-empty", () => new int[0].RightJoin(new[] { 1, 2 }, x => x, y => y, (x, y) => x + ":" + y));
        T("leftjoin-null", () => a.LeftJoin((int[])null, x => x, y => y, (x, y) => x));

        // Sequence / InfiniteSequence / Shuffle / Reverse(T[]) (.NET 10)
        T("sequence", () => Enumerable.Sequence(1, 10, 3));
        T("sequence-down", () => Enumerable.Sequence(10, 1, -4));
        T("sequence-single", () => Enumerable.Sequence(7, 7, 0));
        T("sequence-zero-step", () => Enumerable.Sequence(1, 2, 0));
        T("sequence-bad-end", () => Enumerable.Sequence(5, 1, 1));
        T("sequence-bad-end-neg", () => Enumerable.Sequence(1, 5, -1));
        T("sequence-overflow", () => Enumerable.Sequence(int.MaxValue - 5, int.MaxValue, 4));
        T("sequence-long", () => Enumerable.Sequence(0L, 40000000000L, 10000000000L));
        T("sequence-double", () => Enumerable.Sequence(0.0, 1.0, 0.25));
        T("sequence-nan", () => Enumerable.Sequence(0.0, 1.0, double.NaN));
        T("sequence-byte", () => Enumerable.Sequence((byte)250, (byte)255, (byte)2));
        T("sequence-decimal", () => Enumerable.Sequence(1.5m, 3m, 0.5m));
        T("infinite", () => Enumerable.InfiniteSequence(int.MaxValue - 1, 1).Take(4));
        T("infinite-double", () => Enumerable.InfiniteSequence(1.0, 0.5).Take(3));
        T("shuffle", () => Enumerable.Range(1, 20).Shuffle().Order());
        T("shuffle-count", () => Enumerable.Range(1, 20).Shuffle().Count());
        T("reverse-array", () => a.Reverse());
        T("reverse-iter", () => Gen(4).Reverse());

        // ToDictionary from pairs and tuples (.NET 8)
        T("todict-kvp", () => new[] { KeyValuePair.Create("x", 1), KeyValuePair.Create("y", 2) }.ToDictionary()["y"]);
        T("todict-tuple", () => new[] { ("x", 1), ("y", 2) }.ToDictionary().Count);
        T("todict-tuple-cmp", () => new[] { ("x", 1), ("Y", 2) }.ToDictionary(StringComparer.OrdinalIgnoreCase)["y"]);
        T("todict-dup", () => new[] { ("x", 1), ("x", 2) }.ToDictionary());

        // SelectMany with index and result selector
        T("selectmany-idx", () => new[] { "ab", "c" }.SelectMany((s, i) => s.Select(ch => new string(ch, 1) + i.ToString()), (s, t) => s + ":" + t));

        // laziness: nothing runs before enumeration
        int calls = 0;
        var lazy = Gen(3).Select(x => { calls++; return x; }).CountBy(x => x % 2).Index();
        Console.WriteLine("lazy calls before = " + calls);
        Show("lazy", lazy);
        Console.WriteLine("lazy calls after = " + calls);
    }
}
