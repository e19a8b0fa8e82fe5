using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;

record Person(string Name, int Age, string City);

static class Program
{
    static void Main()
    {
        var people = new List<Person>
        {
            new("Ann", 31, "Oslo"), new("Bob", 25, "Rome"), new("Cid", 42, "Oslo"),
            new("Dee", 25, "Lima"), new("Eve", 37, "Rome"),
        };
        IQueryable<Person> q = people.AsQueryable();
        Console.WriteLine(q.ElementType.Name + " " + (q.Provider is IQueryProvider) + " " + q.Expression.NodeType);

        var adults = q.Where(p => p.Age > 30).OrderBy(p => p.Name).Select(p => p.Name + "@" + p.City);
        Console.WriteLine(adults.Expression.ToString().Contains("Where"));
        Console.WriteLine(string.Join(", ", adults));

        Console.WriteLine(q.Count() + " " + q.Count(p => p.City == "Oslo") + " " + q.Any(p => p.Age < 20) + " " + q.All(p => p.Age > 20));
        Console.WriteLine(q.Sum(p => p.Age) + " " + q.Average(p => p.Age) + " " + q.Min(p => p.Age) + " " + q.Max(p => p.Name));
        Console.WriteLine(q.First(p => p.Age == 25).Name + " " + q.Last().Name + " " + (q.FirstOrDefault(p => p.Age > 99)?.Name ?? "none"));
        Console.WriteLine(q.OrderByDescending(p => p.Age).ThenBy(p => p.Name).Select(p => p.Name).Skip(1).Take(3).Aggregate((a, b) => a + "-" + b));

        foreach (var g in q.GroupBy(p => p.City).OrderBy(g => g.Key))
            Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(p => p.Name)));

        var counts = q.GroupBy(p => p.Age, (age, ps) => new { age, n = ps.Count() }).OrderBy(x => x.age);
        Console.WriteLine(string.Join(" ", counts.Select(x => x.age + "x" + x.n)));

        var cities = new[] { new { City = "Oslo", Country = "NO" }, new { City = "Rome", Country = "IT" } }.AsQueryable();
        var joined = q.Join(cities, p => p.City, c => c.City, (p, c) => p.Name + "/" + c.Country);
        Console.WriteLine(string.Join(" ", joined));

        var nums = Enumerable.Range(1, 10).AsQueryable();
        Console.WriteLine(nums.Where(n => n % 2 == 0).Sum() + " " + nums.Select(n => (double)n).Average() + " " + nums.Reverse().First());
        Console.WriteLine(string.Join(",", nums.SelectMany(n => Enumerable.Repeat(n, n % 3)).Distinct().Take(4)));
        Console.WriteLine(nums.Contains(5) + " " + nums.ElementAt(3) + " " + nums.LongCount() + " " + nums.SequenceEqual(Enumerable.Range(1, 10)));
        Console.WriteLine(string.Join(",", nums.Zip(nums.Skip(1), (a, b) => a * b).TakeWhile(x => x < 50)));
        Console.WriteLine(string.Join(",", nums.Concat(new[] { 1, 2 }).Except(new[] { 3, 4, 5 }).Union(new[] { 99 })));
        Console.WriteLine(string.Join(",", new object[] { 1, "a", 2, "b" }.AsQueryable().OfType<string>()));

        IQueryable untyped = ((System.Collections.IEnumerable)new[] { "x", "y" }).AsQueryable();
        Console.WriteLine(untyped.ElementType.Name + " " + untyped.Cast<string>().Count());

        Console.WriteLine(new EnumerableQuery<int>(new[] { 1, 2 }).ToString().Length > 0);
        Expression<Func<int, bool>> small = n => n < 3;
        Console.WriteLine(new[] { 1, 2, 3, 4 }.AsQueryable().Where(small).Expression);
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3, 4 }.AsQueryable().Where(small)));

        try { q.Single(p => p.Age == 25); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { Queryable.Where<int>(null, small); }
        catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
    }
}
