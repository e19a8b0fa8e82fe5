using System.Globalization;
using System.Text;

// Span and UTF-8 formatting/parsing of Half, Int128, UInt128, DateOnly,
// TimeOnly and Version: formats, providers, destinations too small, parse
// failures, and the generic interfaces they implement.
var inv = CultureInfo.InvariantCulture;
Fmt("Half", (Half)3.140625, "", 16);
Fmt("Half", (Half)(-0.5), "F3", 16);
Fmt("Half", Half.PositiveInfinity, "", 16);
Fmt("Half", (Half)65504, "E2", 3);
Fmt("Int128", Int128.MinValue, "", 64);
Fmt("Int128", (Int128)255, "X4", 8);
Fmt("Int128", (Int128)1234567, "N0", 5);
Fmt("UInt128", UInt128.MaxValue, "", 64);
Fmt("UInt128", (UInt128)42, "D6", 6);
Fmt("DateOnly", new DateOnly(2024, 2, 29), "O", 16);
Fmt("DateOnly", new DateOnly(2024, 2, 29), "", 16);
Fmt("DateOnly", new DateOnly(1, 1, 1), "yyyy/MM/dd dddd", 32);
Fmt("DateOnly", new DateOnly(2024, 2, 29), "R", 8);
Fmt("TimeOnly", new TimeOnly(23, 59, 58, 123), "O", 32);
Fmt("TimeOnly", new TimeOnly(7, 5), "", 32);
Fmt("TimeOnly", new TimeOnly(7, 5), "HH:mm:ss.fff", 4);

void Fmt<T>(string label, T value, string format, int size) where T : ISpanFormattable, IUtf8SpanFormattable
{
    var chars = new char[size];
    bool ok = value.TryFormat(chars, out int cw, format, inv);
    var bytes = new byte[size];
    bool ok8 = value.TryFormat(bytes, out int bw, format, inv);
    Console.WriteLine($"{label} '{format}' size {size}: chars {ok} {cw} '{new string(chars, 0, cw)}' utf8 {ok8} {bw} '{Encoding.UTF8.GetString(bytes, 0, bw)}'");
}

foreach (var s in new[] { "1.5", " -2.25e1 ", "65520", "abc", "1,000.5" })
{
    Console.WriteLine($"Half '{s}': {Half.TryParse(s.AsSpan(), out var h)} {h} | utf8 {Half.TryParse(Encoding.UTF8.GetBytes(s), NumberStyles.Float, inv, out var h8)} {h8} | thousands {Half.TryParse(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, inv, out var ht)} {ht}");
}
foreach (var s in new[] { "170141183460469231731687303715884105727", "170141183460469231731687303715884105728", "-5", " 12 ", "x" })
{
    Console.WriteLine($"Int128 '{s}': {Int128.TryParse(s.AsSpan(), out var i)} {i} | utf8 {Int128.TryParse(Encoding.UTF8.GetBytes(s), inv, out var i8)} {i8} | UInt128 {UInt128.TryParse(s.AsSpan(), inv, out var u)} {u} utf8 {UInt128.TryParse(Encoding.UTF8.GetBytes(s), inv, out var u8)} {u8}");
}
Console.WriteLine(Int128.Parse("ff".AsSpan(), NumberStyles.HexNumber, inv) + " " + UInt128.Parse(Encoding.UTF8.GetBytes("123"), NumberStyles.Integer, inv) + " " + Half.Parse("0.1".AsSpan(), inv));
Try(() => Int128.Parse("1e3".AsSpan(), inv));
Try(() => UInt128.Parse("-1".AsSpan(), NumberStyles.Integer, inv));

foreach (var s in new[] { "2024-02-29", "02/29/2024", "2023-02-29", "2024-02-29 10:00", "  2024-1-2 " })
{
    Console.WriteLine($"DateOnly '{s}': {DateOnly.TryParse(s.AsSpan(), inv, DateTimeStyles.AllowWhiteSpaces, out var d)} {d:O} | exact {DateOnly.TryParseExact(s.AsSpan(), "yyyy-MM-dd".AsSpan(), out var e)} {e:O} | several {DateOnly.TryParseExact(s.AsSpan(), new[] { "yyyy-MM-dd", "MM/dd/yyyy" }, out var f)} {f:O}");
}
foreach (var s in new[] { "13:45", "13:45:30.25", "1:45 PM", "25:00", "2024-01-01 10:00" })
{
    Console.WriteLine($"TimeOnly '{s}': {TimeOnly.TryParse(s.AsSpan(), out var t)} {t:O} | exact {TimeOnly.TryParseExact(s.AsSpan(), "HH:mm".AsSpan(), inv, DateTimeStyles.None, out var e)} {e:O}");
}
Console.WriteLine(DateOnly.Parse("2020-01-31".AsSpan(), inv) + " " + DateOnly.ParseExact("31.01.2020".AsSpan(), "dd.MM.yyyy".AsSpan(), inv) + " " + TimeOnly.Parse("08:30".AsSpan(), inv).ToString("O"));
Try(() => DateOnly.ParseExact("2020-01-31".AsSpan(), "dd.MM.yyyy".AsSpan(), inv));
Try(() => TimeOnly.Parse("noon".AsSpan(), inv));

var v4 = new Version(1, 2, 3, 4);
var v2 = new Version(10, 0);
foreach (int size in new[] { 3, 7, 16 })
{
    var c = new char[size];
    var b = new byte[size];
    Console.WriteLine($"Version size {size}: {v4.TryFormat(c, out int n1)} {new string(c, 0, n1)} | fields 2 {v4.TryFormat(c, 2, out int n2)} {new string(c, 0, n2)} | utf8 {v4.TryFormat(b, out int n3)} {Encoding.UTF8.GetString(b, 0, n3)} | utf8 fields 3 {v4.TryFormat(b, 3, out int n4)} {Encoding.UTF8.GetString(b, 0, n4)}");
}
Try(() => v2.TryFormat(new char[10], 3, out _));
Try(() => v2.TryFormat(new byte[10], 5, out _));
Console.WriteLine(((ISpanFormattable)v2).TryFormat(new char[10], out int vn, "ignored", null) + " " + vn + " " + ((IFormattable)v4).ToString("x", null));
foreach (var s in new[] { "1.2", "1.2.3.4", "1", "1.2.3.4.5", "1.-2", "a.b", " 3.4 " })
    Console.WriteLine($"Version '{s}': {Version.TryParse(s.AsSpan(), out var ver)} {ver?.ToString() ?? "null"}");
Console.WriteLine(Version.Parse("7.8.9".AsSpan()));
Try(() => Version.Parse("1.x".AsSpan()));

static void Try(Func<object> f)
{
    try { Console.WriteLine(f()); }
    catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
}
