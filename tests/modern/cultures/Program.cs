// For every culture the corlib carries data for: names, number, currency,
// percent and date/time formatting with every standard and several custom
// formats, parsing round trips, casing, the region. Then switching
// CurrentCulture / DefaultThreadCurrentCulture.
using System.Globalization;

string[] names = {
    "en", "en-US", "en-GB", "en-CA", "en-AU", "en-IN", "en-IE", "en-NZ", "en-ZA",
    "de", "de-DE", "de-AT", "de-CH", "fr", "fr-FR", "fr-CA", "fr-CH", "fr-BE",
    "es", "es-ES", "es-MX", "es-AR", "es-CO", "es-US", "it", "it-IT", "pt", "pt-BR", "pt-PT",
    "nl", "nl-NL", "nl-BE", "sv", "sv-SE", "da", "da-DK", "nb", "nb-NO", "fi", "fi-FI",
    "pl", "pl-PL", "cs", "cs-CZ", "hu", "hu-HU", "ro", "ro-RO", "el", "el-GR", "ru", "ru-RU",
    "uk", "uk-UA", "tr", "tr-TR", "he", "he-IL", "ar", "ar-SA", "hi", "hi-IN", "th", "th-TH",
    "ja", "ja-JP", "zh", "zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "ko", "ko-KR", "id", "id-ID", "vi", "vi-VN",
};

double[] doubles = { 0, 1234567.891, -1234567.891, 0.5, -0.05, 1e21, 3.14159, -7 };
decimal[] decimals = { 1234.5m, -1234.5m, 0.125m, 1000000m };
string[] numFormats = { "", "N", "N0", "N3", "C", "C0", "P", "P1", "F2", "E3", "G", "#,##0.00", "0.###;(0.###)" };
DateTime[] dates = { new DateTime(2024, 3, 5, 14, 7, 9, 123), new DateTime(1999, 12, 31, 0, 5, 6), new DateTime(2023, 7, 22, 9, 30, 0) };
string[] dateFormats = { "d", "D", "f", "F", "g", "G", "M", "Y", "t", "T", "dddd, d MMMM yyyy", "d MMMM", "MMMM yyyy", "ddd d MMM", "MMM", "dd MMM yyyy", "tt h:mm", "yy/M/d HH:mm", "MMMM" };

