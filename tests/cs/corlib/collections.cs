// Collections (issue 5): List, Dictionary, HashSet, Queue, Stack, LinkedList, SortedDictionary,
// SortedList, SortedSet, Array methods, comparers.
using System;
using System.Collections;
using System.Collections.Generic;

static class Program
{
    static string J<T>(IEnumerable<T> xs) { var parts = new List<string>(); foreach (T x in xs) parts.Add(x == null ? "null" : x.ToString()); return "[" + string.Join(",", parts) + "]"; }

    static void Main()
    {
        var list = new List<int> { 5, 3, 8, 1, 9, 2 };
        list.Add(7); list.Insert(0, 10); list.Remove(8); list.RemoveAt(1);
        Console.WriteLine(J(list) + " " + list.Count + " " + list.IndexOf(9) + " " + list.Contains(3) + " " + list.Find(x => x > 6) + " " + list.FindIndex(x => x < 2));
        list.Sort(); Console.WriteLine(J(list) + " " + list.BinarySearch(7));
        list.Reverse(); Console.WriteLine(J(list) + " " + J(list.GetRange(1, 3)) + " " + J(list.FindAll(x => x % 2 == 1)) + " " + list.TrueForAll(x => x > 0) + " " + list.Exists(x => x > 100));
        list.RemoveAll(x => x > 7); list.AddRange(new[] { 100, 200 }); Console.WriteLine(J(list) + " " + J(list.ToArray()) + " " + J(list.ConvertAll(x => "v" + x)));
        var dict = new Dictionary<string, int>();
        foreach (string w in "a b c a b a d".Split(' ')) { int c; dict.TryGetValue(w, out c); dict[w] = c + 1; }
        var keys = new List<string>(dict.Keys); keys.Sort();
        foreach (string k in keys) Console.Write(k + "=" + dict[k] + " "); Console.WriteLine(dict.Count + " " + dict.ContainsKey("z") + " " + dict.ContainsValue(3) + " " + dict.Remove("a") + " " + dict.Count);
        try { Console.WriteLine(dict["zz"]); } catch (KeyNotFoundException) { Console.WriteLine("KeyNotFoundException"); }
        try { dict.Add("b", 1); } catch (ArgumentException) { Console.WriteLine("duplicate key ArgumentException"); }
        var set = new HashSet<int> { 1, 2, 3 }; set.Add(2); set.UnionWith(new[] { 4, 5 }); set.IntersectWith(new[] { 2, 3, 4, 9 });
        var sorted = new List<int>(set); sorted.Sort(); Console.WriteLine(J(sorted) + " " + set.Contains(3) + " " + set.Add(3) + " " + set.Count);
        var q = new Queue<string>(); q.Enqueue("x"); q.Enqueue("y"); q.Enqueue("z"); Console.WriteLine(q.Dequeue() + q.Peek() + q.Count);
        var st = new Stack<int>(); for (int i = 0; i < 5; i++) st.Push(i * i); Console.WriteLine(st.Pop() + " " + st.Peek() + " " + st.Count + " " + J(st));
        var ll = new LinkedList<int>(); ll.AddLast(2); ll.AddFirst(1); ll.AddLast(3); ll.Remove(2); Console.WriteLine(J(ll) + " " + ll.First.Value + " " + ll.Last.Value + " " + ll.Count);
        var sd = new SortedDictionary<string, int> { { "pear", 3 }, { "apple", 1 }, { "fig", 2 } };
        foreach (var kv in sd) Console.Write(kv.Key + ":" + kv.Value + " "); Console.WriteLine();
        var sl = new SortedList<int, string> { { 3, "c" }, { 1, "a" }, { 2, "b" } }; Console.WriteLine(J(sl.Keys) + J(sl.Values) + " " + sl.IndexOfKey(3));
        var ss = new SortedSet<int> { 5, 1, 4, 1, 3 }; Console.WriteLine(J(ss) + " " + ss.Min + " " + ss.Max);
        int[] arr = { 5, 2, 9, 1, 7 };
        Array.Sort(arr); Console.WriteLine(J(arr) + " " + Array.BinarySearch(arr, 7) + " " + Array.IndexOf(arr, 9) + " " + Array.IndexOf(arr, 4));
        Array.Reverse(arr); Console.WriteLine(J(arr));
        Array.Resize(ref arr, 7); Console.WriteLine(J(arr));
        Array.Clear(arr, 0, 2); Console.WriteLine(J(arr) + " " + Array.Exists(arr, x => x == 5) + " " + Array.Find(arr, x => x > 4) + " " + Array.FindIndex(arr, x => x == 1));
        string[] words = { "pear", "Apple", "fig", "banana" };
        Array.Sort(words, StringComparer.OrdinalIgnoreCase); Console.WriteLine(J(words));
        Array.Sort(words, (a, b) => a.Length.CompareTo(b.Length)); Console.WriteLine(J(words));
        Array.Sort(words, StringComparer.Ordinal); Console.WriteLine(J(words));
        Console.WriteLine(Comparer<int>.Default.Compare(1, 2) + " " + EqualityComparer<string>.Default.Equals("a", "a") + " " + Array.Empty<int>().Length);
        var al = new ArrayList { 1, "two", 3.0 }; Console.WriteLine(al.Count + " " + al[1]);
        var ht = new Hashtable(); ht["k"] = "v"; Console.WriteLine(ht["k"] + " " + ht.ContainsKey("k") + " " + (ht["missing"] == null));
        var big = new Dictionary<int, int>(); for (int i = 0; i < 100000; i++) big[i * 7] = i; long sum = 0; for (int i = 0; i < 100000; i++) sum += big[i * 7]; Console.WriteLine(sum + " " + big.Count);
        var stable = new List<KeyValuePair<int, string>>(); for (int i = 0; i < 10; i++) stable.Add(new KeyValuePair<int, string>(i % 3, "e" + i));
        var ro = list.AsReadOnly(); Console.WriteLine(ro.Count + " " + ro[0]);
    }
}
