// Issue 5 extras: streams and binary I/O, Guid, seeded Random, Lazy, DateTimeOffset, tuples,
// SortedSet/LinkedList/ObservableCollection details, more LINQ operators, Stopwatch.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

static class Program
{
    static string J<T>(IEnumerable<T> xs) { return "[" + string.Join(",", xs.Select(x => x == null ? "null" : x.ToString()).ToArray()) + "]"; }

    static void Main()
    {
        var ms = new MemoryStream();
        var bw = new BinaryWriter(ms);
        bw.Write(42); bw.Write(-7L); bw.Write(3.5); bw.Write(1.25f); bw.Write("héllo"); bw.Write(true); bw.Write((byte)200); bw.Write((short)-2); bw.Write(12.34m); bw.Write('Z');
        bw.Flush();
        Console.WriteLine(ms.Length + " " + ms.Position + " " + BitConverter.ToString(ms.ToArray(), 0, 12));
        ms.Position = 0;
        var br = new BinaryReader(ms);
        Console.WriteLine(br.ReadInt32() + " " + br.ReadInt64() + " " + br.ReadDouble() + " " + br.ReadSingle() + " " + br.ReadString() + " " + br.ReadBoolean() + " " + br.ReadByte() + " " + br.ReadInt16() + " " + br.ReadDecimal() + " " + br.ReadChar());
        try { br.ReadInt32(); } catch (EndOfStreamException) { Console.WriteLine("EndOfStreamException"); }
        var ms2 = new MemoryStream(new byte[] { 1, 2, 3, 4, 5 });
        byte[] buf = new byte[3]; int n = ms2.Read(buf, 0, 3); ms2.Seek(-1, SeekOrigin.End);
        Console.WriteLine(n + " " + J(buf) + " " + ms2.ReadByte() + " " + ms2.ReadByte() + " " + ms2.CanWrite);
        var ms3 = new MemoryStream();
        using (var sw = new StreamWriter(ms3, new UTF8Encoding(false), 1024, true)) { sw.WriteLine("line one"); sw.Write("line two"); }
        ms3.Position = 0;
        using (var sr = new StreamReader(ms3)) { Console.WriteLine(sr.ReadLine() + "|" + sr.ReadLine() + "|" + (sr.ReadLine() == null)); }

        var g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Console.WriteLine(g.ToString("N") + " " + g.ToString("B") + " " + g.ToString("P") + " " + (g == Guid.Parse("{0F8FAD5B-D9CB-469F-A165-70867728950E}")) + " " + Guid.Empty);
        Console.WriteLine(BitConverter.ToString(g.ToByteArray()) + " " + new Guid(g.ToByteArray()).Equals(g) + " " + g.CompareTo(Guid.Empty));
        Guid parsed; Console.WriteLine(Guid.TryParse("not-a-guid", out parsed) + " " + (Guid.NewGuid() != Guid.NewGuid()) + " " + Guid.NewGuid().ToString().Length);

        var r = new Random(12345);
        Console.WriteLine(r.Next() + " " + r.Next(100) + " " + r.Next(-50, 50) + " " + r.NextDouble().ToString("F6") + " " + r.Next(int.MinValue, int.MaxValue));
        var bytes = new byte[6]; new Random(7).NextBytes(bytes); Console.WriteLine(J(bytes));

        int made = 0; var lazy = new Lazy<string>(() => { made++; return "value" + made; });
        Console.WriteLine(lazy.IsValueCreated + " " + lazy.Value + " " + lazy.Value + " " + made + " " + lazy.IsValueCreated);

        var dto = new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.FromHours(2));
        Console.WriteLine(dto.ToString("yyyy-MM-dd HH:mm zzz") + " " + dto.UtcDateTime.ToString("HH:mm") + " " + dto.Offset + " " + dto.ToUnixTimeSeconds() + " " + dto.ToOffset(TimeSpan.FromHours(-5)).ToString("HH:mm zzz"));
        Console.WriteLine(DateTimeOffset.FromUnixTimeSeconds(1700000000).ToString("yyyy-MM-dd HH:mm:ss") + " " + (dto == dto.ToUniversalTime()) + " " + dto.AddDays(20).Month + " " + (dto.AddHours(1) - dto));

        var t3 = Tuple.Create(1, "b", 2.5); var vt = (1, "x"); var vt2 = (1, "x");
        Console.WriteLine(t3 + " " + t3.Item2 + " " + vt.Equals(vt2) + " " + (vt.GetHashCode() == vt2.GetHashCode()) + " " + ValueTuple.Create(3, 4) + " " + Tuple.Create(1, 2).Equals(Tuple.Create(1, 2)));