foreach (string n in names)
{
    CultureInfo c = new CultureInfo(n);
    Console.WriteLine($"== {c.Name} | {c.DisplayName} | {c.EnglishName} | {c.NativeName} | {c.TwoLetterISOLanguageName} {c.ThreeLetterISOLanguageName} {c.ThreeLetterWindowsLanguageName} | LCID {c.LCID} | neutral {c.IsNeutralCulture} | parent [{c.Parent.Name}] | {c.CultureTypes}");
    TextInfo ti = c.TextInfo;
    Console.WriteLine($"  text: [{ti.ListSeparator}] rtl {ti.IsRightToLeft} {ti.ANSICodePage} {ti.OEMCodePage} {ti.MacCodePage} {ti.EBCDICCodePage} {ti.LCID} | {ti.ToUpper("iIıİ straße")} | {ti.ToLower("iIıİ STRASSE")} | {"title".ToUpper(c)} {'i'.ToString().ToUpper(c)} {char.ToUpper('i', c)} {char.ToLower('I', c)}");
    // (the Hebrew and Japanese calendars are not in the corlib: docs/corlib.md)
    Console.WriteLine($"  calendar: {c.Calendar.GetType().Name} [{string.Join(",", c.OptionalCalendars.Select(x => x.GetType().Name).Where(x => x != "HebrewCalendar" && x != "JapaneseCalendar"))}]");
    NumberFormatInfo nf = c.NumberFormat;
    Console.WriteLine($"  nfi: [{nf.NumberDecimalSeparator}] [{nf.NumberGroupSeparator}] {string.Join(",", nf.NumberGroupSizes)} {nf.NumberDecimalDigits} {nf.NumberNegativePattern} | [{nf.CurrencySymbol}] [{nf.CurrencyDecimalSeparator}] [{nf.CurrencyGroupSeparator}] {string.Join(",", nf.CurrencyGroupSizes)} {nf.CurrencyDecimalDigits} {nf.CurrencyPositivePattern} {nf.CurrencyNegativePattern} | [{nf.PercentSymbol}] {nf.PercentPositivePattern} {nf.PercentNegativePattern} [{nf.PerMilleSymbol}] | [{nf.NegativeSign}] [{nf.PositiveSign}] [{nf.NaNSymbol}] [{nf.PositiveInfinitySymbol}] [{nf.NegativeInfinitySymbol}] {nf.DigitSubstitution} {nf.IsReadOnly}");
    foreach (double d in doubles)
        Console.WriteLine("  " + d.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(" | ", numFormats.Select(f => d.ToString(f, c))));
    foreach (decimal m in decimals)
        Console.WriteLine("  " + m.ToString(CultureInfo.InvariantCulture) + "m: " + string.Join(" | ", numFormats.Where(f => f != "E3" || true).Select(f => m.ToString(f, c))));
    Console.WriteLine($"  ints: {(-42).ToString(c)} {123456789.ToString("N0", c)} {(-123456789012345678L).ToString("N", c)} {int.MinValue.ToString("C", c)} {(0.0 / 0).ToString(c)} {double.PositiveInfinity.ToString(c)} {double.NegativeInfinity.ToString(c)} {1.5f.ToString(c)} {string.Format(c, "{0:N2}/{1:C}/{2:P0}", 9876.54, 12.3m, 0.256)}");
    // parsing round trips
    foreach (double d in new[] { 1234567.891, -1234567.891, 0.5, 3.25 })
    {
        string sN = d.ToString("N3", c), sR = d.ToString(c), sC = d.ToString("C", c);
        bool okN = double.TryParse(sN, NumberStyles.Number, c, out double pN);
        bool okR = double.TryParse(sR, NumberStyles.Float | NumberStyles.AllowThousands, c, out double pR);
        bool okC = decimal.TryParse(sC, NumberStyles.Currency, c, out decimal pC);
        Console.WriteLine($"  parse {sN} -> {okN} {pN.ToString(CultureInfo.InvariantCulture)} | {sR} -> {okR} {pR.ToString(CultureInfo.InvariantCulture)} | {sC} -> {okC} {pC.ToString(CultureInfo.InvariantCulture)}");
    }
    Console.WriteLine($"  int parse: {int.Parse(123456789.ToString("N0", c), NumberStyles.Number, c)} {int.TryParse("-17", NumberStyles.Integer, c, out int i17)} {i17} {decimal.Parse("1234" + nf.NumberDecimalSeparator + "5", c)} {double.TryParse("1,5", NumberStyles.Float, c, out double p15)} {p15.ToString(CultureInfo.InvariantCulture)} {double.TryParse("1.5", NumberStyles.Float, c, out double q15)} {q15.ToString(CultureInfo.InvariantCulture)}");
    DateTimeFormatInfo df = c.DateTimeFormat;
    Console.WriteLine($"  dtfi: [{df.AMDesignator}] [{df.PMDesignator}] [{df.DateSeparator}] [{df.TimeSeparator}] {df.FirstDayOfWeek} {df.CalendarWeekRule} | {df.ShortDatePattern} | {df.LongDatePattern} | {df.ShortTimePattern} | {df.LongTimePattern} | {df.FullDateTimePattern} | {df.MonthDayPattern} | {df.YearMonthPattern} | {df.NativeCalendarName}");
    Console.WriteLine($"  names: {string.Join(",", df.DayNames)} | {string.Join(",", df.AbbreviatedDayNames)} | {string.Join(",", df.ShortestDayNames)}");
    Console.WriteLine($"  months: {string.Join(",", df.MonthNames)} | {string.Join(",", df.AbbreviatedMonthNames)} | {string.Join(",", df.MonthGenitiveNames)} | {string.Join(",", df.AbbreviatedMonthGenitiveNames)}");
    Console.WriteLine($"  patterns d: {string.Join(" ; ", df.GetAllDateTimePatterns('d'))} | D: {string.Join(" ; ", df.GetAllDateTimePatterns('D'))} | t: {string.Join(" ; ", df.GetAllDateTimePatterns('t'))} | T: {string.Join(" ; ", df.GetAllDateTimePatterns('T'))} | y: {string.Join(" ; ", df.GetAllDateTimePatterns('y'))}");
    foreach (DateTime dt in dates)
    {
        Console.WriteLine("  " + dt.ToString("s", CultureInfo.InvariantCulture) + ": " + dt.ToString(c) + " | " + string.Join(" | ", dateFormats.Select(f => dt.ToString(f, c))));
        DateTime noMs = dt.AddTicks(-(dt.Ticks % TimeSpan.TicksPerSecond));
        string g = dt.ToString(c), sd = dt.ToString("d", c), ld = dt.ToString("D", c);
        bool okG = DateTime.TryParse(g, c, DateTimeStyles.None, out DateTime pg);
        bool okd = DateTime.TryParse(sd, c, DateTimeStyles.None, out DateTime pd);
        bool okD = DateTime.TryParse(ld, c, DateTimeStyles.None, out DateTime pD);
        bool okX = DateTime.TryParseExact(ld, "D", c, DateTimeStyles.None, out DateTime pX);
        // .NET's DateTime.Parse rejects the long dates of ar, he, ja, th and zh, which Cilantro's accepts (docs/corlib.md)
        bool lenientD = !new[] { "ar", "he", "ja", "th", "zh" }.Contains(c.TwoLetterISOLanguageName);
        Console.WriteLine($"    parse G {okG && pg == noMs} d {okd && pd == dt.Date} D {(lenientD ? (okD && pD == dt.Date).ToString() : "-")} exact D {okX && pX == dt.Date}");
    }
    if (!c.IsNeutralCulture)
    {
        RegionInfo r = new RegionInfo(c.Name);
        Console.WriteLine($"  region: {r.Name} | {r.DisplayName} | {r.EnglishName} | {r.NativeName} | {r.TwoLetterISORegionName} {r.ThreeLetterISORegionName} {r.ThreeLetterWindowsRegionName} | metric {r.IsMetric} | geo {r.GeoId} | [{r.CurrencySymbol}] {r.ISOCurrencySymbol} {r.CurrencyEnglishName} | {r.CurrencyNativeName}");
    }
}

