// .NET 10's framework System.Collections.Immutable, from the installed shared
// framework: persistent lists, dictionaries, sets, arrays, builders, frozen
// collections.
using System.Collections.Frozen;
using System.Collections.Immutable;

var list = ImmutableList<int>.Empty;
for (int i = 0; i < 20; i++) list = list.Add(i * 37 % 23);
var sorted = list.Sort();
Console.WriteLine(string.Join(",", list) + " | " + string.Join(",", sorted) + " | " + list.IndexOf(14) + " " + sorted.BinarySearch(14));
var removed = list.RemoveAll(x => x % 3 == 0).Insert(0, -1).SetItem(1, 100);
Console.WriteLine(string.Join(",", removed) + " " + list.Count + " " + removed.Count);

var dict = ImmutableDictionary.CreateBuilder<string, int>();
foreach (var w in "the quick brown fox jumps over the lazy dog the end".Split(' ')) dict[w] = dict.TryGetValue(w, out int c) ? c + 1 : 1;
var d = dict.ToImmutable();
Console.WriteLine(string.Join(" ", d.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value)) + " " + d.ContainsKey("fox") + " " + d.Remove("the").Count);
var sd = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, d.Select(kv => new KeyValuePair<string, int>(kv.Key.ToUpperInvariant(), kv.Key.Length * 10 + kv.Value)));
Console.WriteLine(string.Join(",", sd.Keys) + " first=" + sd.First().Value + " " + string.Join(",", sd.Values));

var set = ImmutableHashSet.Create(1, 2, 3, 4).Union(new[] { 3, 4, 5, 6 }).Except(new[] { 1 });
var sset = ImmutableSortedSet.Create(StringComparer.OrdinalIgnoreCase, "b", "A", "c", "B");
Console.WriteLine(string.Join(",", set.OrderBy(x => x)) + " " + set.IsSupersetOf(new[] { 2, 6 }) + " | " + string.Join(",", sset) + " " + sset.Max + " " + sset.IndexOf("C"));

var arr = ImmutableArray.CreateRange(Enumerable.Range(1, 6).Select(i => i * i));
var arr2 = arr.RemoveAt(2).Add(99).Reverse().ToImmutableArray();
var ab = arr2.ToBuilder(); ab.Sort(); ab.Add(0);
Console.WriteLine(string.Join(",", arr) + " | " + string.Join(",", arr2) + " | " + string.Join(",", ab.ToImmutable()) + " " + arr.AsSpan()[3] + " " + (arr == arr) + " " + arr.IsDefault);

var stack = ImmutableStack.Create(1, 2, 3).Push(4);
var queue = ImmutableQueue.Create("x").Enqueue("y").Dequeue(out var first);
Console.WriteLine(stack.Peek() + " " + string.Join(",", stack) + " " + first + " " + queue.Peek());

var frozen = d.ToFrozenDictionary();
var fset = new[] { "alpha", "beta", "gamma" }.ToFrozenSet();
Console.WriteLine(frozen["the"] + " " + frozen.Count + " " + fset.Contains("beta") + " " + fset.Contains("delta"));
try { _ = d["missing"]; } catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFoundException " + e.Message); }
try { ImmutableList.Create(1).Insert(5, 2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("ArgumentOutOfRangeException " + e.ParamName); }
