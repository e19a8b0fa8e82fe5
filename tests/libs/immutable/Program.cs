using System.Collections.Immutable;

var list = ImmutableList.Create(3, 1, 2);
var sorted = list.Sort();
Console.WriteLine(string.Join(",", list) + " -> " + string.Join(",", sorted));
var added = sorted.Add(10).Remove(1);
Console.WriteLine(string.Join(",", added) + " count " + added.Count);

var dict = ImmutableDictionary<string, int>.Empty.Add("a", 1).Add("b", 2).SetItem("a", 5);
foreach (var key in dict.Keys.OrderBy(k => k)) Console.WriteLine(key + "=" + dict[key]);

var arr = ImmutableArray.Create("x", "y", "z");
var arr2 = arr.Insert(1, "w");
Console.WriteLine(string.Join("", arr2) + " " + arr2.Length + " " + arr.IndexOf("z"));

var set = ImmutableHashSet.Create(5, 3, 5, 1);
Console.WriteLine(set.Count + " " + set.Contains(3) + " " + set.Contains(4));

var stack = ImmutableStack<int>.Empty.Push(1).Push(2);
Console.WriteLine(stack.Peek() + " " + stack.Pop().Peek());

var builder = ImmutableSortedDictionary.CreateBuilder<int, string>();
for (int i = 5; i > 0; i--) builder.Add(i, "v" + i);
var sd = builder.ToImmutable();
Console.WriteLine(string.Join(" ", sd.Select(kv => kv.Key + ":" + kv.Value)));