// Names: case-insensitive, normalized; cached read-only instances, writable clones.
Console.WriteLine($"{new CultureInfo("EN-us").Name} {new CultureInfo("de-de").DisplayName} {CultureInfo.GetCultureInfo("ZH-hant").Name} {CultureInfo.GetCultureInfo("zh-TW").Parent.Name} {CultureInfo.GetCultureInfo("zh-Hant").Parent.Name}");
Console.WriteLine($"{CultureInfo.GetCultureInfo("de-DE").IsReadOnly} {new CultureInfo("de-DE").IsReadOnly} {new CultureInfo("de-DE").NumberFormat.IsReadOnly} {CultureInfo.GetCultureInfo("de-DE").NumberFormat.IsReadOnly} {ReferenceEquals(CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("de-de"))} {new CultureInfo("de-DE").UseUserOverride} {CultureInfo.GetCultureInfo("de-DE").UseUserOverride} {new CultureInfo("de-DE").Equals(CultureInfo.GetCultureInfo("de-DE"))}");
Console.WriteLine($"{CultureInfo.CreateSpecificCulture("de").Name} {CultureInfo.CreateSpecificCulture("fr").Name} {CultureInfo.CreateSpecificCulture("en").Name} {CultureInfo.CreateSpecificCulture("pt").Name} {CultureInfo.CreateSpecificCulture("de-AT").Name}");
Console.WriteLine($"{new CultureInfo(1031).Name} {CultureInfo.GetCultureInfo(1041).DisplayName} {new RegionInfo("DE").NativeName} {new RegionInfo("us").Name} {new RegionInfo("BE").NativeName} {new RegionInfo("IN").NativeName} {new RegionInfo(1036).Name}");
var writable = new CultureInfo("fr-FR");
writable.NumberFormat.CurrencySymbol = "EUR";
writable.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
Console.WriteLine($"{1234.5m.ToString("C", writable)} {new DateTime(2024, 3, 5).ToString("d", writable)} {1234.5m.ToString("C", CultureInfo.GetCultureInfo("fr-FR"))}");
try { CultureInfo.GetCultureInfo("fr-FR").NumberFormat.CurrencySymbol = "x"; } catch (InvalidOperationException e) { Console.WriteLine("read-only: " + e.Message); }
var specifics = CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(x => x.Name).ToHashSet();
var neutrals = CultureInfo.GetCultures(CultureTypes.NeutralCultures).Select(x => x.Name).ToHashSet();
Console.WriteLine("listed: " + string.Join(",", names.Where(x => !(specifics.Contains(x) || neutrals.Contains(x)))) + "| " + neutrals.Contains("") + " " + specifics.Contains(""));

