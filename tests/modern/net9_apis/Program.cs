using System.Buffers;

// APIs of .NET 9/10 a program reaches for: SearchValues over strings,
// version-7 GUIDs, unsigned Interlocked.And/Or, and the .NET 9 LINQ and
// Random additions next to them.
static class Program
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        var animals = SearchValues.Create(["cat", "dog", "bird"], StringComparison.OrdinalIgnoreCase);
        var exact = SearchValues.Create(["cat", "dog", "catalog"], StringComparison.Ordinal);
        foreach (string text in new[] { "hot DOG", "a concatenation", "no pets", "Bird cat", "", "CATALOG" })
            Console.WriteLine($"'{text}': {text.AsSpan().IndexOfAny(animals)} {text.AsSpan().ContainsAny(animals)} {text.AsSpan().IndexOfAny(exact)} {text.ToCharArray().AsSpan().ContainsAny(exact)}");
        Console.WriteLine($"{animals.Contains("CAT")} {animals.Contains("cow")} {exact.Contains("CAT")} {exact.Contains("catalog")}");
        Try("culture comparison", () => SearchValues.Create(["x"], StringComparison.CurrentCulture));

        var at = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);
        Guid v7 = Guid.CreateVersion7(at), now = Guid.CreateVersion7(), v4 = Guid.NewGuid();
        Console.WriteLine($"{v7.Version} {v7.Variant & 0xC} {v7.ToString()[..13]} {now.Version} {v4.Version} {v4.Variant & 0xC}");
        Console.WriteLine($"{Guid.Empty.Version} {Guid.AllBitsSet} {Guid.AllBitsSet.Version} {Guid.AllBitsSet.Variant} {new Guid("01234567-89ab-cdef-0123-456789abcdef").Version}");
        Console.WriteLine(Guid.CreateVersion7(at.AddMilliseconds(1)).CompareTo(v7) > 0);
        Try("before 1970", () => Guid.CreateVersion7(DateTimeOffset.UnixEpoch.AddMilliseconds(-1)));

        uint u = 0b1100; ulong ul = 0xFF00;
        Console.WriteLine($"{Interlocked.And(ref u, 0b1010u)} {u} {Interlocked.Or(ref u, 0b0001u)} {u} {Interlocked.And(ref ul, 0x0FF0UL)} {ul} {Interlocked.Or(ref ul, 1UL)} {ul}");

        Console.WriteLine(string.Join(",", "mississippi".CountBy(c => c).Select(p => $"{p.Key}{p.Value}")));
        Console.WriteLine(string.Join(",", new[] { ("a", 1), ("b", 2), ("a", 3) }.AggregateBy(t => t.Item1, 0, (s, t) => s + t.Item2)));
        Console.WriteLine(string.Join(",", "xyz".Index()));
        int[] deck = Enumerable.Range(0, 10).ToArray();
        new Random(42).Shuffle(deck);
        Console.WriteLine(string.Join(",", deck.Order()) + " " + deck.Length);
        Console.WriteLine(Convert.ToHexStringLower(new byte[] { 0xAB, 0x01 }) + " " + Convert.ToHexString(new byte[] { 0xAB, 0x01 }));
    }
}
