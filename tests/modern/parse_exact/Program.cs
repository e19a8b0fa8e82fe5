// DateTime, DateTimeOffset and TimeSpan ParseExact/TryParseExact: custom and
// standard formats, several formats, DateTimeStyles, and the exceptions.
using System.Globalization;

var inv = CultureInfo.InvariantCulture;

string K(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.fffffff", inv) + " " + d.Kind;
string O(DateTimeOffset d) => d.ToString("yyyy-MM-dd HH:mm:ss.fffffff zzz", inv);

void Dt(string s, string f, DateTimeStyles st = DateTimeStyles.None)
{
    try { Console.WriteLine($"DT [{s}] [{f}] {st}: " + K(DateTime.ParseExact(s, f, inv, st))); }
    catch (Exception e) { Console.WriteLine($"DT [{s}] [{f}] {st}: {e.GetType().Name}: {e.Message}"); }
}

void Dto(string s, string f, DateTimeStyles st = DateTimeStyles.None)
{
    try { Console.WriteLine($"DTO [{s}] [{f}] {st}: " + O(DateTimeOffset.ParseExact(s, f, inv, st))); }
    catch (Exception e) { Console.WriteLine($"DTO [{s}] [{f}] {st}: {e.GetType().Name}: {e.Message}"); }
}

void Ts(string s, string f, TimeSpanStyles st = TimeSpanStyles.None)
{
    try { Console.WriteLine($"TS [{s}] [{f}] {st}: " + TimeSpan.ParseExact(s, f, inv, st).ToString("c")); }
    catch (Exception e) { Console.WriteLine($"TS [{s}] [{f}] {st}: {e.GetType().Name}: {e.Message}"); }
}

// custom formats
Dt("2024-02-29", "yyyy-MM-dd");
Dt("29/02/2024 13:45:30", "dd/MM/yyyy HH:mm:ss");
Dt("1/2/24", "d/M/yy");
Dt("1/2/75", "d/M/yy");
Dt("5 Mar 2021", "d MMM yyyy");
Dt("05 march 2021", "dd MMMM yyyy");
Dt("Friday, 05 March 2021", "dddd, dd MMMM yyyy");
Dt("Thursday, 05 March 2021", "dddd, dd MMMM yyyy");
Dt("Fri 05 Mar 2021 8:30 PM", "ddd dd MMM yyyy h:mm tt");
Dt("Fri 05 Mar 2021 12:05 AM", "ddd dd MMM yyyy h:mm tt");
Dt("12:30", "hh:mm", DateTimeStyles.NoCurrentDateDefault);
Dt("13:30 PM", "HH:mm tt", DateTimeStyles.NoCurrentDateDefault);
Dt("01:30 PM", "HH:mm tt", DateTimeStyles.NoCurrentDateDefault);
Dt("7:05:09 a", "H:mm:ss t", DateTimeStyles.NoCurrentDateDefault);
Dt("2024-01-02T03:04:05.1234567", "yyyy-MM-ddTHH:mm:ss.fffffff");
Dt("2024-01-02 03:04:05.12", "yyyy-MM-dd HH:mm:ss.fff");
Dt("2024-01-02 03:04:05.12", "yyyy-MM-dd HH:mm:ss.FFF");
Dt("2024-01-02 03:04:05", "yyyy-MM-dd HH:mm:ss.FFF");
Dt("2024-01-02 03:04:05 +02:00", "yyyy-MM-dd HH:mm:ss zzz");
Dt("2024-01-02 03:04:05 +02:00", "yyyy-MM-dd HH:mm:ss zzz", DateTimeStyles.AdjustToUniversal);
Dt("2024-01-02 03:04:05 -5", "yyyy-MM-dd HH:mm:ss z", DateTimeStyles.AdjustToUniversal);
Dt("2024-01-02 03:04:05 -05", "yyyy-MM-dd HH:mm:ss zz", DateTimeStyles.AdjustToUniversal);
Dt("2024-01-02 03:04:05 -05", "yyyy-MM-dd HH:mm:ss zzz");
Dt("2024-01-02T03:04:05Z", "yyyy-MM-ddTHH:mm:ssK", DateTimeStyles.RoundtripKind);
Dt("2024-01-02T03:04:05Z", "yyyy-MM-ddTHH:mm:ssK");
Dt("2024-01-02T03:04:05", "yyyy-MM-ddTHH:mm:ssK", DateTimeStyles.RoundtripKind);
Dt("2024-01-02T03:04:05+01:00", "yyyy-MM-ddTHH:mm:ssK", DateTimeStyles.RoundtripKind);
Dt("2024-01-02T03:04:05Z", "yyyy-MM-ddTHH:mm:ssZ");
Dt("2024-01-02T03:04:05Z", "yyyy-MM-ddTHH:mm:ss'Z'");
Dt("Year 2024, day 5", "'Year' yyyy', day' d");
Dt("2024\\05", "yyyy\\\\MM");
Dt("2024.05", "yyyy.MM");
Dt("2024-05", "yyyy-MM");
Dt("2024", "yyyy");
Dt("7", "%M", DateTimeStyles.NoCurrentDateDefault);
Dt("2021-02-29", "yyyy-MM-dd");
Dt("2021-13-01", "yyyy-MM-dd");
Dt("2021-12-01 24:00", "yyyy-MM-dd HH:mm");
Dt("2021-12-1", "yyyy-MM-dd");
Dt("21-12-01", "yyyy-MM-dd");
Dt("2021-12-01x", "yyyy-MM-dd");
Dt("", "yyyy-MM-dd");
Dt("2021-12-01", "");
Dt("2021-12-01", "Q");
Dt("  2021-12-01  ", "yyyy-MM-dd");
Dt("  2021-12-01  ", "yyyy-MM-dd", DateTimeStyles.AllowLeadingWhite);
Dt("  2021-12-01  ", "yyyy-MM-dd", DateTimeStyles.AllowWhiteSpaces);
Dt("2021 - 12 - 01", "yyyy-MM-dd", DateTimeStyles.AllowInnerWhite);
Dt("2021-12-01  10:00", "yyyy-MM-dd HH:mm");
Dt("2021-12-01  10:00", "yyyy-MM-dd HH:mm", DateTimeStyles.AllowInnerWhite);
Dt("2021-12-01 10:00", "yyyy-MM-dd HH:mm", DateTimeStyles.AssumeUniversal);
Dt("2021-12-01 10:00", "yyyy-MM-dd HH:mm", DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
Dt("2021-12-01 10:00", "yyyy-MM-dd HH:mm", DateTimeStyles.AssumeLocal);
Dt("2021-12-01 10:00", "yyyy-MM-dd HH:mm", DateTimeStyles.AdjustToUniversal);
Dt("2021-12-01 10:00", "yyyy-MM-dd HH:mm", DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal);
Dt("2021-12-01 10:00", "yyyy-MM-dd HH:mm", DateTimeStyles.RoundtripKind | DateTimeStyles.AdjustToUniversal);
Dt("2021-12-01 10:00", "yyyy-MM-dd HH:mm", (DateTimeStyles)1024);
Dt("10:00", "HH:mm", DateTimeStyles.NoCurrentDateDefault);
Console.WriteLine("today default " + (DateTime.ParseExact("10:00", "HH:mm", inv).Date == DateTime.Today));
Console.WriteLine("year default " + (DateTime.ParseExact("03-04", "MM-dd", inv).Year == DateTime.Today.Year));

// standard formats
Dt("06/15/2008", "d");
Dt("6/15/2008", "d");
Dt("Sunday, 15 June 2008", "D");
Dt("06/15/2008 21:05", "g");
Dt("06/15/2008 21:05:07", "G");
Dt("Sunday, 15 June 2008 21:05:07", "F");
Dt("Sunday, 15 June 2008 21:05", "f");
Dt("June 15", "m");
Dt("2008 June", "y");
Dt("21:05", "t", DateTimeStyles.NoCurrentDateDefault);
Dt("21:05:07", "T", DateTimeStyles.NoCurrentDateDefault);
Dt("2008-06-15T21:05:07", "s");
Dt("2008-06-15 21:05:07Z", "u");
Dt("Sunday, 15 June 2008 21:05:07", "U");
Dt("Sun, 15 Jun 2008 21:05:07 GMT", "r");
Dt("Sun, 15 Jun 2008 21:05:07 GMT", "R");
Dt("2008-06-15T21:05:07.1234567", "o");
Dt("2008-06-15T21:05:07.1234567Z", "o");
Dt("2008-06-15T21:05:07.1234567Z", "O", DateTimeStyles.RoundtripKind);
Dt("2008-06-15T21:05:07.1234567-07:00", "o");
Dt("2008-06-15T21:05:07.1234567-07:00", "o", DateTimeStyles.AdjustToUniversal);

// several formats
string[] formats = { "yyyy-MM-dd", "dd/MM/yyyy", "MMM d, yyyy", "yyyyMMdd" };
foreach (var s in new[] { "2020-07-04", "04/07/2020", "Jul 4, 2020", "20200704", "July 4, 2020", "x" })
{
    bool ok = DateTime.TryParseExact(s, formats, inv, DateTimeStyles.None, out var d);
    Console.WriteLine($"many [{s}] {ok} {K(d)}");
}
try { DateTime.ParseExact("x", formats, inv, DateTimeStyles.None); } catch (FormatException e) { Console.WriteLine("many: " + e.Message); }
try { DateTime.ParseExact("x", new string[0], inv, DateTimeStyles.None); } catch (FormatException e) { Console.WriteLine("none: " + e.Message); }
try { DateTime.ParseExact("x", new string[] { "yyyy", null }, inv, DateTimeStyles.None); } catch (FormatException e) { Console.WriteLine("null format: " + e.Message); }
try { DateTime.ParseExact(null, "yyyy", inv); } catch (ArgumentNullException e) { Console.WriteLine("null s: " + e.ParamName); }
try { DateTime.ParseExact("2020", (string)null, inv); } catch (ArgumentNullException e) { Console.WriteLine("null format: " + e.ParamName); }
try { DateTime.ParseExact("2020", (string[])null, inv, DateTimeStyles.None); } catch (ArgumentNullException e) { Console.WriteLine("null formats: " + e.ParamName); }
Console.WriteLine("try null " + DateTime.TryParseExact(null, "yyyy", inv, DateTimeStyles.None, out _));
Console.WriteLine("span " + K(DateTime.ParseExact("2020-01-02".AsSpan(), "yyyy-MM-dd".AsSpan(), inv)));
Console.WriteLine("span try " + DateTime.TryParseExact("2020-01-02".AsSpan(), "yyyy-MM-dd".AsSpan(), inv, DateTimeStyles.None, out var sp) + " " + K(sp));

// a culture of our own
var dtfi = (DateTimeFormatInfo)inv.DateTimeFormat.Clone();
dtfi.DateSeparator = ".";
dtfi.TimeSeparator = "h";
dtfi.AMDesignator = "vorm.";
dtfi.PMDesignator = "nachm.";
Dt2("24.12.2023 07h15", "dd/MM/yyyy HH:mm", dtfi);
Dt2("24.12.2023 07h15 nachm.", "dd/MM/yyyy hh:mm tt", dtfi);
void Dt2(string s, string f, IFormatProvider p)
{
    try { Console.WriteLine($"DT2 [{s}] [{f}]: " + K(DateTime.ParseExact(s, f, p))); }
    catch (Exception e) { Console.WriteLine($"DT2 [{s}] [{f}]: {e.GetType().Name}: {e.Message}"); }
}

// DateTimeOffset
Dto("2024-01-02 03:04:05 +02:00", "yyyy-MM-dd HH:mm:ss zzz");
Dto("2024-01-02 03:04:05 +02:00", "yyyy-MM-dd HH:mm:ss zzz", DateTimeStyles.AdjustToUniversal);
Dto("2024-01-02 03:04:05 -0530", "yyyy-MM-dd HH:mm:ss zzz");
Dto("2024-01-02 03:04:05", "yyyy-MM-dd HH:mm:ss");
Dto("2024-01-02 03:04:05", "yyyy-MM-dd HH:mm:ss", DateTimeStyles.AssumeUniversal);
Dto("2024-01-02T03:04:05.5000000+01:00", "o");
Dto("2024-01-02 03:04:05Z", "u");
Dto("Tue, 02 Jan 2024 03:04:05 GMT", "r");
Dto("2024-01-02 03:04:05 +15:00", "yyyy-MM-dd HH:mm:ss zzz");
Dto("2024-01-02", "yyyy-MM-dd", DateTimeStyles.NoCurrentDateDefault);
Dto("bad", "yyyy-MM-dd");
Console.WriteLine("dto many " + O(DateTimeOffset.ParseExact("02/01/2024 +01:00", new[] { "yyyy-MM-dd zzz", "dd/MM/yyyy zzz" }, inv, DateTimeStyles.None)));
Console.WriteLine("dto try " + DateTimeOffset.TryParseExact("2024-13-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var dto) + " " + O(dto));

// TimeSpan
Ts("1.02:03:04.5", "c");
Ts("-02:03:04", "c");
Ts("02:03", "c");
Ts("5", "c");
Ts("1:02:03:04.5", "c");
Ts("1:02:03:04.5", "g");
Ts("-1:02:03:04.5000000", "G");
Ts("02:03:04", "G");
Ts("24:00:00", "c");
Ts("00:60:00", "c");
Ts("00:00:00.12345678", "c");
Ts(" 02:03 ", "c");
Ts("x", "c");
Ts("02:03", "q");
Ts("3:15", "h\\:mm");
Ts("03:15", "hh\\:mm");
Ts("3:15", "hh\\:mm");
Ts("3:15", "h':'mm", TimeSpanStyles.AssumeNegative);
Ts("12 days 03h", "d' days 'hh'h'");
Ts("1.5", "%s\\.f");
Ts("1.05", "s\\.FF");
Ts("1.5", "s\\.FF");
Ts("25:00", "hh\\:mm");
Ts("3:15", "h:mm");
Ts("3:15", "");
Ts("00123", "ddddd");
foreach (var s in new[] { "1:02", "01:02:03", "x" })
    Console.WriteLine($"ts many [{s}] " + TimeSpan.TryParseExact(s, new[] { "h\\:mm", "hh\\:mm\\:ss" }, inv, out var t) + " " + t);
try { TimeSpan.ParseExact("1", new string[0], inv); } catch (FormatException e) { Console.WriteLine("ts none: " + e.Message); }
try { TimeSpan.ParseExact("1", "c", inv, (TimeSpanStyles)4); } catch (ArgumentException e) { Console.WriteLine("ts styles: " + e.Message); }
Console.WriteLine("ts try null " + TimeSpan.TryParseExact(null, "c", inv, out _));

// DateTime.Parse (not exact) reads the culture's own patterns too
var dotted = (CultureInfo)inv.Clone();
dotted.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
dotted.DateTimeFormat.LongTimePattern = "HH.mm.ss";
foreach (var s in new[] { "24.12.2023", "2023-12-24", "Sunday, 24 December 2023", "24.13.2023" })
    Console.WriteLine($"parse [{s}] " + (DateTime.TryParse(s, dotted, DateTimeStyles.None, out var pd) ? K(pd) : "no"));
