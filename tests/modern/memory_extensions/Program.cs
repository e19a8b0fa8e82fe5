static class Program
{
    static void P(object? o) => Console.WriteLine(o);

    static void Main()
    {
        int[] arr = { 5, 3, 8, 3, 1, 9, 3, 7 };
        ReadOnlySpan<int> s = arr;
        Span<int> w = arr.AsSpan();
        P(s.IndexOf(3) + " " + s.LastIndexOf(3) + " " + w.IndexOf(42) + " " + s.IndexOf([3, 1]) + " " + s.LastIndexOf([8, 3]) + " " + s.IndexOf(ReadOnlySpan<int>.Empty) + " " + s.LastIndexOf(ReadOnlySpan<int>.Empty));
        P(s.IndexOfAny(8, 1) + " " + s.IndexOfAny(9, 7, 1) + " " + s.IndexOfAny([7, 9]) + " " + s.LastIndexOfAny(5, 8) + " " + s.LastIndexOfAny(3, 9, 100) + " " + s.LastIndexOfAny([5]));
        P(s.IndexOfAnyExcept(5) + " " + s.IndexOfAnyExcept(5, 3) + " " + s.IndexOfAnyExcept(5, 3, 8) + " " + s.IndexOfAnyExcept([5, 3, 8, 1]) + " " + s.LastIndexOfAnyExcept(7) + " " + s.LastIndexOfAnyExcept([7, 3]));
        P(s.ContainsAny(1, 2) + " " + s.ContainsAny(10, 11, 12) + " " + s.ContainsAny([4, 9]) + " " + s.ContainsAnyExcept(3) + " " + new int[] { 2, 2 }.AsSpan().ContainsAnyExcept(2));
        P(s.Contains(9) + " " + w.Contains(10) + " " + s.Count(3) + " " + "abababa".AsSpan().Count("aba") + " " + s.Count([3, 1]));
        P(s.StartsWith([5, 3]) + " " + s.StartsWith(5) + " " + s.EndsWith([3, 7]) + " " + s.EndsWith(6) + " " + w.StartsWith([3]));
        P(s.SequenceEqual(arr) + " " + s.SequenceEqual([5, 3]) + " " + w.SequenceEqual(s));
        string[] words = { "Apple", "banana" };
        P(words.AsSpan().SequenceEqual(new[] { "APPLE", "BANANA" }, StringComparer.OrdinalIgnoreCase) + " " + ((ReadOnlySpan<string>)words).IndexOf("BANANA", StringComparer.OrdinalIgnoreCase));
        P(s.SequenceCompareTo([5, 3, 9]) + " " + s.SequenceCompareTo([5, 3]) + " " + ((ReadOnlySpan<int>)[1]).SequenceCompareTo(s));
        P(s.CommonPrefixLength([5, 3, 8, 0]) + " " + "hello".AsSpan().CommonPrefixLength("help"));

        int[] copy = (int[])arr.Clone();
        Span<int> c = copy;
        c.Sort();
        P(string.Join(",", copy));
        c.Sort((a, b) => b.CompareTo(a));
        P(string.Join(",", copy));
        c.Reverse();
        P(string.Join(",", copy) + " " + c.BinarySearch(7) + " " + c.BinarySearch(4) + " " + c.BinarySearch(6, Comparer<int>.Default));
        string[] names = { "d", "b", "a", "c" };
        int[] keys = { 4, 2, 1, 3 };
        keys.AsSpan().Sort(names.AsSpan());
        P(string.Join(",", names));
        keys.AsSpan().Sort(names.AsSpan(), (x, y) => y - x);
        P(string.Join(",", names));
        names.AsSpan().Sort(StringComparer.Ordinal);
        P(string.Join(",", names));
        c.Replace(3, 30);
        P(string.Join(",", copy));
        Span<int> dest = new int[8];
        s.Replace(dest, 3, -3);
        P(string.Join(",", dest.ToArray()));
        arr.CopyTo(dest);
        P(dest[7]);
        P(w.Overlaps(w.Slice(3)) + " " + w.Slice(2).Overlaps(w, out int off) + " " + off + " " + w.Overlaps(copy));

        P(s.Trim(5).Length + " " + s.TrimStart(5).Length + " " + s.TrimEnd(7).Length + " " + s.Trim([5, 7, 3]).Length);
        ReadOnlySpan<char> t = "  \t hello world \n ";
        P("[" + t.Trim().ToString() + "][" + t.TrimStart().ToString() + "][" + t.TrimEnd().ToString() + "]");
        P("xxhixx".AsSpan().Trim('x').ToString() + " " + "xyhiyx".AsSpan().Trim("xy").ToString() + " " + "xyhiyx".AsSpan().TrimStart("xy").ToString() + " " + "xyhiyx".AsSpan().TrimEnd("yx").ToString() + " [" + "  a ".AsSpan().Trim(ReadOnlySpan<char>.Empty).ToString() + "]");
        Span<char> buf = "  spaced  ".ToCharArray();
        P("[" + buf.Trim().ToString() + "]");
        ReadOnlyMemory<char> mem = "..dots..".AsMemory();
        P(mem.Trim('.').ToString() + " " + mem.TrimStart('.').Length + " " + "  m  ".AsMemory().Trim().ToString());

        ReadOnlySpan<char> h = "Hello World";
        P(h.Equals("hello world", StringComparison.OrdinalIgnoreCase) + " " + h.Equals("hello world", StringComparison.Ordinal) + " " + h.Equals("Hello World", StringComparison.InvariantCulture));
        P(Math.Sign(h.CompareTo("hello", StringComparison.Ordinal)) + " " + Math.Sign(h.CompareTo("HELLO WORLD", StringComparison.OrdinalIgnoreCase)));
        P(h.IndexOf("WORLD", StringComparison.OrdinalIgnoreCase) + " " + h.IndexOf("World", StringComparison.Ordinal) + " " + h.LastIndexOf("o", StringComparison.Ordinal) + " " + h.LastIndexOf("O", StringComparison.OrdinalIgnoreCase));
        P(h.StartsWith("HELLO", StringComparison.OrdinalIgnoreCase) + " " + h.EndsWith("WORLD", StringComparison.Ordinal) + " " + h.Contains("LO W", StringComparison.OrdinalIgnoreCase) + " " + h.Contains("LO W", StringComparison.Ordinal));
        Span<char> up = stackalloc char[20];
        int n = h.ToUpperInvariant(up);
        P(up.Slice(0, n).ToString() + " " + n);
        n = h.ToLowerInvariant(up);
        P(up.Slice(0, n).ToString() + " " + h.ToUpper(up.Slice(0, 3), null));
        P("   ".AsSpan().IsWhiteSpace() + " " + " x ".AsSpan().IsWhiteSpace() + " " + "".AsSpan().IsWhiteSpace());
        foreach (var line in "one\r\ntwo\nthree\rfour\n".AsSpan().EnumerateLines()) Console.Write("<" + line.ToString() + ">");
        Console.WriteLine();
        foreach (var line in "".AsSpan().EnumerateLines()) Console.Write("<" + line.ToString() + ">");
        Console.WriteLine();
        try { h.Equals("x", (StringComparison)99); } catch (ArgumentException e) { P(e.GetType().Name); }
    }
}
