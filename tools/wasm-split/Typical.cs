// Typical.cs: what a typical small program does at start, run by
// tools/wasm-split/profile.mjs (with hello world) to choose the functions
// that go into cilantro.wasm; the rest load when first called. Keep it to
// what most programs touch: formatting, collections, LINQ, a caught
// exception, a garbage collection, a task waited for. (C# 7: mcs compiles it.)
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

static class Typical
{
    class Item
    {
        public string Name; public int Count; public double Price;
        public Item(string name, int count, double price) { Name = name; Count = count; Price = price; }
        public override string ToString() => $"Item {{ Name = {Name}, Count = {Count}, Price = {Price} }}";
    }

    static async Task<int> Later(int x)
    {
        await Task.Delay(1);
        return x * 2;
    }

    static int Main(string[] args)
    {
        var items = new List<Item> { new Item("apple", 3, 0.5), new Item("pear", 1, 0.75), new Item("plum", 12, 0.2) };
        var byName = new Dictionary<string, Item>();
        foreach (var item in items) byName[item.Name] = item;
        double total = items.Sum(i => i.Count * i.Price);
        string names = string.Join(", ", items.Where(i => i.Count > 1).Select(i => i.Name.ToUpperInvariant()));
        var sb = new StringBuilder();
        sb.Append("total ").Append(total.ToString("F2")).Append(" for ").Append(items.Count).Append(" items");
        Console.WriteLine(sb.ToString());
        Console.WriteLine($"{names}; pear costs {byName["pear"].Price} in {DateTime.UtcNow.Year > 2000}");
        try { int.Parse("x"); }
        catch (FormatException e) { Console.WriteLine("caught " + e.GetType().Name); }
        Console.WriteLine(items.OrderBy(i => i.Price).First());
        var kept = new List<string>();
        for (int i = 0; i < 100000; i++) { string s = "n" + i; if (i % 1000 == 0) kept.Add(s); }
        GC.Collect();
        Console.WriteLine($"{kept.Count} kept, {Later(21).Result}");
        return 0;
    }
}
