// LINQ-heavy work over objects: filtering, projection, grouping, joins,
// ordering with several keys, set operators, aggregation and lazy chains.
// Argument: number of orders (default 100000).
using System;
using System.Collections.Generic;
using System.Linq;

class Customer { public int Id; public string Name; public string City; }
class Order { public int Id; public int CustomerId; public int Amount; public int Day; public string Product; }

static class LinqBench
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100000;
        uint seed = 99;
        Func<int, int> next = bound => { seed = seed * 1103515245 + 12345; return (int)((seed >> 8) % (uint)bound); };
        string[] cities = { "Oslo", "Lima", "Kyiv", "Pune", "Baku", "Rome", "Riga" };
        string[] products = { "tea", "rice", "salt", "oil", "soap", "milk", "bread", "eggs" };

        var customers = Enumerable.Range(1, Math.Max(10, n / 50))
            .Select(i => new Customer { Id = i, Name = "c" + i, City = cities[next(cities.Length)] })
            .ToList();
        var orders = Enumerable.Range(1, n)
            .Select(i => new Order { Id = i, CustomerId = 1 + next(customers.Count), Amount = 1 + next(1000), Day = next(365), Product = products[next(products.Length)] })
            .ToArray();

        var byCity = orders.Join(customers, o => o.CustomerId, c => c.Id, (o, c) => new { c.City, o.Amount })
            .GroupBy(x => x.City)
            .Select(g => new { City = g.Key, Total = g.Sum(x => (long)x.Amount), Count = g.Count() })
            .OrderByDescending(x => x.Total).ThenBy(x => x.City);
        foreach (var c in byCity) Console.WriteLine("{0} {1} {2}", c.City, c.Total, c.Count);

        var top = orders.Where(o => o.Amount > 900).OrderByDescending(o => o.Amount).ThenBy(o => o.Id).Take(5).Select(o => o.Id);
        Console.WriteLine("top " + string.Join(",", top));

        var products2 = orders.GroupBy(o => o.Product, o => o.Amount)
            .ToDictionary(g => g.Key, g => (g.Min(), g.Max(), g.Average()));
        foreach (var kv in products2.OrderBy(kv => kv.Key))
            Console.WriteLine("{0} {1} {2} {3:F2}", kv.Key, kv.Value.Item1, kv.Value.Item2, kv.Value.Item3);

        var monthly = orders.GroupBy(o => o.Day / 31).OrderBy(g => g.Key)
            .Select(g => g.Aggregate(0L, (acc, o) => acc + o.Amount * (o.Day % 7 + 1)));
        Console.WriteLine("monthly " + string.Join(" ", monthly));

        var loyal = orders.GroupBy(o => o.CustomerId).Where(g => g.Select(o => o.Product).Distinct().Count() == products.Length).Select(g => g.Key);
        var big = orders.Where(o => o.Amount > 990).Select(o => o.CustomerId).Distinct();
        Console.WriteLine("loyal {0} big {1} both {2} either {3}", loyal.Count(), big.Count(), loyal.Intersect(big).Count(), loyal.Union(big).Count());

        var lookup = orders.ToLookup(o => o.Day % 10);
        Console.WriteLine("lookup " + string.Join(" ", Enumerable.Range(0, 10).Select(d => lookup[d].Count())));
        Console.WriteLine("any {0} all {1} skip {2} zip {3}",
            orders.Any(o => o.Amount == 1000), orders.All(o => o.Amount >= 1),
            orders.SkipWhile(o => o.Amount < 999).Skip(1).First().Id,
            orders.Zip(orders.Skip(1), (p, q) => Math.Abs(p.Amount - q.Amount)).Max());
    }
}
