using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

static class Program
{
    static void Main()
    {
        int[] data = { 1, 2, 3, 4, 5, 6 };
        Memory<int> m = data;
        Console.WriteLine(m.Length + " " + m.Span[2] + " " + m.Slice(2).Span[0] + " " + m.Slice(1, 3).ToArray().Length);
        Console.WriteLine(m.ToString());
        ReadOnlyMemory<int> rom = m;
        Console.WriteLine(rom.ToString() + " " + rom.Slice(4).Span[1]);
        m.Span[0] = 42;
        Console.WriteLine(data[0]);
        Console.WriteLine(m.Equals(data.AsMemory()) + " " + m.Equals(data.AsMemory(1)) + " " + m.IsEmpty + " " + Memory<int>.Empty.IsEmpty);
        ReadOnlyMemory<char> text = "hello world".AsMemory();
        Console.WriteLine(text.Slice(6).ToString() + " " + text.Length + " " + text.Span.IndexOf('w'));
        Console.WriteLine(new Memory<char>(new[] { 'a', 'b' }).ToString());
        if (MemoryMarshal.TryGetString(text.Slice(2, 3), out string? str, out int st, out int len)) Console.WriteLine(str + " " + st + " " + len);
        if (MemoryMarshal.TryGetArray(rom.Slice(2), out ArraySegment<int> seg)) Console.WriteLine(seg.Offset + " " + seg.Count + " " + (seg.Array == data));
        Console.WriteLine(MemoryMarshal.TryGetArray(text, out ArraySegment<char> _));
        Console.WriteLine(string.Join(",", MemoryMarshal.ToEnumerable(rom.Slice(3))));
        Memory<int> writable = MemoryMarshal.AsMemory(rom);
        writable.Span[5] = 60;
        Console.WriteLine(data[5]);
        using (var h = m.Pin()) unsafe { Console.WriteLine(*(int*)h.Pointer); }
        var dst = new int[6];
        m.CopyTo(dst);
        Console.WriteLine(dst[0] + " " + m.TryCopyTo(new int[2]));
        try { m.Slice(7); } catch (ArgumentOutOfRangeException) { Console.WriteLine("AOORE"); }

        // ArrayPool
        var pool = ArrayPool<byte>.Shared;
        foreach (int n in new[] { 0, 1, 15, 16, 17, 100, 1000, 1025, 4096, 70000 })
            Console.Write(pool.Rent(n).Length + " ");
        Console.WriteLine();
        byte[] r1 = pool.Rent(200);
        r1[0] = 7;
        pool.Return(r1);
        byte[] r2 = pool.Rent(256);
        Console.WriteLine(ReferenceEquals(r1, r2) + " " + r2[0]);
        pool.Return(r2, clearArray: true);
        Console.WriteLine(pool.Rent(129)[0]);
        try { pool.Return(new byte[100]); } catch (ArgumentException ex) { Console.WriteLine(ex.GetType().Name + ": " + ex.Message); }
        try { pool.Rent(-1); } catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.ParamName); }
        var custom = ArrayPool<string>.Create(64, 2);
        Console.WriteLine(custom.Rent(10).Length + " " + custom.Rent(65).Length + " " + custom.Rent(33).Length);
        using (IMemoryOwner<char> owner = MemoryPool<char>.Shared.Rent(10))
        {
            Console.WriteLine(owner.Memory.Length >= 10);
            owner.Memory.Span[0] = 'Q';
            Console.WriteLine(owner.Memory.Span[0]);
        }
        Console.WriteLine(MemoryPool<byte>.Shared.Rent().Memory.Length);

        // BinaryPrimitives
        Span<byte> buf = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(buf, 0x01020304);
        Console.WriteLine(BitConverter.ToString(buf.ToArray()));
        BinaryPrimitives.WriteInt32LittleEndian(buf, 0x01020304);
        Console.WriteLine(BitConverter.ToString(buf.ToArray()));
        Console.WriteLine(BinaryPrimitives.ReadInt32BigEndian(buf).ToString("X") + " " + BinaryPrimitives.ReadUInt16LittleEndian(buf));
        BinaryPrimitives.WriteInt64BigEndian(buf, -2);
        Console.WriteLine(BitConverter.ToString(buf.ToArray()) + " " + BinaryPrimitives.ReadInt64BigEndian(buf) + " " + BinaryPrimitives.ReadUInt64LittleEndian(buf));
        BinaryPrimitives.WriteInt16BigEndian(buf, -300);
        Console.WriteLine(BinaryPrimitives.ReadInt16BigEndian(buf) + " " + BinaryPrimitives.ReadInt16LittleEndian(buf));
        Console.WriteLine(BinaryPrimitives.ReverseEndianness(0x12345678).ToString("X") + " " + BinaryPrimitives.ReverseEndianness((ushort)0xABCD).ToString("X") + " " + BinaryPrimitives.ReverseEndianness(1L));
        Console.WriteLine(BinaryPrimitives.TryReadInt32BigEndian(buf.Slice(6), out int v) + " " + v + " " + BinaryPrimitives.TryWriteUInt32LittleEndian(buf.Slice(5), 1));
        BinaryPrimitives.WriteDoubleBigEndian(buf, 1.5);
        Console.WriteLine(BitConverter.ToString(buf.ToArray()) + " " + BinaryPrimitives.ReadDoubleBigEndian(buf));
        try { BinaryPrimitives.ReadInt64LittleEndian(buf.Slice(1)); } catch (ArgumentOutOfRangeException ex) { Console.WriteLine(ex.ParamName); }
        int[] rev = new int[3];
        BinaryPrimitives.ReverseEndianness(new int[] { 1, 2, 3 }, rev);
        Console.WriteLine(string.Join(",", rev));

        // CollectionsMarshal
        var list = new List<int> { 1, 2, 3 };
        Span<int> ls = CollectionsMarshal.AsSpan(list);
        ls[1] = 20;
        Console.WriteLine(string.Join(",", list) + " " + ls.Length);
        CollectionsMarshal.SetCount(list, 5);
        Console.WriteLine(string.Join(",", list));
        CollectionsMarshal.SetCount(list, 2);
        Console.WriteLine(string.Join(",", list));
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        ref int slot = ref CollectionsMarshal.GetValueRefOrNullRef(dict, "a");
        slot += 10;
        Console.WriteLine(dict["a"] + " " + System.Runtime.CompilerServices.Unsafe.IsNullRef(ref CollectionsMarshal.GetValueRefOrNullRef(dict, "zz")));
        foreach (var word in "b a b c b".Split(' '))
        {
            ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(dict, word, out bool exists);
            count++;
        }
        foreach (var kv in dict) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Span<int> copy = new int[4];
        new List<int> { 9, 8 }.CopyTo(copy);
        Console.WriteLine(copy[0] + " " + copy[1]);
        // ArrayBufferWriter / IBufferWriter
        var abw = new ArrayBufferWriter<byte>();
        Console.WriteLine(abw.Capacity + " " + abw.FreeCapacity + " " + abw.WrittenCount);
        Span<byte> chunk = abw.GetSpan(5);
        Console.WriteLine(abw.Capacity + " " + (chunk.Length >= 5));
        "hello"u8.CopyTo(chunk);
        abw.Advance(5);
        abw.Write(" world"u8);
        Console.WriteLine(System.Text.Encoding.ASCII.GetString(abw.WrittenSpan) + " " + abw.WrittenCount + " " + abw.WrittenMemory.Length);
        IBufferWriter<char> cw = new ArrayBufferWriter<char>(4);
        cw.Write("a longer text than four".AsSpan());
        Console.WriteLine(((ArrayBufferWriter<char>)cw).WrittenSpan.ToString() + " " + ((ArrayBufferWriter<char>)cw).Capacity);
        try { abw.Advance(1000); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        try { new ArrayBufferWriter<int>(0); } catch (ArgumentException ex) { Console.WriteLine(ex.ParamName); }
        abw.Clear();
        Console.WriteLine(abw.WrittenCount + " " + abw.Capacity);
        Console.WriteLine(((ReadOnlySpan<int>)[1, 2, 3, 2, 1]).CountAny([1, 3]));
    }
}
