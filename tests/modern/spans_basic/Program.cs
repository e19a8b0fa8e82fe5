using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

class Node { public string Name = ""; public Node? Next; public override string ToString() => Name; }

static class Program
{
    static int SumAll(params ReadOnlySpan<object> items)
    {
        int sum = 0;
        foreach (var o in items) if (o is int i) sum += i; else if (o is string s) sum += s.Length;
        return sum;
    }

    static Span<T> Fill<T>(Span<T> span, T value) { span.Fill(value); return span; }

    static string Make(int count)
    {
        // a params span of fresh objects kept alive only by the stack's inline array
        var text = string.Join("/", Label(count), Label(count + 1), Label(count + 2), Label(count + 3), Label(count + 4));
        return text;
    }
    static string Label(int n) { var junk = new byte[1000]; return "L" + n + (junk.Length > 0 ? "" : "?"); }

    static void Main()
    {
        Span<int> stack = stackalloc int[5];
        for (int i = 0; i < stack.Length; i++) stack[i] = i * 10;
        Console.WriteLine(string.Join(",", stack.ToArray()) + " " + stack.Slice(1, 2).Length + " " + stack[^1]);
        var arr = new[] { 1, 2, 3, 4, 5, 6 };
        Span<int> s = arr.AsSpan(1, 3);
        s[0] = 20;
        Console.WriteLine(arr[1] + " " + s.Length + " " + s[^1] + " " + arr.AsSpan()[2..].Length);
        ReadOnlySpan<char> text = "hello world";
        Console.WriteLine(text[6..].ToString() + " " + text[..5].ToString() + " " + text.Slice(3, 2).ToString());
        Console.WriteLine(Fill(new int[3].AsSpan(), 7)[2] + " " + Fill(new string[2].AsSpan(), "x")[1]);
        Span<byte> bytes = MemoryMarshal.AsBytes(arr.AsSpan(0, 2));
        Console.WriteLine(bytes.Length + " " + bytes[0] + " " + bytes[4] + " " + MemoryMarshal.Cast<int, long>(arr.AsSpan(0, 4)).Length);
        Console.WriteLine(MemoryMarshal.Read<int>(bytes.Slice(4)) + " " + Unsafe.SizeOf<Guid>());
        ref int first = ref MemoryMarshal.GetReference(s);
        first = 99;
        Console.WriteLine(arr[1] + " " + Unsafe.Add(ref first, 1));
        Span<int> empty = default;
        Console.WriteLine(empty.IsEmpty + " " + Span<int>.Empty.Length + " " + (s == arr.AsSpan(1, 3)) + " " + (s == arr.AsSpan(1, 2)));
        Console.WriteLine(stack.ToString() + " " + ((ReadOnlySpan<int>)stack).ToString() + " " + new Span<char>(new[] { 'o', 'k' }).ToString());
        try { var x = s[5]; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { arr.AsSpan(4, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { object[] covariant = new string[1]; Span<object> co = covariant; } catch (ArrayTypeMismatchException e) { Console.WriteLine(e.GetType().Name); }

        // spans of references under GC pressure
        Span<Node> nodes = new Node[4];
        for (int i = 0; i < nodes.Length; i++) nodes[i] = new Node { Name = "n" + i };
        for (int round = 0; round < 100; round++) { var junk = new object[100]; for (int j = 0; j < 100; j++) junk[j] = new Node(); }
        GC.Collect();
        foreach (ref Node n in nodes) n = new Node { Name = n.Name.ToUpperInvariant(), Next = n };
        GC.Collect();
        Console.WriteLine(string.Join(",", nodes.ToArray().Select(n => n.Name + ">" + n.Next)));

        Console.WriteLine(SumAll(1, "abc", 2, "de", 3, new object()));
        for (int k = 0; k < 3; k++) { Console.WriteLine(Make(k * 10)); GC.Collect(); }
        ReadOnlySpan<Node> roNodes = [new Node { Name = "a" }, new Node { Name = "b" }, nodes[0]];
        GC.Collect();
        Console.WriteLine(roNodes.Length + " " + roNodes[0] + roNodes[1] + roNodes[2]);
        Span<string> strs = [string.Concat("x", "1"), string.Concat("y", "2")];
        GC.Collect();
        Console.WriteLine(strs[0] + strs[1]);

        // span in a ref struct field through a loop
        var reader = new Reader("a,bb,,ccc");
        while (reader.Next(out ReadOnlySpan<char> field)) Console.Write("[" + field.ToString() + "]");
        Console.WriteLine();
    }

    ref struct Reader
    {
        private ReadOnlySpan<char> _rest;
        private bool _done;
        public Reader(ReadOnlySpan<char> text) { _rest = text; _done = false; }
        public bool Next(out ReadOnlySpan<char> field)
        {
            if (_done) { field = default; return false; }
            int comma = _rest.IndexOf(',');
            if (comma < 0) { field = _rest; _done = true; return true; }
            field = _rest[..comma];
            _rest = _rest[(comma + 1)..];
            return true;
        }
    }
}
