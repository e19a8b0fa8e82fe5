using System.Text;

static class Program
{
    static int Sum(params ReadOnlySpan<int> values) { int t = 0; foreach (int v in values) t += v; return t; }
    static string Cat(params ReadOnlySpan<string> parts) => string.Concat(parts.ToArray());
    static int Count<T>(params ReadOnlySpan<T> items) => items.Length;
    static string Describe(params ReadOnlySpan<object?> items)
    {
        var sb = new StringBuilder();
        foreach (var o in items) sb.Append(o?.GetType().Name ?? "null").Append(';');
        return sb.ToString();
    }

    static void Main()
    {
        int a = 1, b = 2, c = 3, d = 4;
        string s1 = "x", s2 = "y", s3 = "z";
        Console.WriteLine("{0}{1}{2}{3}", a, b, c, d);
        Console.WriteLine("{0}-{1}-{2}-{3}-{4}", s1, s2, s3, a, b);
        Console.Write("{0}|{1}|{2}|{3}\n", a, s1, b, s2);
        Console.WriteLine(string.Format("{0} {1} {2} {3}", a, b, c, d));
        Console.WriteLine(string.Format(null, "{0}/{1}/{2}/{3}", a, b, c, d));
        Console.WriteLine(string.Join(",", s1, s2, s3));
        Console.WriteLine(string.Join(",", a, b, c, d));
        Console.WriteLine(string.Join('+', s1, s2, s3, "w"));
        Console.WriteLine(string.Join('+', a, s1, 2.5));
        Console.WriteLine(string.Concat(s1, s2, s3, s1, s2));
        Console.WriteLine(string.Concat(a, b, c, d, s1));
        Console.WriteLine(Path.Combine("a", "b", "c", "d", "e"));
        var sb = new StringBuilder();
        sb.AppendFormat("{0}:{1}:{2}:{3}", a, b, c, d).AppendLine();
        sb.AppendJoin(", ", s1, s2, s3).AppendLine();
        sb.AppendJoin('|', a, b, c).AppendLine();
        Console.Write(sb.ToString());
        var w = new StringWriter();
        w.WriteLine("{0}{1}{2}{3}", d, c, b, a);
        w.Write("{0}.{1}.{2}.{3}", d, c, b, a);
        Console.WriteLine(w.ToString());

        Console.WriteLine(Sum());
        Console.WriteLine(Sum(5));
        Console.WriteLine(Sum(1, 2, 3, 4, 5, 6, 7));
        Console.WriteLine(Sum(a, b, c, d));
        Console.WriteLine(Sum([10, 20, 30]));
        Console.WriteLine(Cat(s1, s2, s3, "!"));
        Console.WriteLine(Count(1.5, 2.5));
        Console.WriteLine(Count<string>());
        Console.WriteLine(Describe(1, "two", 3.0, null, 'c'));

        // collection expressions into spans
        Span<int> span = [a, b, c, d, 5];
        ReadOnlySpan<int> constant = [1, 2, 3, 4];
        ReadOnlySpan<string> strs = [s1, s2, s3];
        ReadOnlySpan<byte> bytes = [1, 2, 255];
        Span<char> chars = ['h', 'i'];
        Console.WriteLine(span.Length + " " + span[4] + " " + constant[3] + " " + strs[2] + " " + bytes[2] + " " + chars.ToString());
        int[] arr = [.. constant, .. span];
        Console.WriteLine(string.Join(",", arr));
        List<int> list = [1, 2, .. arr];
        Console.WriteLine(list.Count);

        var t1 = Task.FromResult(1);
        var t2 = Task.FromResult(2);
        Task.WhenAll(t1, t2).Wait();
        Console.WriteLine(Task.WhenAll(t1, t2).Result.Sum());
        Console.WriteLine(Task.WhenAny(t1, t2).Result.Result);
        Task.WaitAll(t1, t2);
        Action x = () => Console.Write("A"), y = () => Console.Write("B"), z = () => Console.WriteLine("C");
        ((Action)Delegate.Combine(x, y, z)!)();
        Console.WriteLine(string.Join("|", "a,b;c d".Split(',', ';', ' ')) + " " + "a-b".Split('-').Length + " " + "xyz".Split().Length);
        var ms = new MemoryStream();
        var sw = new StreamWriter(ms);
        sw.WriteLine("{0}+{1}+{2}+{3}", a, b, c, d); sw.Write("{0}{1}{2}{3}{4}", 1, 2, 3, 4, 5); sw.Flush();
        Console.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()).Replace("\r", "").Replace("\n", "/"));
        var nums = new List<int>();
        nums.AddRange([1, 2, 3]);
        nums.InsertRange(1, [7, 8]);
        Console.WriteLine(string.Join(",", nums));
        int[] rev = [1, 2, 3];
        rev.Reverse();
        Console.WriteLine(string.Join(",", rev) + " " + rev.Contains(2) + " " + rev.IndexOf(1));
        Span<char> dst = stackalloc char[32];
        Console.WriteLine(dst.TryWrite($"n={a + b,3}|{"s"}|{2.5:F1}", out int w1) + " " + dst.Slice(0, w1).ToString() + " " + dst.Slice(0, 4).TryWrite($"{12345}", out int w2) + " " + w2);
    }
}