// The current culture.
Console.WriteLine($"[{CultureInfo.CurrentCulture.Name}] [{CultureInfo.CurrentUICulture.Name}] {3.5} {new DateTime(2024, 3, 5, 14, 7, 9)}");
CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("fr-FR");
Console.WriteLine($"[{CultureInfo.CurrentCulture.Name}] {3.5} {1234.5:N} {new DateTime(2024, 3, 5, 14, 7, 9)} {double.Parse("2,5").ToString(CultureInfo.InvariantCulture)}");
CultureInfo.CurrentCulture = new CultureInfo("de-DE");
Console.WriteLine($"[{CultureInfo.CurrentCulture.Name}] {3.5.ToString()} {double.Parse("3,25").ToString(CultureInfo.InvariantCulture)} {1234567.891:N2} {1234.5m:C} {0.256:P1} {new DateTime(2024, 3, 5, 14, 7, 9)} {new DateTime(2024, 3, 5):D} {DateTime.Parse("05.03.2024 14:07:09"):s} {string.Format("{0:N1}", 1.25)} {(12.5).ToString("F1")} {decimal.Parse("1.234,5")}");
CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
Console.WriteLine($"[{CultureInfo.CurrentCulture.Name}] {"istanbul".ToUpper()} {"ISPARTA".ToLower()} {"istanbul".ToUpperInvariant()} {char.ToUpper('i')} {1234.5:N}");
CultureInfo.CurrentCulture = new CultureInfo("ja-JP");
Console.WriteLine($"[{CultureInfo.CurrentCulture.Name}] {1234.5m:C} {new DateTime(2024, 3, 5, 14, 7, 9)} {new DateTime(2024, 3, 5):D}");
CultureInfo.CurrentUICulture = new CultureInfo("es-ES");
Console.WriteLine($"[{CultureInfo.CurrentUICulture.Name}] {CultureInfo.CurrentUICulture.DisplayName}");
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.WriteLine($"[{CultureInfo.CurrentCulture.Name}] {3.5} {1234.5:C} {new DateTime(2024, 3, 5, 14, 7, 9)}");

// The Um al-Qura calendar (ar-SA's).
var uq = new UmAlQuraCalendar();
Console.WriteLine($"{uq.MinSupportedDateTime:s} {uq.MaxSupportedDateTime:O} {uq.GetDaysInYear(1445)} {uq.GetDaysInMonth(1445, 9)} {uq.IsLeapYear(1444)} {uq.ToDateTime(1445, 9, 1, 0, 0, 0, 0):d} {uq.GetYear(new DateTime(2000, 1, 1))}/{uq.GetMonth(new DateTime(2000, 1, 1))}/{uq.GetDayOfMonth(new DateTime(2000, 1, 1))} {uq.AddMonths(new DateTime(2024, 3, 5), 13):d} {uq.TwoDigitYearMax} {uq.ToFourDigitYear(45)}");
for (int y = 1318; y <= 1500; y += 13) Console.Write(uq.GetDaysInYear(y) + " ");
Console.WriteLine();
try { uq.GetYear(new DateTime(1800, 1, 1)); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }

// Names that are not cultures, with ICU on.
try { new CultureInfo("not a culture!"); } catch (CultureNotFoundException e) { Console.WriteLine(e.Message.Replace(Environment.NewLine, " / ")); }
try { new CultureInfo(1033000); } catch (CultureNotFoundException e) { Console.WriteLine(e.Message.Replace(Environment.NewLine, " / ")); }

