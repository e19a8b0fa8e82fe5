using System.Globalization;
using System.Text;

struct Money : ISpanFormattable
{
    public decimal Amount;
    public string ToString(string? format, IFormatProvider? provider) => "$" + Amount.ToString(format ?? "F2", provider);
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string s = "$" + Amount.ToString(format.Length == 0 ? "F2" : format.ToString(), provider);
        charsWritten = 0;
        if (s.Length > destination.Length) return false;
        s.AsSpan().CopyTo(destination);
        charsWritten = s.Length;
        return true;
    }
}

static class Program
{
    static string Fmt<T>(T value, string format = "") where T : ISpanFormattable
    {
        Span<char> buf = stackalloc char[64];
        return value.TryFormat(buf, out int n, format, CultureInfo.InvariantCulture) ? buf.Slice(0, n).ToString() : "<too small>";
    }

    static string Utf8<T>(T value, string format = "") where T : IUtf8SpanFormattable
    {
        Span<byte> buf = stackalloc byte[64];
        return value.TryFormat(buf, out int n, format, null) ? Encoding.UTF8.GetString(buf.Slice(0, n)) + "/" + n : "<too small>";
    }

    static T ParseVia<T>(string s) where T : ISpanParsable<T> => T.Parse(s.AsSpan(), CultureInfo.InvariantCulture);

    static void Main()
    {
        Console.WriteLine(Fmt(42) + " " + Fmt(-7, "D5") + " " + Fmt(255, "X4") + " " + Fmt(3.14159, "F2") + " " + Fmt(1.5f) + " " + Fmt(12345.678m, "N1"));
        Console.WriteLine(Fmt((byte)200) + " " + Fmt((sbyte)-5) + " " + Fmt((short)-300) + " " + Fmt((ushort)65535) + " " + Fmt(4000000000u) + " " + Fmt(-9000000000L) + " " + Fmt(ulong.MaxValue));
        Console.WriteLine(Fmt(new DateTime(2024, 2, 29, 13, 45, 7), "yyyy-MM-dd HH:mm:ss") + " " + Fmt(new TimeSpan(1, 30, 0)) + " " + Fmt(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "N"));
        Span<char> small = stackalloc char[3];
        Console.WriteLine(12345.TryFormat(small, out int w) + " " + w + " " + 123.TryFormat(small, out w) + " " + w);
        Console.WriteLine(true.TryFormat(small, out w) + " " + w + " " + false.TryFormat(new char[5], out w) + " " + w);
        Console.WriteLine(Utf8(1234) + " " + Utf8(-0.5) + " " + Utf8(new DateTime(2000, 1, 1), "d"));

        Console.WriteLine(int.Parse("  123 ".AsSpan()) + " " + int.Parse("ff".AsSpan(), NumberStyles.HexNumber) + " " + long.Parse("-42".AsSpan(), provider: CultureInfo.InvariantCulture) + " " + double.Parse("1.25e3".AsSpan()) + " " + decimal.Parse("1,234.5".AsSpan()));
        Console.WriteLine(int.TryParse("12x".AsSpan(), out int bad) + " " + bad + " " + int.TryParse("77".AsSpan(), out int good) + " " + good + " " + uint.TryParse("-1".AsSpan(), out uint u) + " " + byte.TryParse("255".AsSpan(), NumberStyles.None, null, out byte by) + " " + by);
        Console.WriteLine(int.Parse("987"u8) + " " + double.TryParse("2.5"u8, out double d8) + " " + d8 + " " + int.TryParse("abc"u8, out int x8));
        Console.WriteLine(bool.Parse(" true ".AsSpan()) + " " + Guid.TryParse("nope".AsSpan(), out _) + " " + TimeSpan.Parse("1.02:03:04".AsSpan()) + " " + DateTime.Parse("2020-05-06T07:08:09".AsSpan()).ToString("O"));
        Console.WriteLine(int.TryParse("5", CultureInfo.InvariantCulture, out int p5) + " " + p5);

        // interpolation goes through ISpanFormattable
        int i = 7; double dd = 2.5; var m = new Money { Amount = 3.5m };
        Console.WriteLine($"i={i,4}|d={dd:F3}|m={m}|m2={m:F0}|{m,-8}|g={new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"):B}");
        Console.WriteLine($"{long.MaxValue} {ulong.MaxValue:X} {3.0f} {DateTime.MinValue:yyyy} {'c'} {true} {TimeSpan.Zero}");
        string big = $"{new string('a', 300)}{12345678:N0}{new string('b', 10)}";
        Console.WriteLine(big.Length + " " + big.Substring(295, 20));

