using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

// User-defined ref structs, ref fields, scoped, `allows ref struct`,
// stackalloc, spans over stack and native memory, Unsafe.

ref struct Cursor
{
    private ref int _target;
    public int Moves;
    public Cursor(ref int target) { _target = ref target; Moves = 0; }
    public void Bump(int by) { _target += by; Moves++; }
    public ref int Target => ref _target;
    public bool IsNull => Unsafe.IsNullRef(ref _target);
}

ref struct Tokenizer
{
    private ReadOnlySpan<char> _rest;
    public Tokenizer(ReadOnlySpan<char> text) { _rest = text; }
    public bool Next(out ReadOnlySpan<char> token)
    {
        while (_rest.Length > 0 && _rest[0] == ' ') _rest = _rest.Slice(1);
        if (_rest.Length == 0) { token = default; return false; }
        int end = 0;
        while (end < _rest.Length && _rest[end] != ' ') end++;
        token = _rest.Slice(0, end);
        _rest = _rest.Slice(end);
        return true;
    }
}

interface IMeasure { int Measure(); }

ref struct Ruler : IMeasure
{
    public Span<int> Marks;
    public int Measure() { int s = 0; foreach (var m in Marks) s += m; return s; }
}

struct Holder { public int A; public long B; public object? C; }

static class Program
{
    static int Total<T>(T item) where T : IMeasure, allows ref struct => item.Measure();

    static void Fill(scoped Span<int> span, int start)
    {
        for (int i = 0; i < span.Length; i++) span[i] = start + i;
    }

    static ref int Largest(Span<int> values)
    {
        ref int best = ref values[0];
        for (int i = 1; i < values.Length; i++)
            if (values[i] > best) best = ref values[i];
        return ref best;
    }

    static unsafe int SumNative(int n)
    {
        IntPtr mem = Marshal.AllocHGlobal(n * sizeof(int));
        try
        {
            var span = new Span<int>((void*)mem, n);
            Fill(span, 1);
            int s = 0;
            foreach (int v in span) s += v;
            return s;
        }
        finally { Marshal.FreeHGlobal(mem); }
    }

    static int Main()
    {
        int counter = 10;
        var c = new Cursor(ref counter);
        c.Bump(5); c.Bump(7);
        c.Target *= 2;
        Console.WriteLine($"counter={counter} moves={c.Moves} null={c.IsNull} default-null={default(Cursor).IsNull}");

        var tok = new Tokenizer("  alpha beta   gamma ");
        while (tok.Next(out var t)) Console.WriteLine("[" + t.ToString() + "]");

        Span<int> stack = stackalloc int[6];
        Fill(stack, 3);
        Largest(stack) = 100;
        Console.WriteLine(string.Join(",", stack.ToArray()));

        var ruler = new Ruler { Marks = stack.Slice(0, 3) };
        Console.WriteLine("measure " + Total(ruler));

        int[] heap = { 4, 9, 2 };
        Largest(heap) = -1;
        Console.WriteLine(string.Join(",", heap));

        Console.WriteLine("native " + SumNative(100));

        // Unsafe and MemoryMarshal
        var h = new Holder { A = 1, B = 2, C = "c" };
        ref long b = ref Unsafe.As<int, long>(ref h.A);
        Console.WriteLine("sizeof Holder matches: " + (Unsafe.SizeOf<Holder>() >= 16));
        int[] nums = { 1, 2, 3, 4 };
        ref int first = ref MemoryMarshal.GetArrayDataReference(nums);
        Console.WriteLine(Unsafe.Add(ref first, 3) + " " + Unsafe.AreSame(ref first, ref nums[0]) + " " +
                          Unsafe.ByteOffset(ref nums[0], ref nums[2]));
        Span<byte> bytes = MemoryMarshal.AsBytes(nums.AsSpan());
        Console.WriteLine("bytes " + bytes.Length + " " + bytes[4]);
        Span<int> ints = MemoryMarshal.Cast<byte, int>(bytes);
        ints[1] = 20;
        Console.WriteLine(nums[1]);
        Console.WriteLine(MemoryMarshal.Read<int>(bytes.Slice(8)));
        object boxed = 41;
        Unsafe.Unbox<int>(boxed)++;
        Console.WriteLine(boxed);
        string s = Unsafe.As<string>((object)"as");
        Console.WriteLine(s);
        Console.WriteLine(RuntimeHelpers.IsReferenceOrContainsReferences<Holder>() + " " +
                          RuntimeHelpers.IsReferenceOrContainsReferences<int>() + " " +
                          RuntimeHelpers.IsReferenceOrContainsReferences<string>());

        // spans keep what they point into alive across collections
        Span<char> kept = new char[] { 'o', 'k' };
        for (int i = 0; i < 2000; i++) { var garbage = new int[64]; garbage[0] = i; }
        GC.Collect();
        Console.WriteLine(kept.ToString());

        ReadOnlySpan<int> data = [5, 6, 7];
        Console.WriteLine(data[1] + data.Length);
        ReadOnlySpan<byte> utf8 = "héllo"u8;
        Console.WriteLine(utf8.Length);
        return 0;
    }
}