        var ss = new SortedSet<int>(new[] { 9, 3, 7, 1, 5 });
        ss.Remove(7); ss.Add(4);
        Console.WriteLine(J(ss) + " " + J(ss.Reverse()) + " " + J(ss.GetViewBetween(3, 5)) + " " + ss.IsSubsetOf(new[] { 1, 3, 4, 5, 9, 11 }) + " " + ss.Overlaps(new[] { 2, 4 }));
        var big = new SortedSet<int>(); for (int i = 0; i < 1000; i++) big.Add((i * 389) % 1000); for (int i = 0; i < 1000; i += 2) big.Remove(i);
        Console.WriteLine(big.Count + " " + big.Min + " " + big.Max + " " + big.Take(3).Sum());
        var sd = new SortedDictionary<int, string>(); sd[3] = "c"; sd[1] = "a"; sd[2] = "b"; sd[1] = "A"; sd.Remove(2);
        Console.WriteLine(J(sd.Keys) + J(sd.Values) + " " + sd.ContainsKey(2));
        var sl = new SortedList<string, int> { { "b", 2 }, { "a", 1 }, { "c", 3 } }; sl.RemoveAt(1);
        Console.WriteLine(J(sl.Keys) + " " + sl["c"] + " " + sl.IndexOfKey("z"));
        var ll = new LinkedList<string>(new[] { "a", "b", "d" });
        ll.AddAfter(ll.Find("b"), "c"); ll.AddBefore(ll.First, "start"); ll.RemoveLast();
        Console.WriteLine(J(ll) + " " + ll.First.Next.Value + " " + (ll.Last.Next == null) + " " + ll.Last.Previous.Value);

        var oc = new ObservableCollection<string>();
        oc.CollectionChanged += (s, e) => Console.Write(e.Action + ":" + (e.NewItems != null ? e.NewItems[0] : "-") + "@" + e.NewStartingIndex + " ");
        oc.Add("x"); oc.Add("y"); oc.Insert(0, "w"); oc.Remove("x"); oc[0] = "W"; oc.Move(0, 1); oc.Clear(); Console.WriteLine(oc.Count);

        var q = new Queue<int>(); for (int i = 0; i < 10; i++) q.Enqueue(i); for (int i = 0; i < 7; i++) q.Dequeue(); for (int i = 10; i < 15; i++) q.Enqueue(i);
        Console.WriteLine(J(q) + " " + q.Contains(12) + " " + J(new Stack<int>(new[] { 1, 2, 3 })));

        var words = new[] { "apple", "Bob", "cat", "Dan", "eel", "apple" };
        Console.WriteLine(J(words.Distinct(StringComparer.OrdinalIgnoreCase)) + J(words.OrderBy(w => w, StringComparer.Ordinal)) + J(words.GroupBy(w => w.Length).Select(gr => gr.Key + "=" + gr.Count())));
        Console.WriteLine(J(Enumerable.Range(1, 10).TakeLast(3)) + J(Enumerable.Range(1, 10).SkipLast(7)) + J(new[] { 1, 2 }.Append(3).Prepend(0)) + J(Enumerable.Range(1, 7).Where((x, i) => i % 3 == 0)) + J(new[] { 3, 1, 2 }.Select((x, i) => x * i)));
        Console.WriteLine(new[] { 1.5, 2.5 }.Sum() + " " + new int?[] { 1, null, 3 }.Sum() + " " + new int?[] { null }.Average().HasValue + " " + new[] { 2L, 9L }.Max() + " " + new[] { 1m, 2m }.Average() + " " + new string[0].Max() + "|");
        Console.WriteLine(J(new[] { "b", "a" }.Zip(new[] { 1, 2 }, (s, i) => s + i)) + " " + Enumerable.Range(1, 5).Aggregate(0, (a, b) => a + b, x => x * 10) + " " + J(Enumerable.Range(1, 3).SelectMany(x => Enumerable.Repeat(x, x), (x, y) => x * 10 + y)));
        var sw2 = Stopwatch.StartNew(); long acc = 0; for (int i = 0; i < 1000; i++) acc += i; sw2.Stop();
        Console.WriteLine(acc + " " + (sw2.ElapsedTicks >= 0) + " " + (sw2.Elapsed.TotalMilliseconds >= 0) + " " + sw2.IsRunning);
        var bs = new byte[] { 1, 2, 3, 4 }; var ints = new int[1]; Buffer.BlockCopy(bs, 0, ints, 0, 4); Console.WriteLine(ints[0].ToString("X8") + " " + Buffer.ByteLength(new long[3]));
    }
}
