// System.Buffers.Text.Base64Url (.NET 9): encoding, decoding, validation and
// the OperationStatus of partial and short buffers.
using System.Buffers;
using System.Buffers.Text;
using System.Text;
byte[][] datas = { [], [0xFB], [0xFB, 0xFF], [0xFB, 0xFF, 0xBF], [1, 2, 3, 4], Encoding.UTF8.GetBytes("hello world?>") };
foreach (var d in datas) {
    string s = Base64Url.EncodeToString(d);
    Console.WriteLine($"{d.Length} '{s}' {Base64Url.GetEncodedLength(d.Length)} {Base64Url.GetMaxDecodedLength(s.Length)} {Convert.ToHexString(Base64Url.DecodeFromChars(s))}");
    foreach (int dl in new[] { 0, 2, 3, 4, 6 }) {
        var dst = new byte[dl];
        var st = Base64Url.EncodeToUtf8(d, dst, out int c, out int w);
        var st2 = Base64Url.EncodeToUtf8(d, dst, out int c2, out int w2, false);
        Console.Write($" [{dl}:{st} {c} {w}/{st2} {c2} {w2}]");
    }
    Console.WriteLine();
}
string[] texts = { "", "-_8", "-_-_", "-_8=", "-_-_Aw", "-_-_Aw==", "A", "AB", "ABC", "ABCD", "+/8", "-_ 8", " A B C D ", "AQ", "AR", "AQ=", "AQ==", "AQ===", "aGVsbG8", "aGVsbG8=", "a*b", "YQ%3D%3D" };
foreach (var t in texts) {
    Console.Write($"'{t}' valid={Base64Url.IsValid(t, out int dl)} {dl}");
    try { Console.Write(" dec=" + Convert.ToHexString(Base64Url.DecodeFromChars(t))); } catch (Exception e) { Console.Write(" " + e.GetType().Name); }
    // (.NET answers InvalidData for a destination shorter than a final block's
    // longest decoding, and counts white space differently when it stops: not covered.)
    if (!t.Contains(' ') && t != "AQ===") foreach (int n in new[] { 0, 3, 10 }) {
        var dst = new byte[n];
        var st = Base64Url.DecodeFromUtf8(Encoding.ASCII.GetBytes(t), dst, out int c, out int w);
        var st2 = Base64Url.DecodeFromChars(t, dst, out int c2, out int w2, false);
        Console.Write($" [{n}:{st} {c} {w}/{st2} {c2} {w2}]");
    }
    try { Console.Write(" try=" + Base64Url.TryDecodeFromChars(t, new byte[3], out int tw) + tw); } catch (Exception e) { Console.Write(" " + e.GetType().Name); }
    Console.WriteLine();
}
var buf = new byte[8]; buf[0] = 0xFF; buf[1] = 0xEE;
Console.WriteLine(Base64Url.TryEncodeToUtf8InPlace(buf, 2, out int iw) + " " + iw + " " + Encoding.ASCII.GetString(buf, 0, iw));
Console.WriteLine(Base64Url.DecodeFromUtf8InPlace(buf.AsSpan(0, iw)));
Console.WriteLine(new string(Base64Url.EncodeToChars(new byte[] { 250, 251, 252 })) + " " + Base64Url.TryEncodeToChars(new byte[] { 1 }, new char[1], out int cw) + cw);
