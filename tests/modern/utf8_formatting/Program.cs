// System.Buffers.StandardFormat, Utf8Formatter, Utf8Parser and Base64: every
// type and standard format, precision, failures (false with 0 written or
// consumed), destinations that are too small, bad formats.
using System;
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

static class Program
{
    static string S(ReadOnlySpan<byte> b) => Encoding.UTF8.GetString(b);
    static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    delegate bool Fmt(Span<byte> dest, out int written);
    static void F(string label, Fmt f, int size = 64)
    {
        var buf = new byte[size];
        try
        {
            bool ok = f(buf, out int n);
            Console.WriteLine($"{label}: {ok} {n} [{S(buf.AsSpan(0, n))}]");
        }
        catch (Exception e) { Console.WriteLine($"{label}: {e.GetType().Name}: {e.Message}"); }
    }

    delegate bool Prs<T>(ReadOnlySpan<byte> src, out T value, out int consumed);
    static void P<T>(string label, string text, Prs<T> p)
    {
        try
        {
            bool ok = p(B(text), out T v, out int n);
            string shown = v is double d ? d.ToString("R", CultureInfo.InvariantCulture)
                : v is float f ? f.ToString("R", CultureInfo.InvariantCulture)
                : v is DateTime dt ? dt.ToString("O", CultureInfo.InvariantCulture) + " " + dt.Kind
                : v is DateTimeOffset dto ? dto.ToString("O", CultureInfo.InvariantCulture)
                : Convert.ToString(v, CultureInfo.InvariantCulture)!;
            Console.WriteLine($"{label} \"{text}\": {ok} {n} {shown}");
        }
        catch (Exception e) { Console.WriteLine($"{label} \"{text}\": {e.GetType().Name}: {e.Message}"); }
    }

    static void Main()
    {
        StandardFormats();
        Formatting();
        Parsing();
        Base64Tests();
    }

