// Vector<T> and Vector64/128/256<T>: element values of operations only (the
// vector width and IsHardwareAccelerated depend on the machine).
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Intrinsics.Arm;

static class Program
{
    static string First<T>(Vector<T> v, int n)
    {
        var parts = new List<string>();
        for (int i = 0; i < n; i++) parts.Add(Convert.ToString(v[i], System.Globalization.CultureInfo.InvariantCulture)!);
        return "[" + string.Join(" ", parts) + "]";
    }

    static void Main()
    {
        int[] ia = new int[64], ib = new int[64];
        for (int i = 0; i < 64; i++) { ia[i] = i * 3 - 5; ib[i] = 10 - i; }
        var va = new Vector<int>(ia); var vb = new Vector<int>(ib);
        Console.WriteLine("add " + First(va + vb, 4));
        Console.WriteLine("sub " + First(va - vb, 4));
        Console.WriteLine("mul " + First(va * vb, 4));
        Console.WriteLine("div " + First(vb / new Vector<int>(3), 4));
        Console.WriteLine("neg " + First(-va, 4));
        Console.WriteLine("and " + First(va & vb, 4) + " or " + First(va | vb, 4) + " xor " + First(va ^ vb, 4) + " not " + First(~va, 4));
        Console.WriteLine("lt " + First(Vector.LessThan(va, vb), 4) + " eq " + First(Vector.Equals(va, va), 4));
        Console.WriteLine("min " + First(Vector.Min(va, vb), 4) + " max " + First(Vector.Max(va, vb), 4) + " abs " + First(Vector.Abs(va), 4));
        Console.WriteLine("select " + First(Vector.ConditionalSelect(Vector.GreaterThan(va, vb), va, vb), 4));
        Console.WriteLine("eqall " + Vector.EqualsAll(va, va) + " " + Vector.EqualsAll(va, vb) + " eqany " + Vector.EqualsAny(va, vb) + " " + (va == new Vector<int>(ia)) + " " + va.Equals(vb));
        Console.WriteLine("bytes " + First(Vector.AsVectorByte(va), 8) + " asint " + First(Vector.AsVectorInt32(Vector.AsVectorByte(va)), 2));
        var f = new Vector<float>(new float[64].Select((_, i) => i * 0.5f - 1f).ToArray());
        Console.WriteLine("float " + First(f * 3f, 4) + " " + First(f / new Vector<float>(4f), 4) + " " + First(Vector.Abs(f), 4));
        Console.WriteLine("fcmp " + First(Vector.LessThan(f, Vector<float>.Zero), 4) + " " + First(Vector.ConditionalSelect(Vector.LessThan(f, Vector<float>.Zero), f, Vector<float>.One), 4));
        var ls = new long[64]; for (int i = 0; i < 64; i++) ls[i] = long.MaxValue - i;
        Console.WriteLine("long wrap " + First(new Vector<long>(ls) + Vector<long>.One, 2));
        var bytes = new byte[64]; for (int i = 0; i < 64; i++) bytes[i] = (byte)(250 + i);
        Console.WriteLine("byte wrap " + First(new Vector<byte>(bytes) + new Vector<byte>(10), 8) + " " + First(Vector.GreaterThan(new Vector<byte>(bytes), new Vector<byte>(200)), 8));
        var dst = new int[64]; (va * 2).CopyTo(dst); Console.WriteLine("copy " + dst[0] + " " + dst[3]);
        Span<int> span = dst; Console.WriteLine("span " + new Vector<int>(span)[1]);

        var a = Vector128.Create(1, -2, 3, -4); var b = Vector128.Create(10, 20, 30, 40);
        Console.WriteLine(a + b); Console.WriteLine(a * b); Console.WriteLine(b / Vector128.Create(3));
        Console.WriteLine(Vector128.Abs(a) + " " + Vector128.Min(a, b) + " " + Vector128.Max(a, b));
        Console.WriteLine(Vector128.Equals(a, Vector128.Create(1, 2, 3, 4)) + " " + Vector128.LessThan(a, Vector128<int>.Zero));
        Console.WriteLine(Vector128.ExtractMostSignificantBits(Vector128.LessThan(a, Vector128<int>.Zero)) + " " + Vector128.ExtractMostSignificantBits(a.AsByte()));
        Console.WriteLine(a.AsByte() + " " + a.AsInt16());
        Console.WriteLine(Vector128.EqualsAll(a, a) + " " + Vector128.EqualsAny(a, b) + " " + Vector128.LessThanAll(a, b) + " " + Vector128.GreaterThanAny(a, b));
        Console.WriteLine(Vector128.Sum(b) + " " + Vector128.Dot(a, b) + " " + a.GetElement(2) + " " + a.WithElement(0, 9) + " " + a.ToScalar());
        Console.WriteLine((a << 2) + " " + (a >> 1) + " " + (a >>> 28) + " " + Vector128.ShiftRightLogical(a.AsUInt32(), 1));
        Console.WriteLine(Vector128.AndNot(b, a) + " " + Vector128.ConditionalSelect(Vector128.Create(-1, 0, -1, 0), a, b) + " " + (a ^ b) + " " + ~a);
        var text = "Hello, JSON \"world\"!\n"u8.ToArray();
        var chunk = Vector128.LoadUnsafe(ref text[0]);
        var quotes = Vector128.Equals(chunk, Vector128.Create((byte)'"')) | Vector128.LessThan(chunk, Vector128.Create((byte)0x20));
        Console.WriteLine("quote mask " + Vector128.ExtractMostSignificantBits(quotes));
        var outb = new byte[20]; (chunk + Vector128.Create((byte)1)).StoreUnsafe(ref outb[0], 2); Console.WriteLine(string.Join(",", outb));
        Console.WriteLine(Vector128.Create(1.5, -2.25) * 2.0 + " " + Vector128.Create(1f, 2f, 3f, 4f) / 3f + " " + Vector128.Create(1f).Sqrt0());
        Console.WriteLine(Vector64.Create((short)7) + " " + Vector64.ExtractMostSignificantBits(Vector64.Create((sbyte)-1, 1, -1, 1, 1, 1, 1, -1)));
        var w = Vector256.Create(Vector128.Create(1, 2, 3, 4), Vector128.Create(5, 6, 7, 8));
        Console.WriteLine(w + " " + w.GetUpper() + " " + Vector256.Sum(w) + " " + Vector256.ExtractMostSignificantBits(-w));
        Console.WriteLine(Vector512.Create(3L) * Vector512.Create(-1L) + " " + Vector512<long>.Count + " " + Vector128<short>.Count + " " + Vector64<byte>.Count);
        Console.WriteLine(Vector128<int>.AllBitsSet + " " + Vector128<float>.One + " " + Vector128<int>.Indices);
        Console.WriteLine("supported " + Vector128<int>.IsSupported + " " + Vector128<char>.IsSupported);
        try { var bad = Vector128.Create('a') + Vector128.Create('b'); Console.WriteLine(bad); }
        catch (NotSupportedException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { Console.WriteLine(a[4]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
    }
}
static class Vector128Ext { public static Vector128<float> Sqrt0(this Vector128<float> v) => v; }
