using System.Buffers;
using System.Text;
using System.Text.Unicode;

// System.Text.Unicode.Utf8 both ways: valid text, invalid surrogates and byte
// sequences (replaced or reported), sequences cut at the end of a block
// (isFinalBlock), destinations too small, and streaming in pieces.
static string Hex(ReadOnlySpan<byte> b) { var sb = new StringBuilder(); foreach (var x in b) sb.Append(x.ToString("X2")).Append(' '); return sb.ToString().TrimEnd(); }
static string Chars(ReadOnlySpan<char> c) { var sb = new StringBuilder(); foreach (var x in c) sb.Append(((int)x).ToString("X4")).Append(' '); return sb.ToString().TrimEnd(); }

void From(string label, string s, int destSize, bool replace = true, bool final = true)
{
    var dest = new byte[destSize];
    var st = Utf8.FromUtf16(s, dest, out int read, out int written, replace, final);
    Console.WriteLine($"FromUtf16 {label} dest={destSize} replace={replace} final={final}: {st} read={read} written={written} [{Hex(dest.AsSpan(0, written))}]");
}

void To(string label, byte[] b, int destSize, bool replace = true, bool final = true)
{
    var dest = new char[destSize];
    var st = Utf8.ToUtf16(b, dest, out int read, out int written, replace, final);
    Console.WriteLine($"ToUtf16 {label} dest={destSize} replace={replace} final={final}: {st} read={read} written={written} [{Chars(dest.AsSpan(0, written))}]");
}

From("empty", "", 0);
From("ascii", "abc", 8);
From("mixed", "a\u00E9\u20AC\U0001F600z", 16);
From("mixed-tight", "a\u00E9\u20AC\U0001F600z", 11);
foreach (int n in new[] { 0, 1, 2, 3, 5, 6, 9, 10 }) From("mixed-short", "a\u00E9\u20AC\U0001F600z", n);
foreach (bool replace in new[] { true, false })
    foreach (bool final in new[] { true, false })
    {
        From("high-at-end", "ab\uD83D", 8, replace, final);
        From("high-then-x", "a\uD83Dx", 8, replace, final);
        From("lone-low", "a\uDE00b", 8, replace, final);
        From("two-highs", "\uD83D\uD83D\uDE00", 8, replace, final);
        From("only-high", "\uD83D", 8, replace, final);
    }
From("replacement-no-room", "a\uDE00", 3);
From("replacement-fits", "a\uDE00", 4);
From("pair-no-room", "a\U0001F600", 4);

To("empty", new byte[0], 0);
To("ascii", Encoding.ASCII.GetBytes("hello"), 8);
To("mixed", new byte[] { 0x61, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x7A }, 8);
foreach (int n in new[] { 0, 1, 2, 3, 4, 5 }) To("mixed-short", new byte[] { 0x61, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x7A }, n);
var invalid = new (string, byte[])[]
{
    ("lone-continuation", new byte[] { 0x41, 0x80, 0x42 }),
    ("overlong-2", new byte[] { 0xC0, 0x80, 0x41 }),
    ("overlong-3", new byte[] { 0xE0, 0x80, 0x80, 0x41 }),
    ("surrogate-3", new byte[] { 0xED, 0xA0, 0x80, 0x41 }),
    ("too-big", new byte[] { 0xF4, 0x90, 0x80, 0x80 }),
    ("f5", new byte[] { 0xF5, 0x41 }),
    ("ff", new byte[] { 0xFF }),
    ("cut-then-ascii", new byte[] { 0xE2, 0x82, 0x41 }),
    ("cut-4-then-ascii", new byte[] { 0xF0, 0x9F, 0x98, 0x41 }),
    ("cut-at-end-3", new byte[] { 0x41, 0xE2, 0x82 }),
    ("cut-at-end-4", new byte[] { 0x41, 0xF0, 0x9F, 0x98 }),
    ("lead-at-end", new byte[] { 0x41, 0xC3 }),
    ("bad-after-cut", new byte[] { 0xE2, 0xC3, 0xA9 }),
};
foreach (var (label, bytes) in invalid)
    foreach (bool replace in new[] { true, false })
        foreach (bool final in new[] { true, false })
            To(label, bytes, 8, replace, final);
To("replacement-no-room", new byte[] { 0x41, 0xFF }, 1);
To("pair-no-room", new byte[] { 0x41, 0xF0, 0x9F, 0x98, 0x80 }, 2);
To("pair-fits", new byte[] { 0x41, 0xF0, 0x9F, 0x98, 0x80 }, 3);

// Streaming: feed a UTF-8 text in 1..4-byte pieces, carrying what was not consumed.
byte[] text = Encoding.UTF8.GetBytes("h\u00E9llo \u20AC \U0001F600 \U00010348!");
for (int piece = 1; piece <= 4; piece++)
{
    var sb = new StringBuilder();
    var pending = new List<byte>();
    var chars = new char[16];
    for (int i = 0; i < text.Length; i += piece)
    {
        for (int j = i; j < Math.Min(i + piece, text.Length); j++) pending.Add(text[j]);
        bool final = i + piece >= text.Length;
        var st = Utf8.ToUtf16(pending.ToArray(), chars, out int read, out int written, true, final);
        sb.Append(chars, 0, written);
        pending.RemoveRange(0, read);
        if (st != OperationStatus.Done && st != OperationStatus.NeedMoreData) sb.Append("<" + st + ">");
    }
    Console.WriteLine($"stream by {piece}: {sb} left={pending.Count} same={sb.ToString() == Encoding.UTF8.GetString(text)}");
}

foreach (var (label, bytes) in invalid) Console.WriteLine($"IsValid {label}: {Utf8.IsValid(bytes)}");
Console.WriteLine($"IsValid empty: {Utf8.IsValid(ReadOnlySpan<byte>.Empty)}");
Console.WriteLine($"IsValid text: {Utf8.IsValid(text)}");
Console.WriteLine($"IsValid max: {Utf8.IsValid(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF, 0xEF, 0xBF, 0xBF, 0xDF, 0xBF })}");