// More formatting and parsing paths with a culture.
{
    var de = new CultureInfo("de-DE"); var ru = new CultureInfo("ru-RU"); var pl = new CultureInfo("pl-PL"); var us = new CultureInfo("en-US");
    var dt = new DateTime(2024, 3, 5, 14, 7, 9, 500);
    Console.WriteLine(new TimeSpan(1, 2, 3, 4, 500).ToString("g", de) + " | " + new TimeSpan(1, 2, 3, 4, 500).ToString("G", de) + " | " + new TimeSpan(0, 2, 3, 4, 500).ToString("c", de));
    Console.WriteLine(new DateOnly(2024, 3, 5).ToString(de) + " | " + new DateOnly(2024, 3, 5).ToString("D", de) + " | " + new TimeOnly(14, 7, 9).ToString(de) + " | " + new TimeOnly(14, 7, 9).ToString(us));
    Console.WriteLine(new DateTimeOffset(dt, TimeSpan.FromHours(2)).ToString(de) + " | " + new DateTimeOffset(dt, TimeSpan.FromHours(2)).ToString("D", ru));
    Console.WriteLine(dt.ToString("d MMMM", pl) + " | " + dt.ToString("MMMM", pl) + " | " + dt.ToString("dd MMM", pl) + " | " + dt.ToString("D", pl) + " | " + dt.ToString("MMMM d", ru) + " | " + dt.ToString("dddd MMMM", ru));
    Console.WriteLine(1.5f.ToString(de) + " " + (1e-7).ToString(de) + " " + 1e20.ToString(de) + " " + (-0.0).ToString(de) + " " + 12345.678m.ToString(de) + " " + System.Numerics.BigInteger.Parse("-1234567").ToString("N0", de) + " " + ((Half)1.5).ToString(de) + " " + Half.Parse("1,5", de));
    Console.WriteLine(string.Format(de, "{0} {1:N} {2:d}", 1.5, 1234.5, dt) + " " + Convert.ToString(2.5, de) + " " + Convert.ToDouble("2,5", de).ToString(CultureInfo.InvariantCulture));
    Console.WriteLine(double.Parse("1.234,5", de).ToString(CultureInfo.InvariantCulture) + " " + float.Parse("1,5", de).ToString(CultureInfo.InvariantCulture) + " " + decimal.Parse("-1.234,5 €", NumberStyles.Currency, de).ToString(CultureInfo.InvariantCulture) + " " + int.Parse("1.234", NumberStyles.AllowThousands, de));
    Console.WriteLine(DateTime.Parse("5. März 2024", de).ToString("s") + " " + DateTime.Parse("05.03.2024", de).ToString("s") + " " + DateTime.ParseExact("5 марта 2024", "d MMMM yyyy", ru).ToString("s"));
    Console.WriteLine(DateTime.Parse("3/5/2024 2:07 PM", us).ToString("s") + " " + DateTime.Parse("March 5, 2024", us).ToString("s"));
    Console.WriteLine(dt.ToString("g", new CultureInfo("ko-KR")) + " | " + dt.ToString("F", new CultureInfo("zh-TW")) + " | " + dt.ToString("D", new CultureInfo("hi-IN")) + " | " + dt.ToString("tt h", new CultureInfo("ko-KR")));
    Console.WriteLine(DateTime.Parse("5/3/2567", new CultureInfo("th-TH")).ToString("s") + " " + DateTime.Parse("24/8/1445", new CultureInfo("ar-SA")).ToString("s"));
}
Console.WriteLine($"region: {RegionInfo.CurrentRegion.Name}");
CultureInfo.CurrentCulture = new CultureInfo("pt-BR");
CultureInfo.CurrentCulture.ClearCachedData();
Console.WriteLine($"region: {RegionInfo.CurrentRegion.Name} {RegionInfo.CurrentRegion.CurrencySymbol} {1234.5m:C} {"ıi".ToUpper()} {new DateTime(2024, 3, 5):D}");
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
