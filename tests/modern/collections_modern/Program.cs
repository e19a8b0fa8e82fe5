// PriorityQueue (incl. .NET's 4-ary heap layout seen through UnorderedItems),
// CollectionExtensions, read-only wrappers, capacity and Try* members.
using System.Collections;
using System.Collections.ObjectModel;

static class P
{
    static void T(string label, Func<object> f)
    {
        try
        {
            object r = f();
            if (r is IEnumerable e && !(r is string)) r = "{" + string.Join(",", e.Cast<object>()) + "}";
            Console.WriteLine(label + " = " + (r ?? "null"));
        }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message); }
    }

    static string Heap<E, Pr>(PriorityQueue<E, Pr> q)
    {
        var parts = new List<string>();
        foreach (var (e, p) in q.UnorderedItems) parts.Add(e + ":" + p);
        return "[" + string.Join(" ", parts) + "]";
    }

    static string Drain<E, Pr>(PriorityQueue<E, Pr> q)
    {
        var parts = new List<string>();
        while (q.TryDequeue(out var e, out var p)) parts.Add(e + ":" + p);
        return string.Join(" ", parts);
    }

    static IEnumerable<(string, int)> Pairs(params int[] ps)
    {
        foreach (int p in ps) yield return ("e" + p, p);
    }

    sealed class Person { public string Name; public int Age; public Person(string n, int a) { Name = n; Age = a; } }

    sealed class People : KeyedCollection<string, Person>
    {
        public People() { }
        public People(int threshold) : base(null, threshold) { }
        protected override string GetKeyForItem(Person p) { return p.Name; }
        public bool HasDict { get { return Dictionary != null; } }
    }

    static void Main()
    {
        // ---- PriorityQueue ----
        var q = new PriorityQueue<string, int>();
        int[] prios = { 5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 3, 5 };
        foreach (int p in prios) q.Enqueue("e" + p, p);
        Console.WriteLine("count " + q.Count + " heap " + Heap(q));
        Console.WriteLine("peek " + q.Peek());
        q.TryPeek(out var pe, out var pp);
        Console.WriteLine("trypeek " + pe + " " + pp);
        Console.WriteLine("dequeue " + q.Dequeue() + " " + q.Dequeue() + " heap " + Heap(q));
        Console.WriteLine("enqueuedequeue low " + q.EnqueueDequeue("low", -1) + " heap " + Heap(q));
        Console.WriteLine("enqueuedequeue high " + q.EnqueueDequeue("high", 10) + " heap " + Heap(q));
        Console.WriteLine("dequeueenqueue " + q.DequeueEnqueue("mid", 4) + " heap " + Heap(q));
        Console.WriteLine("remove e7 " + q.Remove("e7", out var re, out var rp) + " " + re + " " + rp + " heap " + Heap(q));
        Console.WriteLine("remove nope " + q.Remove("nope", out re, out rp) + " " + (re ?? "null") + " " + rp);
        Console.WriteLine("remove cmp " + q.Remove("MID", out re, out rp, StringComparer.OrdinalIgnoreCase) + " " + re + " heap " + Heap(q));
        Console.WriteLine("drain " + Drain(q));
        Console.WriteLine("empty count " + q.Count);
        T("empty dequeue", () => q.Dequeue());
        T("empty peek", () => q.Peek());
        T("empty dequeueenqueue", () => q.DequeueEnqueue("x", 1));
        Console.WriteLine("empty enqueuedequeue " + q.EnqueueDequeue("x", 1) + " count " + q.Count);
        Console.WriteLine("empty trydequeue " + q.TryDequeue(out var de, out var dp) + " " + (de ?? "null") + " " + dp);

        var q2 = new PriorityQueue<string, int>(Pairs(9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10, 12, 13, 14, 15, 16, 17));
        Console.WriteLine("ctor heapify " + Heap(q2));
        var q3 = new PriorityQueue<string, int>(new[] { ("a", 3), ("b", 1), ("c", 2), ("d", 0), ("e", 5), ("f", 4) });
        Console.WriteLine("ctor array " + Heap(q3) + " capacity " + q3.Capacity);
        q3.EnqueueRange(Pairs(-1, 9, 2));
        Console.WriteLine("enqueuerange nonempty " + Heap(q3));
        var q4 = new PriorityQueue<string, int>();
        q4.EnqueueRange(Pairs(6, 5, 4, 3, 2, 1, 0));
        Console.WriteLine("enqueuerange empty " + Heap(q4));
        q4.EnqueueRange(new[] { "x", "y" }, 3);
        Console.WriteLine("enqueuerange elements " + Heap(q4));
        Console.WriteLine("drain q4 " + Drain(q4));

        var desc = new PriorityQueue<string, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (int p in prios) desc.Enqueue("e" + p, p);
        Console.WriteLine("desc heap " + Heap(desc));
        Console.WriteLine("desc drain " + Drain(desc));
        Console.WriteLine("comparer default " + (new PriorityQueue<int, int>().Comparer == Comparer<int>.Default));

        var stable = new PriorityQueue<string, int>();
        foreach (var s in new[] { "a", "b", "c", "d", "e", "f", "g" }) stable.Enqueue(s, 1);
        Console.WriteLine("equal prios " + Heap(stable) + " drain " + Drain(stable));

        var cap = new PriorityQueue<int, int>(3);
        Console.WriteLine("capacity " + cap.Capacity + " ensure " + cap.EnsureCapacity(10) + " ensure small " + cap.EnsureCapacity(2));
        for (int i = 0; i < 11; i++) cap.Enqueue(i, 100 - i);
        Console.WriteLine("capacity after grow " + cap.Capacity + " count " + cap.UnorderedItems.Count);
        cap.TrimExcess();
        Console.WriteLine("capacity trimmed " + cap.Capacity);
        cap.Clear();
        Console.WriteLine("cleared " + cap.Count + " capacity " + cap.Capacity);
        T("neg capacity", () => new PriorityQueue<int, int>(-1));
        T("neg ensure", () => cap.EnsureCapacity(-5));
        T("null items", () => new PriorityQueue<int, int>((IEnumerable<(int, int)>)null));
        var mod = new PriorityQueue<int, int>();
        mod.Enqueue(1, 1); mod.Enqueue(2, 2);
        T("modified during enumeration", () => { foreach (var x in mod.UnorderedItems) mod.Enqueue(3, 3); return "no"; });
        var arr = new (int, int)[4];
        ((ICollection)mod.UnorderedItems).CopyTo(arr, 1);
        Console.WriteLine("copyto " + string.Join(",", arr));

        var big = new PriorityQueue<int, double>();
        var rnd = new Random(7);
        for (int i = 0; i < 200; i++) big.Enqueue(i, Math.Round(rnd.NextDouble() * 50));
        double last = double.MinValue; bool sorted = true; int n = 0;
        while (big.TryDequeue(out _, out var pr)) { if (pr < last) sorted = false; last = pr; n++; }
        Console.WriteLine("big sorted " + sorted + " n " + n);

        // ---- CollectionExtensions ----
        IReadOnlyDictionary<string, int> ro = new Dictionary<string, int> { ["a"] = 1 };
        Console.WriteLine("getvalueordefault " + ro.GetValueOrDefault("a") + " " + ro.GetValueOrDefault("z") + " " + ro.GetValueOrDefault("z", -1));
        IDictionary<string, int> id = new SortedDictionary<string, int> { ["k"] = 1 };
        Console.WriteLine("tryadd " + CollectionExtensions.TryAdd(id, "k", 2) + " " + CollectionExtensions.TryAdd(id, "m", 3) + " " + id["k"] + id["m"]);
        Console.WriteLine("remove out " + CollectionExtensions.Remove(id, "k", out int removed) + " " + removed + " " + CollectionExtensions.Remove(id, "k", out removed) + " " + removed + " count " + id.Count);
        T("getvalueordefault null", () => CollectionExtensions.GetValueOrDefault((IReadOnlyDictionary<string, int>)null, "a"));

        var list = new List<int> { 3, 1, 2 };
        ReadOnlyCollection<int> rol = list.AsReadOnly();
        ReadOnlyCollection<int> rol2 = ((IList<int>)list).AsReadOnly();
        list.Add(9);
        Console.WriteLine("asreadonly list " + string.Join(",", rol) + " " + rol2.Count);
        T("readonly list add", () => { ((IList<int>)rol).Add(1); return "no"; });
        Console.WriteLine("readonlycollection empty " + ReadOnlyCollection<int>.Empty.Count);

        var dict = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 };
        ReadOnlyDictionary<string, int> rod = dict.AsReadOnly();
        dict["z"] = 3;
        Console.WriteLine("asreadonly dict " + rod.Count + " " + rod["z"] + " keys " + string.Join(",", rod.Keys) + " values " + string.Join(",", rod.Values) + " contains " + rod.ContainsKey("y"));
        Console.WriteLine("rod trygetvalue " + rod.TryGetValue("q", out int qv) + " " + qv + " pairs " + string.Join(",", rod));
        T("readonly dict add", () => { ((IDictionary<string, int>)rod).Add("w", 1); return "no"; });
        T("readonly dict set", () => { ((IDictionary<string, int>)rod)["x"] = 5; return "no"; });
        T("readonly keys add", () => { ((ICollection<string>)rod.Keys).Add("w"); return "no"; });
        Console.WriteLine("readonlydictionary empty " + ReadOnlyDictionary<int, int>.Empty.Count);
        T("readonlydictionary null", () => new ReadOnlyDictionary<int, int>(null));

        ISet<int> set = new HashSet<int> { 1, 2, 3 };
        ReadOnlySet<int> ros = set.AsReadOnly();
        set.Add(4);
        Console.WriteLine("asreadonly set " + ros.Count + " contains " + ros.Contains(4) + " subset " + ros.IsSubsetOf(new[] { 1, 2, 3, 4, 5 }) + " seteq " + ros.SetEquals(new[] { 4, 3, 2, 1 }));
        T("readonly set add", () => ((ISet<int>)ros).Add(9));
        Console.WriteLine("readonlyset empty " + ReadOnlySet<string>.Empty.Count);

        // ---- Dictionary / HashSet / List / Stack / Queue members ----
        var d = new Dictionary<int, string>();
        Console.WriteLine("dict tryadd " + d.TryAdd(1, "a") + " " + d.TryAdd(1, "b") + " " + d[1]);
        Console.WriteLine("dict capacity0 " + new Dictionary<int, int>().Capacity + " ensure " + d.EnsureCapacity(20) + " capacity " + d.Capacity);
        for (int i = 2; i < 10; i++) d[i] = "v" + i;
        d.Remove(3); d.Remove(5);
        d.TrimExcess();
        Console.WriteLine("dict trimmed capacity " + d.Capacity + " order " + string.Join(",", d.Keys));
        d.TrimExcess(30);
        Console.WriteLine("dict trim larger keeps " + d.Capacity);
        d[42] = "z";
        Console.WriteLine("dict after trim add " + string.Join(",", d.Keys) + " " + d[42]);
        T("dict trim below count", () => { d.TrimExcess(2); return "no"; });
        Console.WriteLine("dict remove out " + d.Remove(42, out var dv) + " " + dv);

        var hs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Apple", "pear" };
        Console.WriteLine("hashset trygetvalue " + hs.TryGetValue("APPLE", out var actual) + " " + actual + " " + hs.TryGetValue("fig", out actual) + " " + (actual ?? "null"));
        Console.WriteLine("hashset ensure " + hs.EnsureCapacity(50) + " capacity " + hs.Capacity);
        hs.TrimExcess();
        Console.WriteLine("hashset trimmed " + hs.Capacity + " " + string.Join(",", hs));

        var l = new List<int>();
        Console.WriteLine("list ensure " + l.EnsureCapacity(10) + " " + l.Capacity + " ensure less " + l.EnsureCapacity(3));
        l.AddRange(new[] { 1, 2, 3, 4, 5 });
        Console.WriteLine("list slice " + string.Join(",", l.Slice(1, 3)));

        var st = new Stack<int>(new[] { 1, 2, 3 });
        Console.WriteLine("stack trypop " + st.TryPop(out int sp) + " " + sp + " trypeek " + st.TryPeek(out sp) + " " + sp);
        st.Clear();
        Console.WriteLine("stack empty trypop " + st.TryPop(out sp) + " " + sp + " trypeek " + st.TryPeek(out sp));
        Console.WriteLine("stack ensure " + st.EnsureCapacity(10) + " capacity " + st.Capacity);
        st.Push(1);
        st.TrimExcess(2);
        Console.WriteLine("stack trimexcess(2) " + st.Capacity);
        T("stack trimexcess below", () => { st.Push(2); st.Push(3); st.TrimExcess(1); return "no"; });

        var qu = new Queue<int>(new[] { 7, 8 });
        Console.WriteLine("queue trydequeue " + qu.TryDequeue(out int qd) + " " + qd + " trypeek " + qu.TryPeek(out qd) + " " + qd);
        qu.Clear();
        Console.WriteLine("queue empty " + qu.TryDequeue(out qd) + " " + qd + " " + qu.TryPeek(out qd));
        Console.WriteLine("queue ensure " + qu.EnsureCapacity(6) + " capacity " + qu.Capacity);
        qu.Enqueue(1); qu.Enqueue(2);
        qu.TrimExcess(3);
        Console.WriteLine("queue trimexcess(3) " + qu.Capacity + " items " + string.Join(",", qu));

        // EqualityComparer.Create (.NET 8)
        var byLen = EqualityComparer<string>.Create((x, y) => x?.Length == y?.Length, x => x.Length);
        Console.WriteLine("eqcmp create " + byLen.Equals("ab", "cd") + " " + byLen.Equals("a", "cd") + " " + byLen.GetHashCode("abc") + " distinct " + string.Join(",", new[] { "a", "bb", "c", "dd", "eee" }.Distinct(byLen)));
        var noHash = EqualityComparer<int>.Create((x, y) => x == y);
        T("eqcmp nohash", () => noHash.GetHashCode(1));
        T("eqcmp null", () => EqualityComparer<int>.Create(null));

        // KeyedCollection
        var kc = new People();
        kc.Add(new Person("ann", 31)); kc.Add(new Person("bob", 25)); kc.Insert(0, new Person("cid", 40));
        Console.WriteLine("keyed " + kc.Count + " " + kc["bob"].Age + " " + kc[0].Name + " contains " + kc.Contains("ann") + " " + kc.Contains("zed"));
        Console.WriteLine("keyed trygetvalue " + kc.TryGetValue("cid", out var pc) + " " + pc.Age + " " + kc.TryGetValue("q", out pc) + " " + (pc == null));
        T("keyed missing", () => kc["zed"]);
        T("keyed dup", () => { kc.Add(new Person("ann", 1)); return "no"; });
        Console.WriteLine("keyed remove " + kc.Remove("ann") + " " + kc.Remove("ann") + " " + string.Join(",", kc.Select(x => x.Name)));
        kc[0] = new Person("dan", 50);
        Console.WriteLine("keyed set " + kc.Contains("cid") + " " + kc["dan"].Age);
        kc.Clear();
        Console.WriteLine("keyed clear " + kc.Count + " " + kc.Contains("dan"));
        var kc2 = new People(2);
        for (int i = 0; i < 5; i++) kc2.Add(new Person("p" + i, i));
        Console.WriteLine("keyed threshold " + kc2["p4"].Age + " " + kc2.Contains("p0") + " dict " + kc2.HasDict);

        // KeyValuePair
        var kv = KeyValuePair.Create("one", 1);
        var (k, v) = kv;
        Console.WriteLine("kvp " + kv + " deconstruct " + k + " " + v);
        foreach (var (key, val) in new Dictionary<string, int> { ["p"] = 1, ["q"] = 2 }) Console.Write(key + "=" + val + ";");
        Console.WriteLine();
    }
}