    static void StandardFormats()
    {
        Console.WriteLine("== StandardFormat");
        StandardFormat d = default;
        Console.WriteLine($"default: '{d}' {d.IsDefault} {d.HasPrecision} {(int)d.Symbol} {d.Precision}");
        StandardFormat g = 'G';
        Console.WriteLine($"'G': '{g}' {g.IsDefault} {g.HasPrecision} {g.Precision}");
        var x8 = new StandardFormat('X', 8);
        Console.WriteLine($"X8: '{x8}' {x8.HasPrecision} {x8.Precision} eq {x8 == StandardFormat.Parse("X8")} ne {x8 != g} hash {x8.GetHashCode() == new StandardFormat('X', 8).GetHashCode()}");
        foreach (string s in new[] { "", "D", "D0", "N99", "F05", "E100", "Gx", "G-1", "X1a" })
        {
            bool ok = StandardFormat.TryParse(s, out var r);
            string parsed;
            try { parsed = StandardFormat.Parse(s).ToString(); } catch (Exception e) { parsed = e.GetType().Name + ": " + e.Message; }
            Console.WriteLine($"  \"{s}\": try {ok} '{r}' {r.Precision}; parse {parsed}");
        }
        Console.WriteLine($"Parse(null): {StandardFormat.Parse((string?)null).IsDefault}");
        try { new StandardFormat('D', 100); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { new StandardFormat('\u0100'); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine($"NoPrecision {StandardFormat.NoPrecision} MaxPrecision {StandardFormat.MaxPrecision}");
    }

    static void Formatting()
    {
        Console.WriteLine("== Utf8Formatter");
        F("bool true", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(true, b, out n));
        F("bool false l", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(false, b, out n, 'l'));
        F("bool small", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(false, b, out n), 4);
        F("bool X", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(true, b, out n, 'X'));
        F("bool G2", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(true, b, out n, new StandardFormat('G', 2)));

        string[] intFormats = { "", "G", "D", "D6", "N", "N2", "X", "x4", "g3" };
        foreach (string f in intFormats)
        {
            var sf = StandardFormat.Parse(f);
            F($"int -12345 '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(-12345, b, out n, sf));
            F($"ulong max '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(ulong.MaxValue, b, out n, sf));
        }
        F("byte 255 X", (Span<byte> b, out int n) => Utf8Formatter.TryFormat((byte)255, b, out n, 'X'));
        F("sbyte -1 X", (Span<byte> b, out int n) => Utf8Formatter.TryFormat((sbyte)-1, b, out n, 'X'));
        F("short min", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(short.MinValue, b, out n));
        F("ushort max N", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(ushort.MaxValue, b, out n, 'N'));
        F("uint max", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(uint.MaxValue, b, out n));
        F("long min", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(long.MinValue, b, out n));
        F("int small", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(123456, b, out n), 5);
        F("int exact", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(123456, b, out n), 6);
        F("int Q", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(1, b, out n, 'Q'));

        double[] doubles = { 0, -0.0, 1.5, 0.1, 1.0 / 3, 1e21, 1e-7, 123456789.125, double.MaxValue, double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        string[] floatFormats = { "", "G", "G5", "F", "F0", "F3", "E", "e2", "R" };
        foreach (double v in doubles)
            foreach (string f in floatFormats)
            {
                var sf = StandardFormat.Parse(f);
                F($"double {v.ToString("R", CultureInfo.InvariantCulture)} '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(v, b, out n, sf), 400);
            }
        F("float 3.14159", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(3.14159f, b, out n));
        F("float 1e-10 E3", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(1e-10f, b, out n, new StandardFormat('E', 3)));
        F("double small", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(0.125, b, out n), 4);

        decimal[] decimals = { 0m, -0m, 1.50m, -1234.5678m, 79228162514264337593543950335m, 0.0000001m, 1e-28m, -0.001m };
        string[] decimalFormats = { "", "G", "F", "F0", "F6", "E", "e0", "E10", "G2", "N", "X" };
        foreach (decimal v in decimals)
            foreach (string f in decimalFormats)
            {
                var sf = StandardFormat.Parse(f);
                F($"decimal {v.ToString(CultureInfo.InvariantCulture)} '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(v, b, out n, sf));
            }
        F("decimal small", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(12.345m, b, out n), 5);

        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        foreach (string f in new[] { "", "D", "B", "P", "N", "X", "d" })
        {
            var sf = StandardFormat.Parse(f);
            F($"guid '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(guid, b, out n, sf));
        }
        F("guid small", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(guid, b, out n), 35);

        var dt = new DateTime(2017, 1, 3, 8, 8, 5, DateTimeKind.Utc).AddTicks(1234567);
        var dtu = new DateTime(2009, 6, 15, 13, 45, 30, DateTimeKind.Unspecified);
        var dto = new DateTimeOffset(2017, 6, 12, 5, 30, 45, TimeSpan.FromHours(-7)).AddTicks(7680000);
        var dto0 = new DateTimeOffset(2020, 2, 29, 23, 59, 59, TimeSpan.FromMinutes(330));
        foreach (string f in new[] { "", "G", "R", "l", "O", "D" })
        {
            var sf = StandardFormat.Parse(f);
            F($"datetime utc '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(dt, b, out n, sf));
            F($"datetime unspecified '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(dtu, b, out n, sf));
            F($"dto -7 '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(dto, b, out n, sf));
            F($"dto +5:30 '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(dto0, b, out n, sf));
        }
        F("datetime small", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(dt, b, out n, 'O'), 27);

        TimeSpan[] spans = { TimeSpan.Zero, new TimeSpan(1, 2, 3), new TimeSpan(5, 1, 2, 3, 456), TimeSpan.FromTicks(-1), TimeSpan.MaxValue, TimeSpan.MinValue, new TimeSpan(0, 9, 0, 0, 500), TimeSpan.FromTicks(10) };
        foreach (TimeSpan ts in spans)
            foreach (string f in new[] { "", "c", "t", "T", "G", "g" })
            {
                var sf = StandardFormat.Parse(f);
                F($"timespan {ts.Ticks} '{f}'", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(ts, b, out n, sf));
            }
        F("timespan f", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(TimeSpan.Zero, b, out n, 'f'));
        F("timespan small", (Span<byte> b, out int n) => Utf8Formatter.TryFormat(new TimeSpan(1, 2, 3), b, out n), 7);
    }

    static void Parsing()
    {
        Console.WriteLine("== Utf8Parser");
        foreach (string s in new[] { "true", "False", "TRUE!", "fals", "yes", "", "tRuE" })
            P<bool>("bool", s, (ReadOnlySpan<byte> src, out bool v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        P<bool>("bool l", "false", (ReadOnlySpan<byte> src, out bool v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'l'));
        P<bool>("bool X", "true", (ReadOnlySpan<byte> src, out bool v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'X'));

        string[] ints = { "0", "123", "-123", "+45", "2147483647", "2147483648", "-2147483648", "-2147483649", "00000000000012", "12abc", "-", "+", "", "abc", " 1", "1,234", "1,234.000", "1,234.5", ".0", ".", "5.", "-0", "7fffffff", "FFFFFFFF", "100000000", "1e3" };
        foreach (string s in ints)
            foreach (char f in new[] { '\0', 'D', 'N', 'X' })
                P<int>($"int '{(f == '\0' ? "" : f.ToString())}'", s, (ReadOnlySpan<byte> src, out int v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        foreach (string s in new[] { "255", "256", "+1", "-0", "ff", "1ff", "0,255" })
            foreach (char f in new[] { '\0', 'N', 'x' })
                P<byte>($"byte '{f}'", s, (ReadOnlySpan<byte> src, out byte v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        foreach (string s in new[] { "127", "128", "-128", "-129", "80", "FF" })
            foreach (char f in new[] { 'G', 'X' })
                P<sbyte>($"sbyte '{f}'", s, (ReadOnlySpan<byte> src, out sbyte v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        foreach (string s in new[] { "32767", "-32768", "32768", "8000" })
            foreach (char f in new[] { 'd', 'x' })
                P<short>($"short '{f}'", s, (ReadOnlySpan<byte> src, out short v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        P<ushort>("ushort", "65535", (ReadOnlySpan<byte> src, out ushort v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        P<ushort>("ushort", "65536", (ReadOnlySpan<byte> src, out ushort v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        P<uint>("uint", "4294967295", (ReadOnlySpan<byte> src, out uint v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        P<uint>("uint", "4294967296", (ReadOnlySpan<byte> src, out uint v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        P<uint>("uint", "-1", (ReadOnlySpan<byte> src, out uint v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        P<uint>("uint", "+1", (ReadOnlySpan<byte> src, out uint v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        foreach (string s in new[] { "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "7FFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF" })
            foreach (char f in new[] { '\0', 'X', 'N' })
                P<long>($"long '{f}'", s, (ReadOnlySpan<byte> src, out long v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        foreach (string s in new[] { "18446744073709551615", "18446744073709551616", "FFFFFFFFFFFFFFFF", "10000000000000000" })
            foreach (char f in new[] { '\0', 'X' })
                P<ulong>($"ulong '{f}'", s, (ReadOnlySpan<byte> src, out ulong v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        P<int>("int Z", "1", (ReadOnlySpan<byte> src, out int v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'Z'));

        string[] floats = { "0", "1.5", "-1.5", "+2", ".5", "5.", ".", "-", "1e10", "1E-5", "1e", "1e+", "2.5e3x", "1e400", "-1e400", "1e-400", "0.1", "123456789012345678901234567890", "NaN", "nan", "-Infinity", "infinity", "+Infinity", "Inf", "abc", "", "1,5", "0.30000000000000004" };
        foreach (string s in floats)
            foreach (char f in new[] { '\0', 'F', 'E' })
                P<double>($"double '{f}'", s, (ReadOnlySpan<byte> src, out double v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        foreach (string s in new[] { "3.4028235E+38", "3.5e38", "1.17549435E-38", "0.1", "NaN" })
            P<float>("float", s, (ReadOnlySpan<byte> src, out float v, out int n) => Utf8Parser.TryParse(src, out v, out n));
        P<double>("double X", "1", (ReadOnlySpan<byte> src, out double v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'X'));

        string[] decs = { "0", "1.50", "-1234.5678", "79228162514264337593543950335", "79228162514264337593543950336", "0.0000000000000000000000000001", "1e5", "1.5E-3", "1e", "-0", ".25", "12.", "1.0000000000000000000000000000001", "NaN", "abc" };
        foreach (string s in decs)
            foreach (char f in new[] { '\0', 'F', 'E' })
                P<decimal>($"decimal '{f}'", s, (ReadOnlySpan<byte> src, out decimal v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        P<decimal>("decimal N", "1", (ReadOnlySpan<byte> src, out decimal v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'N'));

        string[] guids = { "0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E tail", "{0f8fad5b-d9cb-469f-a165-70867728950e}", "(0f8fad5b-d9cb-469f-a165-70867728950e)", "0f8fad5bd9cb469fa16570867728950e", "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5g-d9cb-469f-a165-70867728950e" };
        foreach (string s in guids)
            foreach (char f in new[] { '\0', 'D', 'B', 'P', 'N' })
                P<Guid>($"guid '{f}'", s, (ReadOnlySpan<byte> src, out Guid v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        P<Guid>("guid X", "x", (ReadOnlySpan<byte> src, out Guid v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'X'));

        string[] dates = { "05/25/2017 10:30:15", "05/25/2017 10:30:15 -08:00", "02/29/2019 10:30:15", "13/01/2017 10:30:15", "05/25/2017 24:00:00", "5/25/2017 10:30:15",
            "Tue, 03 Jan 2017 08:08:05 GMT", "tue, 03 jan 2017 08:08:05 gmt", "Wed, 03 Jan 2017 08:08:05 GMT", "Tue, 03 Jan 2017 08:08:05 UTC",
            "2017-06-12T05:30:45.7680000Z", "2017-06-12T05:30:45.7680000-07:00", "2017-06-12T05:30:45.768Z", "2017-06-12T24:00:00.0000000Z", "2017-06-12T05:30:45.7680000+14:30", "9999-12-31T23:59:59.9999999-01:00" };
        foreach (string s in dates)
            foreach (char f in new[] { '\0', 'G', 'R', 'l', 'O' })
            {
                P<DateTime>($"datetime '{f}'", s, (ReadOnlySpan<byte> src, out DateTime v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
                if (f != 'O' || s.EndsWith("Z") || s.Contains("+") || s.LastIndexOf('-') > 10)
                    P<DateTimeOffset>($"dto '{f}'", s, (ReadOnlySpan<byte> src, out DateTimeOffset v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
            }
        P<DateTime>("datetime X", "x", (ReadOnlySpan<byte> src, out DateTime v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'X'));

        string[] spans = { "1", "-1", "12:34", "12:34:56", "12:34:56.5", "12:34:56.1234567", "12:34:56.12345678", "3.12:34:56", "3.12:34:56.789", "3:12:34:56", "3:12:34:56.789", "  -1:02:03", "24:00:00", "1:60:00", "1.2", "1:2:3:4:5:6", "1:2:3.4.5", "+1", "10675199.02:48:05.4775807", "10675199.02:48:05.4775808", "-10675199.02:48:05.4775808", "12:34x", "", "-", ":1" };
        foreach (string s in spans)
            foreach (char f in new[] { '\0', 'c', 'G', 'g' })
                P<TimeSpan>($"timespan '{f}'", s, (ReadOnlySpan<byte> src, out TimeSpan v, out int n) => Utf8Parser.TryParse(src, out v, out n, f));
        P<TimeSpan>("timespan X", "1", (ReadOnlySpan<byte> src, out TimeSpan v, out int n) => Utf8Parser.TryParse(src, out v, out n, 'X'));
    }

    static void Base64Tests()
    {
        Console.WriteLine("== Base64");
        Console.WriteLine($"max encoded 0 {Base64.GetMaxEncodedToUtf8Length(0)} 1 {Base64.GetMaxEncodedToUtf8Length(1)} 3 {Base64.GetMaxEncodedToUtf8Length(3)} 100 {Base64.GetMaxEncodedToUtf8Length(100)}");
        Console.WriteLine($"max decoded 0 {Base64.GetMaxDecodedFromUtf8Length(0)} 3 {Base64.GetMaxDecodedFromUtf8Length(3)} 4 {Base64.GetMaxDecodedFromUtf8Length(4)} 100 {Base64.GetMaxDecodedFromUtf8Length(100)}");
        try { Base64.GetMaxEncodedToUtf8Length(-1); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        byte[] data = new byte[10];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 37 + 250);
        foreach (int len in new[] { 0, 1, 2, 3, 4, 10 })
            foreach (int dest in new[] { 0, 4, 7, 8, 16 })
                foreach (bool final in new[] { true, false })
                {
                    var outBuf = new byte[dest];
                    var st = Base64.EncodeToUtf8(data.AsSpan(0, len), outBuf, out int c, out int w, final);
                    Console.WriteLine($"encode {len} into {dest} final {final}: {st} {c} {w} [{S(outBuf.AsSpan(0, w))}]");
                }
        var inplace = new byte[16];
        data.AsSpan(0, 5).CopyTo(inplace);
        var ist = Base64.EncodeToUtf8InPlace(inplace, 5, out int iw);
        Console.WriteLine($"in place: {ist} {iw} [{S(inplace.AsSpan(0, iw))}]");
        Console.WriteLine($"in place small: {Base64.EncodeToUtf8InPlace(new byte[7], 5, out iw)} {iw}");

        string[] texts = { "", "AA==", "AAE=", "AAEC", "AAECAw==", "AAECAw", "AAECA", "AAE", "A", "AA=A", "AAE==", "AA==AAAA", "AB==", "AAF=", "AA EC\r\nAw==", " AAEC ", "AA!C", "AAECAwQF", "////", "++//", "AAECAw== ", "AAECAw==x" };
        foreach (string t in texts)
            foreach (int dest in new[] { 0, 2, 3, 16 })
                foreach (bool final in new[] { true, false })
                {
                    var outBuf = new byte[dest];
                    var st = Base64.DecodeFromUtf8(B(t), outBuf, out int c, out int w, final);
                    Console.WriteLine($"decode \"{t.Replace("\r", "\\r").Replace("\n", "\\n")}\" into {dest} final {final}: {st} {c} {w} [{Convert.ToHexString(outBuf, 0, w)}]");
                }
        foreach (string t in new[] { "AAECAw==", "AAEC", "AAE", "AA!C", "" })
        {
            var buf = B(t);
            var st = Base64.DecodeFromUtf8InPlace(buf, out int w);
            Console.WriteLine($"decode in place \"{t}\": {st} {w} [{Convert.ToHexString(buf, 0, w)}]");
            Console.WriteLine($"valid \"{t}\": {Base64.IsValid(t)} {Base64.IsValid(t, out int dl)} {dl} bytes {Base64.IsValid(B(t))}");
        }
        var big = new byte[1000];
        for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 7);
        var enc = new byte[Base64.GetMaxEncodedToUtf8Length(big.Length)];
        Base64.EncodeToUtf8(big, enc, out _, out int ew);
        Console.WriteLine($"round trip matches Convert: {S(enc.AsSpan(0, ew)) == Convert.ToBase64String(big)}");
        var dec = new byte[Base64.GetMaxDecodedFromUtf8Length(ew)];
        var dst2 = Base64.DecodeFromUtf8(enc.AsSpan(0, ew), dec, out int dc, out int dw);
        Console.WriteLine($"decoded back: {dst2} {dc} {dw} {dec.AsSpan(0, dw).SequenceEqual(big)}");
    }
}
