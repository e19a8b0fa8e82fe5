// Modern BCL surface: throw helpers, Random, Math/MathF, HashCode, Index/Range,
// DateOnly/TimeOnly/TimeProvider, Convert hex/base64, string helpers.
using System.Globalization;
using System.Text;

static class P
{
    static void T(string label, Func<object> f)
    {
        try { object r = f(); Console.WriteLine(label + " = " + (r ?? "null")); }
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message); }
    }

    static void A(string label, Action f) { T(label, () => { f(); return "ok"; }); }

    static string Bits(double d) { return BitConverter.DoubleToInt64Bits(d).ToString("X16"); }
    static string BitsF(float f) { return BitConverter.SingleToInt32Bits(f).ToString("X8"); }

    sealed class Res : IDisposable { public bool Gone; public void Dispose() { Gone = true; } public void Use() { ObjectDisposedException.ThrowIf(Gone, this); } }

    static void Main()
    {
        ThrowHelpers();
        RandomApi();
        MathApi();
        HashCodeApi();
        IndexRange();
        DateOnlyApi();
        TimeOnlyApi();
        TimeProviderApi();
        ConvertApi();
        Strings();
    }

    static void ThrowHelpers()
    {
        object o = null; string s = null; string empty = ""; string blank = " \t";
        int neg = -3, zero = 0, five = 5; double nan = double.NaN, negZero = -0.0;
        A("ThrowIfNull", () => ArgumentNullException.ThrowIfNull(o));
        A("ThrowIfNull ok", () => ArgumentNullException.ThrowIfNull("x"));
        A("ThrowIfNull named", () => ArgumentNullException.ThrowIfNull(o, "custom"));
        A("ThrowIfNull nullname", () => ArgumentNullException.ThrowIfNull(o, null));
        A("ThrowIfNullOrEmpty null", () => ArgumentException.ThrowIfNullOrEmpty(s));
        A("ThrowIfNullOrEmpty empty", () => ArgumentException.ThrowIfNullOrEmpty(empty));
        A("ThrowIfNullOrEmpty blank ok", () => ArgumentException.ThrowIfNullOrEmpty(blank));
        A("ThrowIfNullOrWhiteSpace blank", () => ArgumentException.ThrowIfNullOrWhiteSpace(blank));
        A("ThrowIfNullOrWhiteSpace null", () => ArgumentException.ThrowIfNullOrWhiteSpace(s));
        A("ThrowIfNegative", () => ArgumentOutOfRangeException.ThrowIfNegative(neg));
        A("ThrowIfNegative zero ok", () => ArgumentOutOfRangeException.ThrowIfNegative(zero));
        A("ThrowIfNegative nan", () => ArgumentOutOfRangeException.ThrowIfNegative(nan));
        A("ThrowIfNegative -0.0", () => ArgumentOutOfRangeException.ThrowIfNegative(negZero));
        A("ThrowIfNegative long", () => ArgumentOutOfRangeException.ThrowIfNegative(-7L));
        A("ThrowIfNegative decimal", () => ArgumentOutOfRangeException.ThrowIfNegative(-1.5m));
        A("ThrowIfZero", () => ArgumentOutOfRangeException.ThrowIfZero(zero));
        A("ThrowIfZero -0.0", () => ArgumentOutOfRangeException.ThrowIfZero(negZero));
        A("ThrowIfZero nan ok", () => ArgumentOutOfRangeException.ThrowIfZero(nan));
        A("ThrowIfNegativeOrZero", () => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(zero));
        A("ThrowIfNegativeOrZero neg", () => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(neg));
        A("ThrowIfNegativeOrZero float", () => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(0.0f));
        A("ThrowIfGreaterThan", () => ArgumentOutOfRangeException.ThrowIfGreaterThan(five, 3));
        A("ThrowIfGreaterThan eq ok", () => ArgumentOutOfRangeException.ThrowIfGreaterThan(five, 5));
        A("ThrowIfGreaterThanOrEqual", () => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(five, 5));
        A("ThrowIfLessThan", () => ArgumentOutOfRangeException.ThrowIfLessThan(neg, 0));
        A("ThrowIfLessThanOrEqual", () => ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(zero, 0));
        A("ThrowIfEqual", () => ArgumentOutOfRangeException.ThrowIfEqual(five, 5));
        A("ThrowIfNotEqual", () => ArgumentOutOfRangeException.ThrowIfNotEqual(five, 6));
        A("ThrowIfEqual string", () => ArgumentOutOfRangeException.ThrowIfEqual("a", "a"));
        A("ThrowIfEqual nulls", () => ArgumentOutOfRangeException.ThrowIfEqual<string>(null, null));
        A("ThrowIfNotEqual null", () => ArgumentOutOfRangeException.ThrowIfNotEqual<string>(null, "b"));
        A("ThrowIfGreaterThan named", () => ArgumentOutOfRangeException.ThrowIfGreaterThan(2.5, 1.0, "pp"));
        A("ThrowIfLessThan nan", () => ArgumentOutOfRangeException.ThrowIfLessThan(nan, 1.0));
        A("ThrowIfGreaterThan nan ok", () => ArgumentOutOfRangeException.ThrowIfGreaterThan(nan, 1.0));
        A("ThrowIfGreaterThan string", () => ArgumentOutOfRangeException.ThrowIfGreaterThan("pear", "apple"));
        A("ThrowIfLessThan char", () => ArgumentOutOfRangeException.ThrowIfLessThan('a', 'z'));
        A("ThrowIfGreaterThan timespan", () => ArgumentOutOfRangeException.ThrowIfGreaterThan(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1)));
        try { ArgumentOutOfRangeException.ThrowIfNegative(neg); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("paramName " + e.ParamName + " actual " + e.ActualValue); }
        var r = new Res();
        A("ObjectDisposed ok", () => r.Use());
        r.Dispose();
        A("ObjectDisposed instance", () => r.Use());
        A("ObjectDisposed string", () => ObjectDisposedException.ThrowIf(true, "hello"));
        A("ObjectDisposed type", () => ObjectDisposedException.ThrowIf(true, typeof(StringBuilder)));
        A("ObjectDisposed null obj", () => ObjectDisposedException.ThrowIf(true, (object)null));
        A("ObjectDisposed null type", () => ObjectDisposedException.ThrowIf(true, (Type)null));
        A("ObjectDisposed false", () => ObjectDisposedException.ThrowIf(false, "x"));
    }

    static void RandomApi()
    {
        var r1 = new Random(42); var r2 = new Random(42);
        bool same = true;
        for (int i = 0; i < 50; i++)
        {
            if (r1.NextInt64() != r2.NextInt64()) same = false;
            if (r1.NextSingle() != r2.NextSingle()) same = false;
            if (r1.Next(100) != r2.Next(100)) same = false;
        }
        Console.WriteLine("seeded deterministic " + same);
        var rnd = new Random(3);
        bool inRange = true;
        for (int i = 0; i < 500; i++)
        {
            long v = rnd.NextInt64(-5, 5); if (v < -5 || v >= 5) inRange = false;
            long w = rnd.NextInt64(1000000000000L); if (w < 0 || w >= 1000000000000L) inRange = false;
            float f = rnd.NextSingle(); if (f < 0 || f >= 1) inRange = false;
            double d = Random.Shared.NextDouble(); if (d < 0 || d >= 1) inRange = false;
            int n = Random.Shared.Next(3, 9); if (n < 3 || n >= 9) inRange = false;
        }
        Console.WriteLine("ranges ok " + inRange + " " + rnd.NextInt64(7, 7));
        int[] arr = Enumerable.Range(0, 20).ToArray();
        new Random(5).Shuffle(arr);
        Console.WriteLine("shuffle is permutation " + Enumerable.SequenceEqual(arr.Order(), Enumerable.Range(0, 20)));
        int[] arr2 = Enumerable.Range(0, 20).ToArray();
        new Random(5).Shuffle(arr2);
        Console.WriteLine("shuffle deterministic " + Enumerable.SequenceEqual(arr, arr2));
        string[] items = new Random(9).GetItems(new[] { "a", "b", "c" }, 30);
        Console.WriteLine("getitems " + items.Length + " allvalid " + items.All(x => x == "a" || x == "b" || x == "c") + " deterministic " + Enumerable.SequenceEqual(items, new Random(9).GetItems(new[] { "a", "b", "c" }, 30)));
        Console.WriteLine("getitems zero " + new Random(1).GetItems(new[] { 1 }, 0).Length);
        T("getitems empty", () => new Random(1).GetItems(new int[0], 3));
        T("getitems negative", () => new Random(1).GetItems(new[] { 1 }, -3));
        T("getitems null", () => new Random(1).GetItems((int[])null, 3));
        T("shuffle null", () => { new Random(1).Shuffle((int[])null); return "no"; });
        string hex = new Random(2).GetHexString(16);
        Console.WriteLine("hexstring " + hex.Length + " " + hex.All(c => "0123456789ABCDEFabcdef".IndexOf(c) >= 0) + " upper " + (hex == hex.ToUpperInvariant()) + " lower " + (new Random(2).GetHexString(16, true) == hex.ToLowerInvariant()));
        T("nextint64 bad", () => new Random().NextInt64(5, 1));
        T("nextint64 negmax", () => new Random().NextInt64(-1));
    }

    static void MathApi()
    {
        T("clamp int", () => Math.Clamp(15, 0, 10));
        T("clamp double", () => Math.Clamp(-2.5, -1.0, 1.0));
        T("clamp nan", () => Math.Clamp(double.NaN, 0.0, 1.0));
        T("clamp byte", () => Math.Clamp((byte)3, (byte)5, (byte)9));
        T("clamp decimal", () => Math.Clamp(1.25m, 0m, 1m));
        T("clamp ulong", () => Math.Clamp(5UL, 6UL, 9UL));
        T("clamp nint", () => Math.Clamp((nint)50, (nint)(-3), (nint)7));
        T("clamp bad", () => Math.Clamp(1, 5, 3));
        T("clamp bad double", () => Math.Clamp(1.5, 5.5, 3.25));
        T("divrem tuple", () => Math.DivRem(17, 5));
        T("divrem neg", () => Math.DivRem(-17, 5));
        T("divrem long", () => Math.DivRem(-17L, -5L));
        T("divrem uint", () => Math.DivRem(17u, 5u));
        T("divrem byte", () => Math.DivRem((byte)200, (byte)7));
        T("divrem sbyte", () => Math.DivRem((sbyte)-100, (sbyte)7));
        T("divrem short", () => Math.DivRem((short)-1000, (short)7));
        T("divrem ushort", () => Math.DivRem((ushort)60000, (ushort)7));
        T("divrem ulong", () => Math.DivRem(ulong.MaxValue, 10UL));
        T("divrem nint", () => Math.DivRem((nint)(-17), (nint)5));
        T("divrem zero", () => Math.DivRem(1, 0));
        T("divrem out", () => { int q = Math.DivRem(17, 5, out int rem); return q + " " + rem; });
        T("bigmul", () => { ulong hi = Math.BigMul(ulong.MaxValue, ulong.MaxValue, out ulong lo); return hi + " " + lo; });
        T("bigmul signed", () => { long hi = Math.BigMul(-5L, long.MaxValue, out long lo); return hi + " " + lo; });
        T("bigmul signed2", () => { long hi = Math.BigMul(long.MinValue, long.MinValue, out long lo); return hi + " " + lo; });
        T("bigmul uint", () => Math.BigMul(uint.MaxValue, uint.MaxValue));
        T("bigmul int", () => Math.BigMul(int.MinValue, int.MinValue));
        T("bitincrement", () => Bits(Math.BitIncrement(1.0)) + " " + Bits(Math.BitIncrement(-0.0)) + " " + Bits(Math.BitIncrement(double.NegativeInfinity)) + " " + Math.BitIncrement(double.PositiveInfinity));
        T("bitdecrement", () => Bits(Math.BitDecrement(1.0)) + " " + Bits(Math.BitDecrement(0.0)) + " " + Bits(Math.BitDecrement(double.PositiveInfinity)));
        T("copysign", () => Math.CopySign(3.0, -0.0) + " " + Math.CopySign(-2.0, 1.0) + " " + Bits(Math.CopySign(double.NaN, -1.0)));
        T("fma", () => Math.FusedMultiplyAdd(0.1, 10.0, -1.0).ToString("R") + " " + (0.1 * 10.0 - 1.0).ToString("R"));
        T("ilogb", () => Math.ILogB(1.0) + " " + Math.ILogB(1024.5) + " " + Math.ILogB(0.0) + " " + Math.ILogB(double.Epsilon) + " " + Math.ILogB(double.NaN) + " " + Math.ILogB(double.NegativeInfinity) + " " + Math.ILogB(-0.75) + " " + Math.ILogB(Math.BitDecrement(8.0)));
        T("scaleb", () => Math.ScaleB(1.0, 2000) + " " + Math.ScaleB(3.0, -1075).ToString("R") + " " + Math.ScaleB(1.5, -1074).ToString("R") + " " + Math.ScaleB(0.75, 4) + " " + Math.ScaleB(double.MaxValue, -2100).ToString("R") + " " + Math.ScaleB(double.Epsilon, 2000).ToString("R"));
        T("log2 cbrt", () => Math.Log2(1024.0) + " " + Math.Log2(0.125) + " " + Math.Cbrt(-8.0));
        T("maxmagnitude", () => Math.MaxMagnitude(-3.0, 2.0) + " " + Math.MinMagnitude(-3.0, 2.0) + " " + Math.MaxMagnitude(-2.0, 2.0) + " " + Math.MinMagnitude(-2.0, 2.0));
        T("sincos", () => Math.SinCos(0.0));
        T("reciprocal", () => Math.ReciprocalEstimate(4.0) + " " + Math.ReciprocalSqrtEstimate(16.0));
        T("nint minmax", () => Math.Max((nint)3, (nint)(-9)) + " " + Math.Min((nint)3, (nint)(-9)) + " " + Math.Abs((nint)(-9)) + " " + Math.Sign((nint)(-9)));
        T("mathf", () => Math.Clamp(2.5f, 0f, 1f) + " " + MathF.Sqrt(16f) + " " + MathF.Log2(8f) + " " + MathF.Cbrt(27f) + " " + MathF.ScaleB(1.5f, 3) + " " + MathF.ILogB(10f) + " " + MathF.ILogB(float.Epsilon));
        T("mathf bits", () => BitsF(MathF.BitIncrement(1f)) + " " + BitsF(MathF.BitDecrement(0f)) + " " + BitsF(MathF.BitIncrement(-0f)) + " " + MathF.CopySign(2f, -1f));
        T("mathf hyper", () => MathF.Asinh(0f) + " " + MathF.Acosh(1f) + " " + MathF.Atanh(0f) + " " + MathF.MaxMagnitude(-3f, 2f) + " " + MathF.MinMagnitude(-3f, 2f) + " " + MathF.FusedMultiplyAdd(2f, 3f, 4f));
        T("mathf scaleb edges", () => MathF.ScaleB(1f, 200) + " " + MathF.ScaleB(1f, -200) + " " + BitsF(MathF.ScaleB(3f, -150)));
        T("mathf sincos", () => MathF.SinCos(0f));
        T("mathf consts", () => MathF.PI + " " + MathF.E + " " + MathF.Tau);
    }

    static void HashCodeApi()
    {
        Console.WriteLine("combine stable " + (HashCode.Combine(1, "a") == HashCode.Combine(1, "a")));
        Console.WriteLine("combine order " + (HashCode.Combine(1, 2) != HashCode.Combine(2, 1)));
        var h = new HashCode();
        h.Add(1); h.Add("a");
        Console.WriteLine("add matches combine " + (h.ToHashCode() == HashCode.Combine(1, "a")));
        var h8 = new HashCode();
        for (int i = 1; i <= 8; i++) h8.Add(i);
        Console.WriteLine("combine8 matches add " + (h8.ToHashCode() == HashCode.Combine(1, 2, 3, 4, 5, 6, 7, 8)));
        var h5 = new HashCode();
        for (int i = 1; i <= 5; i++) h5.Add(i);
        Console.WriteLine("combine5 matches add " + (h5.ToHashCode() == HashCode.Combine(1, 2, 3, 4, 5)));
        Console.WriteLine("nulls " + (HashCode.Combine<string, string>(null, null) == HashCode.Combine(0, 0)));
        var hc = new HashCode();
        hc.Add("ABC", StringComparer.OrdinalIgnoreCase);
        var hc2 = new HashCode();
        hc2.Add("abc", StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("comparer " + (hc.ToHashCode() == hc2.ToHashCode()));
        var set = new HashSet<int>();
        for (int i = 0; i < 1000; i++) set.Add(HashCode.Combine(i, i * 7));
        Console.WriteLine("spread " + (set.Count > 990));
        Console.WriteLine("counts 1..7 distinct " + new[] { HashCode.Combine(1), HashCode.Combine(1, 1), HashCode.Combine(1, 1, 1), HashCode.Combine(1, 1, 1, 1), HashCode.Combine(1, 1, 1, 1, 1), HashCode.Combine(1, 1, 1, 1, 1, 1), HashCode.Combine(1, 1, 1, 1, 1, 1, 1) }.Distinct().Count());
#pragma warning disable CS0618
        T("hashcode gethashcode", () => ((object)new HashCode()).GetHashCode());
        T("hashcode equals", () => ((object)new HashCode()).Equals(null));
#pragma warning restore CS0618
    }

    static void IndexRange()
    {
        Index i1 = 3, i2 = ^2;
        Console.WriteLine("index " + i1 + " " + i2 + " " + i2.IsFromEnd + " " + i2.Value + " " + i2.GetOffset(10) + " " + Index.Start + " " + Index.End + " " + Index.FromEnd(0).GetOffset(4));
        Console.WriteLine("index eq " + (i1.Equals(new Index(3)) + " " + i2.Equals(^2) + " " + i1.Equals((object)3)));
        Range r = 1..^2;
        Console.WriteLine("range " + r + " " + (..) + " " + Range.StartAt(2) + " " + Range.EndAt(^1) + " " + Range.All + " eq " + r.Equals(1..^2));
        Console.WriteLine("offsetlength " + r.GetOffsetAndLength(10));
        T("offsetlength bad", () => (5..2).GetOffsetAndLength(10));
        T("offsetlength too long", () => (0..11).GetOffsetAndLength(10));
        T("index negative", () => new Index(-1));
        T("index fromstart negative", () => Index.FromStart(-2));
        int[] arr = { 10, 20, 30, 40, 50 };
        Console.WriteLine("array ^1 " + arr[^1] + " " + arr[^5]);
        var list = new List<int>(arr);
        Console.WriteLine("list ^2 " + list[^2]);
        string s = "hello";
        Console.WriteLine("string ^1 " + new string(s[^1], 1));
    }

    static void DateOnlyApi()
    {
        var d = new DateOnly(2024, 2, 29);
        Console.WriteLine("dateonly " + d + " y" + d.Year + " m" + d.Month + " d" + d.Day + " " + d.DayOfWeek + " doy" + d.DayOfYear + " num" + d.DayNumber);
        Console.WriteLine("formats " + d.ToString("d") + " | " + d.ToString("D") + " | " + d.ToString("o") + " | " + d.ToString("O") + " | " + d.ToString("r") + " | " + d.ToString("M") + " | " + d.ToString("Y") + " | " + d.ToString("yyyy/MM/dd ddd") + " | " + d.ToString("dd MMMM yy", CultureInfo.InvariantCulture));
        Console.WriteLine("short/long " + d.ToShortDateString() + " | " + d.ToLongDateString());
        T("format time specifier", () => d.ToString("yyyy HH"));
        T("format bad standard", () => d.ToString("t"));
        Console.WriteLine("arith " + d.AddDays(1) + " " + d.AddMonths(1) + " " + d.AddYears(1) + " " + d.AddDays(-60));
        Console.WriteLine("minmax " + DateOnly.MinValue.ToString("o") + " " + DateOnly.MaxValue.ToString("o") + " " + DateOnly.MaxValue.DayNumber);
        T("adddays overflow", () => DateOnly.MaxValue.AddDays(1));
        T("fromdaynumber", () => DateOnly.FromDayNumber(738945).ToString("o"));
        T("fromdaynumber bad", () => DateOnly.FromDayNumber(-1));
        T("ctor bad", () => new DateOnly(2023, 2, 29));
        var dt = new DateTime(2021, 7, 4, 13, 45, 30, 123);
        Console.WriteLine("fromdatetime " + DateOnly.FromDateTime(dt).ToString("o"));
        Console.WriteLine("todatetime " + d.ToDateTime(new TimeOnly(8, 30)).ToString("o") + " " + d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("o"));
        var (yy, mm, dd) = d;
        Console.WriteLine("deconstruct " + yy + "-" + mm + "-" + dd);
        Console.WriteLine("compare " + (d > DateOnly.MinValue) + " " + (d == new DateOnly(2024, 2, 29)) + " " + d.CompareTo(d.AddDays(3)) + " " + d.Equals((object)d) + " " + d.CompareTo(null));
        T("compare bad", () => d.CompareTo("x"));
        T("parse iso", () => DateOnly.Parse("2023-11-05").ToString("o"));
        T("parse invariant", () => DateOnly.Parse("11/05/2023", CultureInfo.InvariantCulture).ToString("o"));
        T("parse with time", () => DateOnly.Parse("2023-11-05 10:00"));
        T("parse junk", () => DateOnly.Parse("not a date"));
        T("tryparse", () => DateOnly.TryParse("2020-01-31", out var x) + " " + x.ToString("o"));
        T("tryparse bad", () => DateOnly.TryParse("2020-13-31", out var x) + " " + x.ToString("o"));
        T("parseexact", () => DateOnly.ParseExact("05.11.2023", "dd.MM.yyyy").ToString("o"));
        T("parseexact names", () => DateOnly.ParseExact("Sun, 05 Nov 2023", "ddd, dd MMM yyyy", CultureInfo.InvariantCulture).ToString("o"));
        T("parseexact o", () => DateOnly.ParseExact("2023-11-05", "o", CultureInfo.InvariantCulture).ToString("o"));
        T("parseexact month name", () => DateOnly.ParseExact("March 7, 2022", "MMMM d, yyyy", CultureInfo.InvariantCulture).ToString("o"));
        T("parseexact bad", () => DateOnly.ParseExact("2023/11/05", "yyyy-MM-dd"));
        T("parseexact multi", () => DateOnly.ParseExact("2023/11/05", new[] { "yyyy-MM-dd", "yyyy/MM/dd" }).ToString("o"));
        T("tryparseexact", () => DateOnly.TryParseExact("31-12-1999", "dd-MM-yyyy", out var x) + " " + x);
        T("tryparseexact fail", () => DateOnly.TryParseExact("31-02-1999", "dd-MM-yyyy", out var x) + " " + x);
        T("dt ctor dateonly", () => new DateTime(d, new TimeOnly(1, 2, 3)).ToString("o"));
        T("dt ctor kind", () => new DateTime(d, new TimeOnly(1, 2, 3), DateTimeKind.Utc).ToString("o"));
        T("dt micro", () => new DateTime(2020, 1, 2, 3, 4, 5, 6, 7).ToString("o") + " " + new DateTime(2020, 1, 2, 3, 4, 5, 6, 7).Microsecond + " " + new DateTime(637134650000000123).Nanosecond);
        T("dt addmicro", () => new DateTime(2020, 1, 1).AddMicroseconds(1.5).Ticks);
        T("dt deconstruct", () => { var (dd2, tt2) = dt; var (y2, m2, d2) = dt; return dd2.ToString("o") + " " + tt2.ToString("o") + " " + y2 + m2 + d2; });
    }

    static void TimeOnlyApi()
    {
        var t = new TimeOnly(14, 5, 9, 250);
        Console.WriteLine("timeonly " + t + " " + t.Hour + ":" + t.Minute + ":" + t.Second + "." + t.Millisecond + " ticks " + t.Ticks);
        Console.WriteLine("formats " + t.ToString("t") + " | " + t.ToString("T") + " | " + t.ToString("o") + " | " + t.ToString("r") + " | " + t.ToString("hh:mm tt") + " | " + t.ToString("HH'h'mm") + " | " + t.ToLongTimeString() + " | " + t.ToShortTimeString());
        T("format date specifier", () => t.ToString("yyyy HH"));
        T("format bad standard", () => t.ToString("d"));
        var (h, m) = t; var (h3, m3, s3) = t; var (h4, m4, s4, ms4) = t;
        Console.WriteLine("deconstruct " + h + m + " " + h3 + m3 + s3 + " " + ms4);
        Console.WriteLine("micro " + new TimeOnly(1, 2, 3, 4, 5).Microsecond + " nano " + new TimeOnly(123456789L).Nanosecond);
        int wrapped;
        var w = t.Add(TimeSpan.FromHours(12), out wrapped);
        Console.WriteLine("add wrap " + w + " days " + wrapped);
        w = t.AddHours(-40, out wrapped);
        Console.WriteLine("addhours neg " + w.ToString("o") + " days " + wrapped);
        w = t.AddMinutes(90, out wrapped);
        Console.WriteLine("addminutes " + w + " days " + wrapped + " plain " + t.AddMinutes(-900).ToString("T") + " " + t.Add(TimeSpan.FromDays(3)));
        Console.WriteLine("diff " + (new TimeOnly(1, 0) - new TimeOnly(23, 0)) + " " + (new TimeOnly(23, 0) - new TimeOnly(1, 0)));
        Console.WriteLine("isbetween " + new TimeOnly(23, 30).IsBetween(new TimeOnly(22, 0), new TimeOnly(2, 0)) + " " + new TimeOnly(3, 0).IsBetween(new TimeOnly(22, 0), new TimeOnly(2, 0)) + " " + new TimeOnly(10, 0).IsBetween(new TimeOnly(10, 0), new TimeOnly(10, 0)) + " " + new TimeOnly(9, 0).IsBetween(new TimeOnly(8, 0), new TimeOnly(10, 0)));
        Console.WriteLine("minmax " + TimeOnly.MinValue.ToString("o") + " " + TimeOnly.MaxValue.ToString("o"));
        Console.WriteLine("timespan " + TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(75)) + " " + t.ToTimeSpan() + " " + TimeOnly.FromDateTime(new DateTime(2000, 1, 1, 7, 8, 9)).ToString("T"));
        T("ctor bad hour", () => new TimeOnly(24, 0));
        T("ctor bad ms", () => new TimeOnly(1, 0, 0, 1000));
        T("ctor bad ticks", () => new TimeOnly(TimeSpan.TicksPerDay));
        T("fromtimespan bad", () => TimeOnly.FromTimeSpan(TimeSpan.FromHours(25)));
        T("parse", () => TimeOnly.Parse("13:45").ToString("o"));
        T("parse seconds", () => TimeOnly.Parse("07:08:09.5").ToString("o"));
        T("parse ampm", () => TimeOnly.Parse("1:45 PM", CultureInfo.InvariantCulture).ToString("o"));
        T("parse bad", () => TimeOnly.Parse("25:00"));
        T("tryparse", () => TimeOnly.TryParse("23:59:59", out var x) + " " + x.ToString("T"));
        T("tryparse junk", () => TimeOnly.TryParse("noon", out var x) + " " + x);
        T("parseexact", () => TimeOnly.ParseExact("0745", "HHmm").ToString("o"));
        T("parseexact o", () => TimeOnly.ParseExact("10:11:12.1234567", "o").ToString("o"));
        T("parseexact ampm", () => TimeOnly.ParseExact("09:15 PM", "hh:mm tt", CultureInfo.InvariantCulture).ToString("o"));
        T("parseexact frac", () => TimeOnly.ParseExact("10:11:12.25", "HH:mm:ss.FFF", CultureInfo.InvariantCulture).ToString("o"));
        T("parseexact bad", () => TimeOnly.ParseExact("10-11", "HH:mm"));
        T("compare", () => (t > TimeOnly.MinValue) + " " + t.CompareTo(TimeOnly.MaxValue) + " " + t.Equals(new TimeOnly(14, 5, 9, 250)) + " " + (t == new TimeOnly(t.Ticks)));
    }

    static void TimeProviderApi()
    {
        TimeProvider tp = TimeProvider.System;
        DateTimeOffset now = tp.GetUtcNow();
        Console.WriteLine("utcnow offset " + now.Offset + " year ok " + (now.Year >= 2024) + " close " + (Math.Abs((now - DateTimeOffset.UtcNow).TotalSeconds) < 5));
        long t0 = tp.GetTimestamp();
        long t1 = tp.GetTimestamp();
        Console.WriteLine("timestamp monotonic " + (t1 >= t0) + " freq " + (tp.TimestampFrequency == System.Diagnostics.Stopwatch.Frequency));
        TimeSpan el = tp.GetElapsedTime(t0, t0 + tp.TimestampFrequency * 3);
        Console.WriteLine("elapsed " + el + " nonneg " + (tp.GetElapsedTime(t0) >= TimeSpan.Zero));
        Console.WriteLine("localtz " + (tp.LocalTimeZone != null) + " localnow close " + (Math.Abs((tp.GetLocalNow() - now).TotalSeconds) < 5));
        int fired = 0;
        using (var done = new ManualResetEventSlim(false))
        {
            ITimer timer = tp.CreateTimer(_ => { if (Interlocked.Increment(ref fired) == 1) done.Set(); }, null, TimeSpan.FromMilliseconds(10), Timeout.InfiniteTimeSpan);
            Console.WriteLine("timer fired " + done.Wait(5000));
            Console.WriteLine("change " + timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
            timer.Dispose();
        }
        T("createtimer null", () => tp.CreateTimer(null, null, TimeSpan.Zero, TimeSpan.Zero));
        var fake = new FixedTime();
        Console.WriteLine("custom provider " + fake.GetUtcNow().ToString("o") + " " + fake.GetElapsedTime(100, 350));
    }

    sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() { return new DateTimeOffset(2000, 1, 2, 3, 4, 5, TimeSpan.Zero); }
        public override long TimestampFrequency { get { return 100; } }
        public override long GetTimestamp() { return 42; }
    }

    static void ConvertApi()
    {
        byte[] data = { 0, 1, 2, 0x7F, 0x80, 0xAB, 0xFF };
        Console.WriteLine("hex " + Convert.ToHexString(data) + " " + Convert.ToHexStringLower(data) + " " + Convert.ToHexString(data, 2, 3) + " " + Convert.ToHexStringLower(data, 5, 2) + " empty[" + Convert.ToHexString(new byte[0]) + "]");
        Console.WriteLine("fromhex " + string.Join(",", Convert.FromHexString("00ff7Fab")) + " empty " + Convert.FromHexString("").Length);
        T("fromhex odd", () => Convert.FromHexString("abc"));
        T("fromhex bad", () => Convert.FromHexString("zz"));
        T("fromhex sign", () => Convert.FromHexString("+1"));
        T("fromhex null", () => Convert.FromHexString((string)null));
        T("tohex range", () => Convert.ToHexString(data, 5, 5));
        T("tohex null", () => Convert.ToHexString(null));
        byte[] big = new byte[100];
        for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 7);
        Console.WriteLine("base64 " + Convert.ToBase64String(data) + " " + Convert.ToBase64String(new byte[] { 1 }) + " " + Convert.ToBase64String(new byte[] { 1, 2 }) + " " + Convert.ToBase64String(data, 1, 4));
        string lines = Convert.ToBase64String(big, Base64FormattingOptions.InsertLineBreaks);
        Console.WriteLine("base64 lines " + lines.Replace("\r\n", "|"));
        Console.WriteLine("base64 57 bytes " + Convert.ToBase64String(new byte[57], Base64FormattingOptions.InsertLineBreaks).Contains('\n') + " 58 " + Convert.ToBase64String(new byte[58], Base64FormattingOptions.InsertLineBreaks).Contains('\n'));
        Console.WriteLine("frombase64 roundtrip " + Enumerable.SequenceEqual(Convert.FromBase64String(lines), big) + " " + string.Join(",", Convert.FromBase64String("AAEC f4Cr/w==")));
        T("frombase64 bad", () => Convert.FromBase64String("abc"));
        T("frombase64 badchar", () => Convert.FromBase64String("ab$c"));
        char[] outArr = new char[20];
        int n = Convert.ToBase64CharArray(data, 0, 4, outArr, 2);
        Console.WriteLine("tobase64chararray " + n + " [" + new string(outArr, 2, n) + "]");
        T("tobase64chararray small", () => Convert.ToBase64CharArray(data, 0, 7, new char[5], 0));
    }

    static void Strings()
    {
        Console.WriteLine("join char " + string.Join(',', new[] { "a", "b", "c" }) + " " + string.Join('-', new object[] { 1, 2, 3 }) + " " + string.Join('|', new List<int> { 4, 5 }) + " " + string.Join(';', new[] { "a", "b", "c", "d" }, 1, 2));
        Console.WriteLine("split char " + string.Join("/", "a,,b, c".Split(',', StringSplitOptions.RemoveEmptyEntries)) + " " + string.Join("/", "a,,b, c ".Split(',', StringSplitOptions.TrimEntries)) + " " + string.Join("/", "a, ,b".Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) + " " + "x:y:z".Split(':', 2)[1]);
        Console.WriteLine("contains char " + "hello".Contains('e') + " " + "hello".Contains('z') + " " + "Hello".Contains('h', StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("replacelineendings " + "a\r\nb\nc\rd\u2028e\u0085f\fg".ReplaceLineEndings("|") + " " + "one\r\ntwo".ReplaceLineEndings().Length + " " + "none".ReplaceLineEndings("X") + " [" + "\r\n\r\n".ReplaceLineEndings("_") + "]");
        T("replacelineendings null", () => "a".ReplaceLineEndings(null));
        var sb = new StringBuilder();
        sb.AppendJoin(',', new object[] { 1, 2, 3 }).Append(' ').AppendJoin(", ", new List<string> { "x", "y" }).Append(' ').AppendJoin('+', new[] { 1.5, 2.5 }.AsEnumerable()).Append(' ').AppendJoin('/', new[] { "p", "q" });
        Console.WriteLine("appendjoin " + sb);
        Console.WriteLine("string.Create-free concat " + string.Concat(new[] { "a", "b", "c", "d" }) + " " + "abc".StartsWith('a') + " " + "abc".EndsWith('c'));
    }
}
