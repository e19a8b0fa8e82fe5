// PLINQ: results printed in an order .NET guarantees (AsOrdered, OrderBy,
// aggregates) or sorted.
var nums = Enumerable.Range(1, 100);
Console.WriteLine(nums.AsParallel().Where(n => n % 7 == 0).Sum());
Console.WriteLine(string.Join(",", nums.AsParallel().AsOrdered().Where(n => n % 9 == 0).Select(n => n * 2)));
Console.WriteLine(string.Join(",", nums.AsParallel().Select(n => n % 10).Distinct().OrderBy(n => n)));
Console.WriteLine(string.Join(",", nums.AsParallel().Where(n => n > 95).ToArray().OrderBy(n => n)));
Console.WriteLine(nums.AsParallel().Count(n => n % 2 == 0) + " " + nums.AsParallel().Average() + " " + nums.AsParallel().Max() + " " + nums.AsParallel().Min(n => -n));
Console.WriteLine(nums.AsParallel().Aggregate(0L, (acc, n) => acc + n, (a, b) => a + b, acc => acc * 2));
Console.WriteLine(nums.AsParallel().Aggregate(() => 0, (acc, n) => acc + n, (a, b) => a + b, acc => "total " + acc));
var words = new[] { "pear", "apple", "fig", "banana", "kiwi", "cherry", "date" };
Console.WriteLine(string.Join(" ", words.AsParallel().OrderBy(w => w.Length).ThenBy(w => w)));
Console.WriteLine(string.Join(" ", words.AsParallel().OrderByDescending(w => w).Take(3)));
foreach (var g in words.AsParallel().GroupBy(w => w.Length).OrderBy(g => g.Key))
    Console.WriteLine(g.Key + ": " + string.Join(",", g.OrderBy(x => x)));
var dict = words.AsParallel().ToDictionary(w => w, w => w.Length);
Console.WriteLine(dict["banana"] + " " + dict.Count);
var bag = new System.Collections.Concurrent.ConcurrentBag<int>();
nums.AsParallel().WithDegreeOfParallelism(4).ForAll(n => { if (n % 25 == 0) bag.Add(n); });
Console.WriteLine(string.Join(",", bag.OrderBy(n => n)));
Console.WriteLine(nums.AsParallel().Any(n => n == 50) + " " + nums.AsParallel().All(n => n > 0) + " " + nums.AsParallel().Contains(101));
Console.WriteLine(string.Join(",", ParallelEnumerable.Range(1, 5).AsOrdered().Select(n => n * n)));
Console.WriteLine(string.Join(",", ParallelEnumerable.Repeat("x", 3)));
var left = new[] { 1, 2, 3 }.AsParallel().AsOrdered();
var right = new[] { "a", "b", "c" }.AsParallel().AsOrdered();
Console.WriteLine(string.Join(",", left.Zip(right, (n, s) => s + n)));
Console.WriteLine(string.Join(",", left.Concat(new[] { 4, 5 }.AsParallel()).OrderBy(x => x)));
Console.WriteLine(string.Join(",", left.Join(right, n => n - 1, s => s[0] - 'a', (n, s) => n + s).OrderBy(x => x)));
Console.WriteLine(nums.AsParallel().AsSequential().First() + " " + nums.AsParallel().WithExecutionMode(ParallelExecutionMode.ForceParallelism).WithMergeOptions(ParallelMergeOptions.FullyBuffered).Last());
Console.WriteLine(string.Join(",", new object[] { 1, "two", 3 }.AsParallel().OfType<int>().OrderBy(x => x)));
Console.WriteLine(nums.AsParallel().Sum(n => (long)n) + " " + nums.AsParallel().Select(n => (double)n).Average(d => d / 2));
Console.WriteLine(nums.AsParallel().AsOrdered().ElementAt(10) + " " + nums.AsParallel().AsOrdered().Skip(97).Sum() + " " + nums.AsParallel().AsOrdered().Reverse().First());
var cts = new CancellationTokenSource();
cts.Cancel();
try { nums.AsParallel().WithCancellation(cts.Token).Sum(); Console.WriteLine("not cancelled"); }
catch (OperationCanceledException) { Console.WriteLine("cancelled"); }
try { nums.AsParallel().WithDegreeOfParallelism(0); }
catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }
try { left.Zip(new[] { 1 }, (a, b) => a + b); }
catch (NotSupportedException) { Console.WriteLine("binary op needs ParallelQuery"); }
try { ((IEnumerable<int>)null!).AsParallel(); }
catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
Console.WriteLine(nums.AsParallel() is ParallelQuery<int>);
try { nums.AsParallel().Select(n => n).AsOrdered(); }
catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
