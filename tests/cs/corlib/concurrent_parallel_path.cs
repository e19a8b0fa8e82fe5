using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
static class P {
  static void Main() {
    var cd = new ConcurrentDictionary<string, int>();
    Parallel.For(0, 100, i => cd.AddOrUpdate("k" + (i % 5), 1, (k, v) => v + 1));
    Console.WriteLine(string.Join(",", cd.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)) + " " + cd.GetOrAdd("z", 9) + " " + cd.Count);
    int removed; Console.WriteLine(cd.TryRemove("k0", out removed) + " " + removed + " " + cd.ContainsKey("k0"));
    var q = new ConcurrentQueue<int>(); Parallel.ForEach(Enumerable.Range(1, 10), i => q.Enqueue(i)); int sum = 0, x; while (q.TryDequeue(out x)) sum += x; Console.WriteLine(sum);
    var st = new ConcurrentStack<string>(); st.Push("a"); st.Push("b"); string top; st.TryPeek(out top); Console.WriteLine(top + " " + string.Join("", st));
    var bag = new ConcurrentBag<int> { 1, 2, 3 }; Console.WriteLine(bag.Sum() + " " + bag.Count);
    var bc = new BlockingCollection<int>(2); var prod = new Thread(() => { for (int i = 0; i < 6; i++) bc.Add(i); bc.CompleteAdding(); }); prod.Start();
    int total = 0; foreach (var v in bc.GetConsumingEnumerable()) total += v; prod.Join(); Console.WriteLine("consumed " + total);
    try { Parallel.Invoke(() => { }, () => { throw new InvalidOperationException("bad"); }); } catch (AggregateException e) { Console.WriteLine("agg " + e.InnerExceptions.Count + " " + e.InnerExceptions[0].Message); }
    var r = Parallel.For(0, 10, (i, s) => { if (i == 4) s.Break(); }); Console.WriteLine(r.IsCompleted + " " + r.LowestBreakIteration);
    Console.WriteLine(Path.Combine("a", "b", "c.txt") + " " + Path.GetFileName("/x/y/z.cs") + " " + Path.GetExtension("f.tar.gz") + " " + Path.GetFileNameWithoutExtension("/p/q.txt") + " " + Path.GetDirectoryName("/a/b/c") + " " + Path.ChangeExtension("a/b.txt", ".md") + " " + Path.IsPathRooted("/r") + " " + Path.HasExtension("noext"));
    Console.WriteLine(TimeZoneInfo.Utc.Id + " " + TimeZoneInfo.Utc.BaseUtcOffset);
  }
}
