// ReadOnlySequence<T> over arrays, memories and segment chains: lengths,
// slices by offset and position, enumeration, TryGet, PositionOf, ToArray;
// Activator.CreateInstance with binding flags and Type.GetConstructor(BindingFlags, ...).
using System;
using System.Buffers;
using System.Reflection;

class Seg : ReadOnlySequenceSegment<int>
{
    public Seg(int[] items) { Memory = items; }
    public Seg Append(int[] items)
    {
        var next = new Seg(items) { RunningIndex = RunningIndex + Memory.Length };
        Next = next;
        return next;
    }
}

class Hidden
{
    public string How;
    private Hidden() { How = "private"; }
    public Hidden(int n, string s) { How = s + n; }
}

static class Program
{
    static string Show(ReadOnlySequence<int> s)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (ReadOnlyMemory<int> m in s) parts.Add(string.Join(",", m.ToArray()));
        return $"len {s.Length} empty {s.IsEmpty} single {s.IsSingleSegment} first [{string.Join(",", s.First.ToArray())}] segs [{string.Join("|", parts)}]";
    }

    static void Main()
    {
        var one = new ReadOnlySequence<int>(new[] { 1, 2, 3, 4, 5 });
        Console.WriteLine(Show(one));
        Console.WriteLine(Show(one.Slice(1, 3)));
        Console.WriteLine(Show(one.Slice(2)));
        Console.WriteLine(Show(new ReadOnlySequence<int>(new[] { 9, 8, 7, 6 }, 1, 2)));
        Console.WriteLine(Show(ReadOnlySequence<int>.Empty));
        Console.WriteLine(Show(new ReadOnlySequence<int>(new ReadOnlyMemory<int>(new[] { 4, 5, 6 }, 1, 2))));

        var a = new Seg(new[] { 1, 2, 3 });
        var c = a.Append(new[] { 4, 5 }).Append(new int[0]).Append(new[] { 6, 7, 8, 9 });
        var multi = new ReadOnlySequence<int>(a, 1, c, 3);
        Console.WriteLine(Show(multi));
        for (long start = 0; start <= multi.Length; start += 2)
            Console.WriteLine($"slice {start}: {Show(multi.Slice(start))}");
        Console.WriteLine(Show(multi.Slice(1, 4)));
        SequencePosition p = multi.GetPosition(3);
        Console.WriteLine($"pos 3 offset {multi.GetOffset(p)} slice {Show(multi.Slice(p))}");
        Console.WriteLine($"from pos: {Show(multi.Slice(multi.GetPosition(1), 3))}");
        Console.WriteLine($"between: {Show(multi.Slice(multi.GetPosition(1), multi.GetPosition(5)))}");
        Console.WriteLine($"pos 2 from pos 1: {multi.GetOffset(multi.GetPosition(2, multi.GetPosition(1)))}");
        SequencePosition cursor = multi.Start;
        while (multi.TryGet(ref cursor, out ReadOnlyMemory<int> mem)) Console.WriteLine($"tryget [{string.Join(",", mem.ToArray())}]");
        Console.WriteLine($"toarray {string.Join(",", multi.ToArray())}");
        SequencePosition? found = multi.PositionOf(6);
        Console.WriteLine($"positionof 6 at {(found.HasValue ? multi.GetOffset(found.Value) : -1)}; 42 found {multi.PositionOf(42).HasValue}");
        Console.WriteLine($"start == start {multi.Start.Equals(multi.Start)} start == end {multi.Start.Equals(multi.End)}");
        try { multi.Slice(0, multi.Length + 1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("slice too long: " + e.GetType().Name); }
        try { multi.Slice(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("negative: " + e.GetType().Name); }
        try { new ReadOnlySequence<int>(a, 4, c, 0); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("bad start index: " + e.GetType().Name); }
        var chars = new ReadOnlySequence<char>("hello".ToCharArray());
        Console.WriteLine($"chars {chars} {chars.Length}");

        var h1 = (Hidden)Activator.CreateInstance(typeof(Hidden), BindingFlags.Instance | BindingFlags.NonPublic, null, null, null)!;
        var h2 = (Hidden)Activator.CreateInstance(typeof(Hidden), BindingFlags.Instance | BindingFlags.Public, null, new object[] { 3, "x" }, null)!;
        Console.WriteLine($"activator {h1.How} {h2.How}");
        try { Activator.CreateInstance(typeof(Hidden), BindingFlags.Instance | BindingFlags.Public, null, null, null); }
        catch (MissingMethodException) { Console.WriteLine("public parameterless: MissingMethodException"); }
        Console.WriteLine($"ctor nonpublic () {typeof(Hidden).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, null, Type.EmptyTypes, null) != null}");
        Console.WriteLine($"ctor public () {typeof(Hidden).GetConstructor(BindingFlags.Instance | BindingFlags.Public, Type.EmptyTypes) != null}");
        Console.WriteLine($"ctor public (int,string) {typeof(Hidden).GetConstructor(BindingFlags.Instance | BindingFlags.Public, null, CallingConventions.Any, new[] { typeof(int), typeof(string) }, null)?.GetParameters().Length}");
    }
}
