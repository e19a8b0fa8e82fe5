// mcs: -r:System.Core.dll
// LINQ to objects (issue 5): the common operators, deferred execution, stable ordering.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static string J<T>(IEnumerable<T> xs) { return "[" + string.Join(",", xs.Select(x => x == null ? "null" : x.ToString()).ToArray()) + "]"; }

    class P { public string Name; public int Age; public string City; public override string ToString() { return Name; } }

    static void Main()
    {
        var nums = Enumerable.Range(1, 10).ToList();
        Console.WriteLine(J(nums.Where(x => x % 2 == 0)) + J(nums.Select(x => x * x)) + J(nums.Skip(7)) + J(nums.Take(3)) + J(nums.SkipWhile(x => x < 5).TakeWhile(x => x < 8)));
        Console.WriteLine(nums.Sum() + " " + nums.Min() + " " + nums.Max() + " " + nums.Average() + " " + nums.Count(x => x > 3) + " " + nums.LongCount() + " " + nums.Aggregate((a, b) => a * b % 1000));
        Console.WriteLine(nums.First() + " " + nums.Last() + " " + nums.First(x => x > 4) + " " + nums.FirstOrDefault(x => x > 40) + " " + nums.ElementAt(3) + " " + nums.Single(x => x == 5) + " " + nums.Any(x => x > 9) + " " + nums.All(x => x > 0) + " " + nums.Contains(11));
        var people = new List<P> {
            new P { Name = "Ann", Age = 31, City = "Oslo" }, new P { Name = "Bob", Age = 25, City = "Rome" }, new P { Name = "Cid", Age = 31, City = "Oslo" },
            new P { Name = "Dee", Age = 19, City = "Rome" }, new P { Name = "Eve", Age = 25, City = "Kyiv" } };
        Console.WriteLine(J(people.OrderBy(p => p.Age)) + J(people.OrderByDescending(p => p.Age).ThenBy(p => p.Name)) + J(people.OrderBy(p => p.City).ThenByDescending(p => p.Age)));
        foreach (var g in people.GroupBy(p => p.City)) Console.Write(g.Key + ":" + J(g) + " "); Console.WriteLine();
        var cities = new[] { new { City = "Oslo", Country = "NO" }, new { City = "Rome", Country = "IT" } };
        Console.WriteLine(J(people.Join(cities, p => p.City, c => c.City, (p, c) => p.Name + "@" + c.Country)));
        Console.WriteLine(J(cities.GroupJoin(people, c => c.City, p => p.City, (c, ps) => c.City + "=" + ps.Count())));
        Console.WriteLine(J(new[] { 1, 2, 2, 3, 3, 3 }.Distinct()) + J(new[] { 1, 2 }.Union(new[] { 2, 3 })) + J(new[] { 1, 2, 3 }.Intersect(new[] { 2, 3, 4 })) + J(new[] { 1, 2, 3 }.Except(new[] { 2 })) + J(new[] { 1 }.Concat(new[] { 2 })));
        Console.WriteLine(J(new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (n, s) => s + n)) + J(new[] { new[] { 1, 2 }, new[] { 3 } }.SelectMany(x => x)) + J(nums.Reverse<int>().Take(2)) + J(Enumerable.Repeat("r", 3)) + J(Enumerable.Empty<int>().DefaultIfEmpty(-1)));
        var dict = people.ToDictionary(p => p.Name, p => p.Age); Console.WriteLine(dict["Cid"] + " " + people.ToLookup(p => p.Age)[25].Count() + " " + new HashSet<int>(nums.Where(x => x < 4)).Count);
        object[] mixed = { 1, "a", 2, "b", 3.0 }; Console.WriteLine(J(mixed.OfType<string>()) + J(mixed.OfType<int>()) + J(new object[] { 1, 2 }.Cast<int>()));
        Console.WriteLine(nums.SequenceEqual(Enumerable.Range(1, 10)) + " " + people.Max(p => p.Age) + " " + people.Min(p => p.Name) + " " + people.Sum(p => p.Age) + " " + people.Average(p => p.Age));
        int evaluated = 0; var lazy = nums.Where(x => { evaluated++; return x > 5; });
        Console.WriteLine("deferred " + evaluated); var firstBig = lazy.First(); Console.WriteLine("after First " + evaluated + " " + firstBig);
        try { nums.Single(x => x > 5); } catch (InvalidOperationException) { Console.WriteLine("Single: InvalidOperationException"); }
        try { new int[0].First(); } catch (InvalidOperationException) { Console.WriteLine("First on empty: InvalidOperationException"); }
        var query = from p in people where p.Age > 20 orderby p.Name descending select p.Name.ToUpper(); Console.WriteLine(J(query));
    }
}
