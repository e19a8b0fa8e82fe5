using System.Text;

record Order(int Id, string Customer, decimal Amount, DateTime Day);

static class Program
{
    static int Main(string[] args)
    {
        var orders = new List<Order>
        {
            new(1, "ann", 12.50m, new DateTime(2024, 1, 5)),
            new(2, "bob", 99.99m, new DateTime(2024, 1, 6)),
            new(3, "ann", 3.25m, new DateTime(2024, 2, 1)),
            new(4, "cid", 40m, new DateTime(2024, 2, 14)),
            new(5, "bob", 0.01m, new DateTime(2024, 3, 3)),
        };

        foreach (var g in orders.GroupBy(o => o.Customer).OrderBy(g => g.Key))
            Console.WriteLine($"{g.Key,-4}|{g.Count(),2}|{g.Sum(o => o.Amount),8:F2}|{g.Max(o => o.Day):yyyy-MM-dd}");

        var months = orders.ToLookup(o => o.Day.Month);
        for (int m = 1; m <= 3; m++)
            Console.WriteLine($"month {m}: {string.Join(",", months[m].Select(o => o.Id))}");

        var sb = new StringBuilder();
        foreach (var o in orders.Where(o => o.Amount > 10).OrderByDescending(o => o.Amount))
            sb.AppendFormat("[{0}:{1:N1}]", o.Id, o.Amount);
        Console.WriteLine(sb);

        Console.WriteLine(orders[0] with { Amount = 1m });
        Console.WriteLine(orders[0] == new Order(1, "ann", 12.50m, new DateTime(2024, 1, 5)));
        Console.WriteLine(string.Format("{0,6:P1} {1:X4} {2:E2} {3}", 0.256, 48879, 12345.678, args.Length));
        return orders.Count;
    }
}
