using System;
using System.Buffers;
using System.Globalization;
using System.Text;

static class Program
{
    static string Hex(ReadOnlySpan<byte> b) { var sb = new StringBuilder(); foreach (var x in b) sb.Append(x.ToString("X2")).Append(' '); return sb.ToString().TrimEnd(); }
    static string Hex(ReadOnlySpan<char> b) { var sb = new StringBuilder(); foreach (var x in b) sb.Append(((int)x).ToString("X4")).Append(' '); return sb.ToString().TrimEnd(); }

    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (ArgumentException e) { Console.WriteLine(label + ": " + e.GetType().Name + " param=" + e.ParamName); }
    }

    static void Describe(Rune r)
    {
        Console.WriteLine($"U+{r.Value:X4} ascii={r.IsAscii} bmp={r.IsBmp} plane={r.Plane} u8={r.Utf8SequenceLength} u16={r.Utf16SequenceLength} str.len={r.ToString().Length}");
        Span<byte> b = stackalloc byte[4];
        int n = r.EncodeToUtf8(b);
        Console.WriteLine("  utf8: " + Hex(b.Slice(0, n)));
        Span<char> c = stackalloc char[2];
        n = r.EncodeToUtf16(c);
        Console.WriteLine("  utf16: " + Hex(c.Slice(0, n)));
    }

    static void Classify(Rune r)
    {
        Console.WriteLine($"U+{r.Value:X4} cat={Rune.GetUnicodeCategory(r)} ctl={Rune.IsControl(r)} dig={Rune.IsDigit(r)} let={Rune.IsLetter(r)} lod={Rune.IsLetterOrDigit(r)} low={Rune.IsLower(r)} up={Rune.IsUpper(r)} num={Rune.IsNumber(r)} pun={Rune.IsPunctuation(r)} sep={Rune.IsSeparator(r)} sym={Rune.IsSymbol(r)} ws={Rune.IsWhiteSpace(r)} U=U+{Rune.ToUpperInvariant(r).Value:X4} L=U+{Rune.ToLowerInvariant(r).Value:X4} Uc=U+{Rune.ToUpper(r, CultureInfo.InvariantCulture).Value:X4}");
    }

    static void DecodeAll8(string label, byte[] bytes)
    {
        var sb = new StringBuilder(label + ":");
        ReadOnlySpan<byte> s = bytes;
        while (!s.IsEmpty)
        {
            var st = Rune.DecodeFromUtf8(s, out Rune r, out int used);
            sb.Append($" [{st} U+{r.Value:X4} {used}]");
            s = s.Slice(used);
        }
        Console.WriteLine(sb);
        sb.Clear().Append(label + " last:");
        s = bytes;
        while (!s.IsEmpty)
        {
            var st = Rune.DecodeLastFromUtf8(s, out Rune r, out int used);
            sb.Append($" [{st} U+{r.Value:X4} {used}]");
            s = s.Slice(0, s.Length - used);
        }
        Console.WriteLine(sb);
    }

    static void DecodeAll16(string label, string text)
    {
        var sb = new StringBuilder(label + ":");
        ReadOnlySpan<char> s = text;
        while (!s.IsEmpty)
        {
            var st = Rune.DecodeFromUtf16(s, out Rune r, out int used);
            sb.Append($" [{st} U+{r.Value:X4} {used}]");
            s = s.Slice(used);
        }
        Console.WriteLine(sb);
        sb.Clear().Append(label + " last:");
        s = text;
        while (!s.IsEmpty)
        {
            var st = Rune.DecodeLastFromUtf16(s, out Rune r, out int used);
            sb.Append($" [{st} U+{r.Value:X4} {used}]");
            s = s.Slice(0, s.Length - used);
        }
        Console.WriteLine(sb);
    }

    static void Main()
    {
        foreach (int v in new[] { 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF })
            Describe(new Rune(v));

        Console.WriteLine("-- validity");
        foreach (int v in new[] { -1, 0, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0x10FFFF, 0x110000, int.MaxValue, int.MinValue })
        {
            bool ok = Rune.TryCreate(v, out Rune r);
            Console.WriteLine($"{v}: IsValid={Rune.IsValid(v)} uint={Rune.IsValid(unchecked((uint)v))} TryCreate={ok} -> {r.Value}");
        }
        Console.WriteLine(Rune.TryCreate('\uD83D', out var r1) + " " + r1.Value);
        Console.WriteLine(Rune.TryCreate('x', out r1) + " " + r1.Value);
        Console.WriteLine(Rune.TryCreate('\uD83D', '\uDE00', out r1) + " " + r1.Value);
        Console.WriteLine(Rune.TryCreate('\uDE00', '\uD83D', out r1) + " " + r1.Value);
        Console.WriteLine(Rune.TryCreate(0x1F600u, out r1) + " " + r1.Value);
        Try("new Rune(0xD800)", () => new Rune(0xD800));
        Try("new Rune(-5)", () => new Rune(-5));
        Try("new Rune(0x110000u)", () => new Rune(0x110000u));
        Try("new Rune('\\uDC00')", () => new Rune('\uDC00'));
        Try("new Rune(hi, 'a')", () => new Rune('\uD83D', 'a'));
        Try("new Rune('a', lo)", () => new Rune('a', '\uDE00'));
        Try("(Rune)0xDFFF", () => { var x = (Rune)0xDFFF; });
        Try("EncodeToUtf8 short", () => new Rune(0x20AC).EncodeToUtf8(new byte[2]));
        Try("EncodeToUtf16 short", () => new Rune(0x1F600).EncodeToUtf16(new char[1]));
        Try("GetRuneAt null", () => Rune.GetRuneAt(null!, 0));
        Try("GetRuneAt -1", () => Rune.GetRuneAt("abc", -1));
        Try("GetRuneAt 3", () => Rune.GetRuneAt("abc", 3));
        Try("GetRuneAt low", () => Rune.GetRuneAt("a\uDE00", 1));
        Try("ToUpper null culture", () => Rune.ToUpper(new Rune('a'), null!));
        Try("CompareTo string", () => ((IComparable)new Rune('a')).CompareTo("a"));

        Console.WriteLine("-- try encode");
        var euro = new Rune(0x20AC);
        Console.WriteLine(euro.TryEncodeToUtf8(new byte[2], out int w) + " " + w);
        Console.WriteLine(euro.TryEncodeToUtf8(new byte[3], out w) + " " + w);
        var grin = new Rune(0x1F600);
        Console.WriteLine(grin.TryEncodeToUtf16(new char[1], out w) + " " + w);
        Console.WriteLine(grin.TryEncodeToUtf16(new char[2], out w) + " " + w);
        Console.WriteLine(Rune.ReplacementChar.Value.ToString("X"));

        Console.WriteLine("-- string access");
        string s = "a\U0001F600b\uD800c\uDC00";
        for (int i = 0; i < s.Length; i++)
            Console.WriteLine($"{i}: {Rune.TryGetRuneAt(s, i, out var rr)} U+{rr.Value:X4}");
        Console.WriteLine(Rune.GetRuneAt(s, 1).Value.ToString("X"));
        var sb2 = new StringBuilder();
        foreach (Rune r in s.EnumerateRunes()) sb2.Append($"U+{r.Value:X4} ");
        Console.WriteLine(sb2.ToString());
        sb2.Clear();
        foreach (Rune r in "x\u00E9\U00010348".AsSpan().EnumerateRunes()) sb2.Append($"U+{r.Value:X4} ");
        Span<char> buf = stackalloc char[] { 'q', '\uDBFF', '\uDFFF', '\uDBFF' };
        foreach (Rune r in buf.EnumerateRunes()) sb2.Append($"U+{r.Value:X4} ");
        Console.WriteLine(sb2.ToString());
        int count = 0;
        System.Collections.Generic.IEnumerable<Rune> seq = "h\U0001F600i".EnumerateRunes();
        foreach (var r in seq) count++;
        Console.WriteLine("count " + count + " " + string.Join(",", System.Linq.Enumerable.Select(seq, r => r.Value)));

        Console.WriteLine("-- decode utf8");
        DecodeAll8("ascii", new byte[] { 0x41, 0x42 });
        DecodeAll8("multi", Encoding.UTF8.GetBytes("\u00E9\u20AC\U0001F600"));
        DecodeAll8("bad lead", new byte[] { 0x80, 0xC0, 0xC1, 0xF5, 0xFF, 0x41 });
        DecodeAll8("truncated", new byte[] { 0xE2, 0x82 });
        DecodeAll8("trunc4", new byte[] { 0xF0, 0x9F, 0x98 });
        DecodeAll8("broken mid", new byte[] { 0xE2, 0x41, 0xF0, 0x9F, 0x42 });
        DecodeAll8("overlong", new byte[] { 0xE0, 0x80, 0x80, 0xF0, 0x80, 0x80, 0x80 });
        DecodeAll8("surrogate", new byte[] { 0xED, 0xA0, 0x80, 0xED, 0x9F, 0xBF });
        DecodeAll8("too big", new byte[] { 0xF4, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF });
        DecodeAll8("extra cont", new byte[] { 0xC3, 0xA9, 0xA9, 0x80 });
        var st0 = Rune.DecodeFromUtf8(ReadOnlySpan<byte>.Empty, out var re, out int ue);
        Console.WriteLine($"empty: {st0} U+{re.Value:X4} {ue}");
        st0 = Rune.DecodeLastFromUtf8(ReadOnlySpan<byte>.Empty, out re, out ue);
        Console.WriteLine($"empty last: {st0} U+{re.Value:X4} {ue}");

        Console.WriteLine("-- decode utf16");
        DecodeAll16("mixed", "a\U0001F600\uD800b\uDC00\uDBFF");
        DecodeAll16("pairs", "\uD83D\uDE00\uDE00\uD83D");
        st0 = Rune.DecodeFromUtf16(ReadOnlySpan<char>.Empty, out re, out ue);
        Console.WriteLine($"empty: {st0} U+{re.Value:X4} {ue}");

        Console.WriteLine("-- classify");
        foreach (int v in new[] { 0x00, 0x09, 0x20, 0x30, 0x41, 0x61, 0x5F, 0x2B, 0x24, 0x85, 0x9F, 0xA0, 0xB2, 0xBD, 0xC9, 0xDF, 0xFF, 0x130, 0x131, 0x3A3, 0x3C2, 0x416, 0x5D0, 0x660, 0x2028, 0x3000, 0x4E2D, 0xFF21 })
            Classify(new Rune(v));
        foreach (int v in new[] { 0x31, 0x39, 0x41 })
            Console.WriteLine($"num U+{v:X4} = {Rune.GetNumericValue(new Rune(v))}");

        Console.WriteLine("-- compare");
        var a = new Rune('a'); var b2 = new Rune('b'); var big = new Rune(0x1F600);
        Console.WriteLine($"{a == b2} {a != b2} {a < b2} {a <= b2} {a > b2} {a >= b2} {big > a}");
        Console.WriteLine($"{Math.Sign(a.CompareTo(b2))} {Math.Sign(big.CompareTo(a))} {a.CompareTo(new Rune('a'))} {((IComparable)a).CompareTo(null)}");
        Console.WriteLine($"{a.Equals(new Rune('a'))} {a.Equals((object)new Rune('a'))} {a.Equals((object)'a')} {a.GetHashCode()} {big.GetHashCode()}");
        Console.WriteLine($"{(Rune)'z'} {(Rune)0x1F600} {(Rune)0x263Au}");
        Console.WriteLine($"[{big}] [{big,4}] [{a,-3}]");
        Span<char> cd = stackalloc char[4];
        Console.WriteLine(((ISpanFormattable)big).TryFormat(cd, out int cw, default, null) + " " + cw);
        Console.WriteLine(((ISpanFormattable)big).TryFormat(cd.Slice(0, 1), out cw, default, null) + " " + cw);
        Span<byte> bd = stackalloc byte[4];
        Console.WriteLine(((IUtf8SpanFormattable)big).TryFormat(bd, out cw, default, null) + " " + cw + " " + Hex(bd.Slice(0, cw)));
        Console.WriteLine(((IFormattable)a).ToString("X", null));
        var list = new System.Collections.Generic.List<Rune> { big, b2, a };
        list.Sort();
        Console.WriteLine(string.Join(",", list));

        Console.WriteLine("-- chunks");
        var sb3 = new StringBuilder("hello");
        sb3.Append(", world");
        var all = new StringBuilder();
        foreach (ReadOnlyMemory<char> chunk in sb3.GetChunks()) all.Append(chunk.Span);
        Console.WriteLine(all.ToString());
    }
}
