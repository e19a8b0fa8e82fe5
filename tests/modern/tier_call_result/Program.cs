// Regression test for the wasm tier: a span (one 8-byte slot on wasm32)
// copied into a call's argument area, then the call's bool result read from
// the same slot. The tier once gave the copy the result's class (int32) and
// passed only the span's pointer, so the callee saw length 0. The loops run
// each method past the tier threshold (1000) so that it is compiled.
using System.Buffers.Binary;

static class Program
{
    static ReadOnlySpan<byte> Data => new byte[] { 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0 };

    static bool TryLength(ReadOnlySpan<byte> source, out uint value) { value = (uint)source.Length; return source.Length >= 4; }
    static uint ResultThenOut(ReadOnlySpan<byte> s) { bool ok = TryLength(s, out uint v); return ok ? v : 99; }
    static uint ReadAll(ReadOnlySpan<byte> s) { uint sum = 0; for (int i = 0; i < 4; i++) sum += BinaryPrimitives.ReadUInt32LittleEndian(s.Slice(i * 4)); return sum; }
    static long Twice(ReadOnlySpan<byte> s) => (long)s.Length * 2;
    static long ResultLong(ReadOnlySpan<byte> s) { long r = Twice(s); return r + 1; }

    static void Main()
    {
        long a = 0, b = 0, c = 0;
        for (int i = 0; i < 3000; i++)
        {
            a += ResultThenOut(Data);
            b += ReadAll(Data);
            c += ResultLong(Data.Slice(i % 4));
        }
        Console.WriteLine(a + " " + b + " " + c);
    }
}