        // string / StringBuilder spans
        Console.WriteLine(string.Concat("ab".AsSpan(), "cd".AsSpan()) + string.Concat("1".AsSpan(), "2".AsSpan(), "3".AsSpan()) + string.Concat("w".AsSpan(), "x".AsSpan(), "y".AsSpan(), "z".AsSpan()));
        Console.WriteLine(string.Create(5, 'q', (span, c) => { for (int k = 0; k < span.Length; k++) span[k] = (char)(c + k % 3); }));
        Span<char> dest = new char[10];
        "hello".CopyTo(dest);
        Console.WriteLine(dest.Slice(0, 5).ToString() + " " + "toolongstring".TryCopyTo(dest) + " " + "short".TryCopyTo(dest));
        var sb = new StringBuilder("0123456789");
        sb.Append("xyz".AsMemory()).Insert(2, "--".AsSpan());
        Span<char> part = new char[4];
        sb.CopyTo(1, part, 4);
        Console.WriteLine(sb + " " + part.ToString() + " " + sb.Equals("01--23456789xyz".AsSpan()) + " " + sb.Equals("0".AsSpan()));
        Console.WriteLine(string.GetHashCode("abc".AsSpan()) == "abc".GetHashCode());
        Console.Write("span write: ".AsSpan());
        Console.WriteLine("line".AsSpan());

        // Encoding, Convert, BitConverter, Random, Stream, TextReader
        Span<byte> bytes = new byte[32];
        int nb = Encoding.UTF8.GetBytes("héllo €".AsSpan(), bytes);
        Console.WriteLine(nb + " " + Encoding.UTF8.GetByteCount("héllo €".AsSpan()) + " " + Encoding.UTF8.GetString(bytes.Slice(0, nb)) + " " + Encoding.UTF8.GetCharCount(bytes.Slice(0, nb)));
        Span<char> chars = new char[16];
        int nc = Encoding.UTF8.GetChars(bytes.Slice(0, nb), chars);
        Console.WriteLine(nc + " " + chars.Slice(0, nc).ToString() + " " + Encoding.ASCII.TryGetBytes("abc".AsSpan(), new byte[2], out int tw) + " " + tw);
        byte[] raw = { 0, 1, 2, 250, 255, 128, 64 };
        Console.WriteLine(Convert.ToBase64String(raw.AsSpan()) + " " + Convert.ToHexString(raw.AsSpan(1, 3)) + " " + BitConverter.ToString(Convert.FromHexString("0AFF10".AsSpan())));
        Span<char> b64 = new char[16];
        Console.WriteLine(Convert.TryToBase64Chars(raw, b64, out int bw) + " " + b64.Slice(0, bw).ToString() + " " + Convert.TryToBase64Chars(raw, new char[4], out bw));
        Span<byte> dec = new byte[16];
        Console.WriteLine(Convert.TryFromBase64String("AAEC+v+AQA==", dec, out int dw) + " " + dw + " " + dec[3] + " " + Convert.TryFromBase64Chars("!!".AsSpan(), dec, out dw) + " " + Convert.TryFromBase64String("AAEC+v+AQA==", new byte[2], out dw));
        Span<byte> eight = new byte[8];
        Console.WriteLine(BitConverter.TryWriteBytes(eight, 0x01020304) + " " + BitConverter.ToString(eight.ToArray()) + " " + BitConverter.ToInt32(eight) + " " + BitConverter.ToInt16(eight.Slice(1)) + " " + BitConverter.TryWriteBytes(eight.Slice(5), 1L));
        BitConverter.TryWriteBytes(eight, 2.5);
        Console.WriteLine(BitConverter.ToDouble(eight) + " " + BitConverter.ToUInt64(eight));
        var rnd = new Random(42);
        Span<byte> rb = new byte[6];
        rnd.NextBytes(rb);
        var rnd2 = new Random(42);
        byte[] ra = new byte[6];
        rnd2.NextBytes(ra);
        Console.WriteLine(string.Join(",", rb.ToArray()) + " " + rb.SequenceEqual(ra));
        var ms = new MemoryStream();
        ms.Write("stream!"u8);
        ms.Position = 0;
        Span<byte> rs = new byte[4];
        Console.WriteLine(ms.Read(rs) + " " + Encoding.ASCII.GetString(rs) + " " + ms.Read(rs) + " " + ms.Read(rs));
        ms.Position = 1;
        ms.ReadExactly(rs);
        Console.WriteLine(Encoding.ASCII.GetString(rs));
        try { ms.Position = 5; ms.ReadExactly(rs); } catch (EndOfStreamException e) { Console.WriteLine(e.GetType().Name); }
        ms.Position = 5;
        Console.WriteLine(ms.ReadAtLeast(rs, 1, false));
        var sr = new StringReader("reader text");
        Span<char> rc = new char[6];
        Console.WriteLine(sr.Read(rc) + " " + rc.ToString() + "|" + sr.ReadBlock(rc) + " " + rc.Slice(0, 5).ToString());
        var sw = new StringWriter();
        sw.Write("ab".AsSpan()); sw.WriteLine("cd".AsSpan());
        Console.Write(sw.ToString());
    }
}
