using System.Globalization;
using System.Text;

static void Try(string label, Action a)
{
    try { a(); Console.WriteLine(label + ": ok"); }
    catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message.Replace(Environment.NewLine, " | ")); }
}

// NumberFormatInfo as properties
var nfi = NumberFormatInfo.CurrentInfo;
Console.WriteLine($"[{nfi.NumberDecimalSeparator}] [{nfi.NumberGroupSeparator}] [{nfi.NegativeSign}] [{nfi.PositiveSign}] [{nfi.CurrencySymbol}] [{nfi.PercentSymbol}] [{nfi.PerMilleSymbol}] [{nfi.NaNSymbol}] [{nfi.PositiveInfinitySymbol}] [{nfi.NegativeInfinitySymbol}]");
Console.WriteLine($"{nfi.NumberDecimalDigits} {nfi.CurrencyDecimalDigits} {nfi.PercentDecimalDigits} {nfi.NumberNegativePattern} {nfi.CurrencyNegativePattern} {nfi.CurrencyPositivePattern} {nfi.PercentNegativePattern} {nfi.PercentPositivePattern} {string.Join(",", nfi.NumberGroupSizes)} {nfi.DigitSubstitution} {string.Join("", nfi.NativeDigits)}");
Console.WriteLine(NumberFormatInfo.InvariantInfo.IsReadOnly + " " + new NumberFormatInfo().IsReadOnly + " " + CultureInfo.InvariantCulture.NumberFormat.IsReadOnly);
Try("set readonly", () => NumberFormatInfo.InvariantInfo.NegativeSign = "~");
var custom = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
Console.WriteLine("clone readonly: " + custom.IsReadOnly);
custom.NumberDecimalSeparator = ",";
custom.NumberGroupSeparator = " ";
custom.NumberGroupSizes = new[] { 3, 2 };
custom.NegativeSign = "~";
custom.CurrencySymbol = "EUR";
custom.CurrencyPositivePattern = 3;
custom.CurrencyNegativePattern = 8;
custom.PercentPositivePattern = 1;
Console.WriteLine(1234567.891.ToString("N2", custom) + " | " + (-42.5).ToString("N1", custom) + " | " + 1234.5m.ToString("C", custom) + " | " + (-1234.5m).ToString("C", custom) + " | " + 0.256.ToString("P1", custom));
Console.WriteLine(double.Parse("~1 234,5", NumberStyles.Number, custom) + " " + int.Parse("~77", custom));
Try("null sign", () => custom.NegativeSign = null);
Try("digits 100", () => custom.NumberDecimalDigits = 100);
Try("pattern 5", () => custom.NumberNegativePattern = 5);
Try("group sizes", () => custom.NumberGroupSizes = new[] { 3, 0, 2 });
Try("empty decimal sep", () => custom.NumberDecimalSeparator = "");
var ro = NumberFormatInfo.ReadOnly(custom);
Console.WriteLine(ro.IsReadOnly + " " + ro.NumberDecimalSeparator + " " + ReferenceEquals(NumberFormatInfo.ReadOnly(ro), ro));
Console.WriteLine(ReferenceEquals(NumberFormatInfo.GetInstance(custom), custom) + " " + ReferenceEquals(NumberFormatInfo.GetInstance(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture.NumberFormat));

// DateTimeFormatInfo as properties
var d = DateTimeFormatInfo.InvariantInfo;
Console.WriteLine($"{d.ShortDatePattern} | {d.LongDatePattern} | {d.ShortTimePattern} | {d.LongTimePattern} | {d.FullDateTimePattern} | {d.MonthDayPattern} | {d.YearMonthPattern} | {d.RFC1123Pattern} | {d.SortableDateTimePattern} | {d.UniversalSortableDateTimePattern}");
Console.WriteLine($"{d.AMDesignator} {d.PMDesignator} {d.DateSeparator} {d.TimeSeparator} {d.FirstDayOfWeek} {d.CalendarWeekRule} {d.NativeCalendarName} {d.Calendar.GetType().Name} {d.IsReadOnly}");
Console.WriteLine(string.Join(",", d.DayNames) + " / " + string.Join(",", d.AbbreviatedDayNames) + " / " + string.Join(",", d.ShortestDayNames));
Console.WriteLine(string.Join(",", d.MonthNames) + " / " + string.Join(",", d.AbbreviatedMonthNames) + " / " + d.MonthGenitiveNames.Length + " " + d.AbbreviatedMonthGenitiveNames[0]);
Console.WriteLine(d.GetDayName(DayOfWeek.Wednesday) + " " + d.GetAbbreviatedDayName(DayOfWeek.Friday) + " " + d.GetShortestDayName(DayOfWeek.Monday) + " " + d.GetMonthName(2) + " " + d.GetAbbreviatedMonthName(11));
Console.WriteLine(d.GetEraName(1) + " " + d.GetAbbreviatedEraName(1) + " " + d.GetEra("A.D.") + " " + d.GetEra("ad") + " " + d.GetEra("BC"));
Console.WriteLine(string.Join(";", d.GetAllDateTimePatterns()));
Console.WriteLine(string.Join(";", d.GetAllDateTimePatterns('g')));
Try("dtfi readonly", () => d.AMDesignator = "x");
Try("month 14", () => d.GetMonthName(14));
var dc = (DateTimeFormatInfo)d.Clone();
dc.ShortDatePattern = "dd.MM.yyyy";
dc.LongTimePattern = "HH.mm.ss";
dc.DateSeparator = ".";
dc.AMDesignator = "vorm.";
dc.DayNames = new[] { "So", "Mo", "Di", "Mi", "Do", "Fr", "Sa" };
var when = new DateTime(2024, 3, 5, 7, 8, 9);
Console.WriteLine(when.ToString("d", dc) + " | " + when.ToString("T", dc) + " | " + when.ToString("dddd hh tt", dc) + " | " + string.Join(";", dc.GetAllDateTimePatterns('d')));
Try("day names 6", () => dc.DayNames = new string[6]);
dc.SetAllDateTimePatterns(new[] { "yyyy/MM/dd", "d/M/yy" }, 'd');
Console.WriteLine(dc.ShortDatePattern + " " + when.ToString("d", dc));
Try("set all 'f'", () => dc.SetAllDateTimePatterns(new[] { "x" }, 'f'));

// CultureInfo
var inv = CultureInfo.InvariantCulture;
Console.WriteLine($"[{inv.Name}] {inv.DisplayName} | {inv.EnglishName} | {inv.NativeName} | {inv.TwoLetterISOLanguageName} {inv.ThreeLetterISOLanguageName} {inv.ThreeLetterWindowsLanguageName} {inv.LCID} {inv.IsNeutralCulture} {inv.IsReadOnly} [{inv.Parent.Name}] {inv.CultureTypes} {inv.UseUserOverride} {inv.KeyboardLayoutId} [{inv.IetfLanguageTag}]");
Console.WriteLine($"{inv} | {inv.TextInfo} | {inv.CompareInfo} | {inv.Calendar.GetType().Name} {inv.OptionalCalendars.Length} {inv.Calendar.IsReadOnly}");
Console.WriteLine($"[{CultureInfo.CurrentCulture.Name}] [{CultureInfo.CurrentUICulture.Name}] {CultureInfo.DefaultThreadCurrentCulture == null} {CultureInfo.InstalledUICulture.Name.Length}");
var gi = CultureInfo.GetCultureInfo("");
Console.WriteLine(gi.IsReadOnly + " " + ReferenceEquals(gi, CultureInfo.GetCultureInfo("")) + " " + new CultureInfo("").IsReadOnly + " " + ((CultureInfo)inv.Clone()).IsReadOnly + " " + CultureInfo.ReadOnly(new CultureInfo("")).IsReadOnly + " " + inv.Equals(new CultureInfo("")));
Console.WriteLine(inv.GetFormat(typeof(NumberFormatInfo)) is NumberFormatInfo);
Console.WriteLine(inv.GetFormat(typeof(DateTimeFormatInfo)) is DateTimeFormatInfo);
Console.WriteLine(inv.GetFormat(typeof(string)) == null);
Console.WriteLine(CultureInfo.GetCultures(CultureTypes.AllCultures).Length);
Try("invariant nfi set", () => inv.NumberFormat = new NumberFormatInfo());
var mine = new CultureInfo("");
mine.NumberFormat.NumberDecimalSeparator = ",";
Console.WriteLine(3.25.ToString(mine) + " " + 3.25.ToString(inv));
var saved = CultureInfo.CurrentCulture;
CultureInfo.CurrentCulture = mine;
Console.WriteLine(1.5.ToString() + " " + $"{2.75}" + " " + double.Parse("4,5"));
CultureInfo.CurrentCulture = saved;
Console.WriteLine(1.5.ToString());
Try("bad lcid", () => new CultureInfo(1033 * 1000));
Try("null name", () => new CultureInfo(null!));
Try("bad name", () => new CultureInfo("not a culture!"));

// CompareInfo
var ci = inv.CompareInfo;
Console.WriteLine($"{Math.Sign(ci.Compare("abc", "abd"))} {ci.Compare("a", "A", CompareOptions.IgnoreCase)} {ci.Compare("a", "B", CompareOptions.Ordinal)} {ci.Compare("a", "B", CompareOptions.OrdinalIgnoreCase)} {ci.Compare("HELLO", "hello", CompareOptions.OrdinalIgnoreCase)} {Math.Sign(ci.Compare("abc", 1, "xbc", 1))} {Math.Sign(ci.Compare("abcd", 1, 2, "xbcz", 1, 2))} {ci.Compare(null, "a")} {ci.Compare("a", null)}");
Console.WriteLine($"{ci.IndexOf("Hello World", "WORLD", CompareOptions.IgnoreCase)} {ci.IndexOf("Hello World", "WORLD")} {ci.IndexOf("Hello", 'l')} {ci.IndexOf("Hello", 'L', CompareOptions.IgnoreCase)} {ci.IndexOf("Hello", 'l', 3)} {ci.IndexOf("abcabc", "bc", 2, 4)} {ci.LastIndexOf("abcabc", "bc")} {ci.LastIndexOf("abcabc", 'a')} {ci.LastIndexOf("abcABC", "BC", CompareOptions.OrdinalIgnoreCase)}");
Console.WriteLine($"{ci.IsPrefix("Hello", "he")} {ci.IsPrefix("Hello", "he", CompareOptions.IgnoreCase)} {ci.IsSuffix("Hello", "LO", CompareOptions.OrdinalIgnoreCase)} {ci.IsSuffix("Hello", "lo")} {ci.IsPrefix("Hello", "")}");
Console.WriteLine($"{ci.GetHashCode("abc", CompareOptions.IgnoreCase) == ci.GetHashCode("ABC", CompareOptions.IgnoreCase)} {ci.Name.Length} {ci.LCID} {CompareInfo.IsSortable('a')} {CompareInfo.IsSortable("")} {CompareInfo.IsSortable("\uD800")}");
Try("ordinal + ignorecase", () => ci.Compare("a", "b", CompareOptions.Ordinal | CompareOptions.IgnoreCase));
Try("indexof null", () => ci.IndexOf(null!, "a"));
var sk1 = ci.GetSortKey("abc");
Console.WriteLine(sk1.OriginalString + " " + Math.Sign(SortKey.Compare(ci.GetSortKey("b"), sk1)) + " " + Math.Sign(SortKey.Compare(ci.GetSortKey("ab"), sk1)) + " " + ci.GetSortKey("x").Equals(ci.GetSortKey("x")) + " " + ci.GetSortKey("x").ToString());
Try("sortkey ordinal", () => ci.GetSortKey("abc", CompareOptions.Ordinal));
var cmp = ci.GetStringComparer(CompareOptions.IgnoreCase);
Console.WriteLine(cmp.Equals("Straße", "STRASSE") + " " + cmp.Equals("abc", "ABC") + " " + (ci.GetStringComparer(CompareOptions.Ordinal) == StringComparer.Ordinal));

// TextInfo
var ti = inv.TextInfo;
foreach (var s in new[] { "hello wORLD it's 3rd-place mcDonald", "a3b c", "ABC def", "o'neil", "NASA rocks", "hello_world foo-bar", "\u00e9COLE \u00e0b", "a1B2c", "'quoted' words", "iPhone XS", "a.b.c", "\u01c6a", "HeLLo", "3RD" })
    Console.WriteLine(s + " => " + ti.ToTitleCase(s));
Console.WriteLine($"{ti.ToUpper("straße")} {ti.ToLower("ÀÉÎ")} {ti.ToUpper('q')} {ti.ListSeparator} {ti.ANSICodePage} {ti.OEMCodePage} {ti.MacCodePage} {ti.EBCDICCodePage} {ti.LCID} {ti.IsRightToLeft} {ti.IsReadOnly} [{ti.CultureName}]");
var tc = (TextInfo)ti.Clone(); tc.ListSeparator = ";"; Console.WriteLine(tc.ListSeparator + " " + tc.IsReadOnly + " " + TextInfo.ReadOnly(tc).IsReadOnly);
Try("ti readonly", () => ti.ListSeparator = ";");

// Calendar
var cal = new GregorianCalendar();
Console.WriteLine($"{cal.GetDaysInMonth(2024, 2)} {cal.GetDaysInYear(2023)} {cal.IsLeapYear(1900)} {cal.IsLeapYear(2000)} {cal.IsLeapDay(2024, 2, 29)} {cal.GetDayOfYear(new DateTime(2024, 3, 1))} {cal.GetDayOfWeek(new DateTime(2024, 3, 1))} {cal.GetMonthsInYear(2024)} {cal.GetEra(DateTime.Now)} {cal.GetLeapMonth(2024)}");
Console.WriteLine($"{cal.AddMonths(new DateTime(2024, 1, 31), 1):yyyy-MM-dd} {cal.AddYears(new DateTime(2024, 2, 29), 1):yyyy-MM-dd} {cal.AddDays(new DateTime(2024, 2, 28), 2):yyyy-MM-dd} {cal.AddWeeks(new DateTime(2024, 1, 1), 3):yyyy-MM-dd} {cal.AddHours(new DateTime(2024, 1, 1), 25):yyyy-MM-dd HH} {cal.ToDateTime(2020, 5, 6, 7, 8, 9, 10):O}");
Console.WriteLine($"{cal.MinSupportedDateTime.Ticks} {cal.MaxSupportedDateTime.Ticks} {cal.CalendarType} {cal.AlgorithmType} {cal.TwoDigitYearMax} {cal.ToFourDigitYear(29)} {cal.ToFourDigitYear(49)} {cal.ToFourDigitYear(50)} {cal.ToFourDigitYear(1999)} {cal.Eras.Length} {cal.Eras[0]} {cal.IsReadOnly}");
foreach (var dt in new[] { new DateTime(2024, 1, 1), new DateTime(2024, 12, 30), new DateTime(2024, 12, 31), new DateTime(2021, 1, 1), new DateTime(2021, 1, 3), new DateTime(2027, 1, 1), new DateTime(2020, 12, 31), new DateTime(1, 1, 1) })
{
    var sb = new StringBuilder();
    foreach (CalendarWeekRule rule in new[] { CalendarWeekRule.FirstDay, CalendarWeekRule.FirstFullWeek, CalendarWeekRule.FirstFourDayWeek })
        foreach (var first in new[] { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Saturday })
            sb.Append(cal.GetWeekOfYear(dt, rule, first)).Append(' ');
    Console.WriteLine(dt.ToString("yyyy-MM-dd") + ": " + sb);
}
Try("month 13", () => cal.GetDaysInMonth(2024, 13));
Try("era 2", () => cal.GetDaysInYear(2024, 2));
Try("calendar readonly", () => inv.Calendar.TwoDigitYearMax = 2030);
var cc = (Calendar)inv.Calendar.Clone(); cc.TwoDigitYearMax = 2030; Console.WriteLine(cc.ToFourDigitYear(31) + " " + cc.IsReadOnly + " " + Calendar.ReadOnly(cc).IsReadOnly);

// StringInfo, TextElementEnumerator, CharUnicodeInfo
var si = new StringInfo("a\u0301bc\U0001F600\r\nz");
Console.WriteLine(si.LengthInTextElements + " " + si.SubstringByTextElements(1, 2) + " " + si.SubstringByTextElements(3).Length + " " + StringInfo.GetNextTextElement("\U0001F600x").Length + " " + StringInfo.GetNextTextElement("abc", 1) + " [" + StringInfo.GetNextTextElement("abc", 3) + "] " + string.Join(",", StringInfo.ParseCombiningCharacters("a\u0301bc\r\n")));
var te = StringInfo.GetTextElementEnumerator("ab\u0301c");
while (te.MoveNext()) Console.Write(te.ElementIndex + ":" + te.GetTextElement().Length + ":" + ((string)te.Current).Length + " ");
Console.WriteLine();
te.Reset(); te.MoveNext(); Console.WriteLine(te.GetTextElement());
Try("te after end", () => { var e = StringInfo.GetTextElementEnumerator("x"); e.MoveNext(); e.MoveNext(); _ = e.Current; });
Console.WriteLine(new StringInfo("abc").Equals(new StringInfo("abc")) + " " + new StringInfo().String.Length);
Console.WriteLine($"{CharUnicodeInfo.GetDecimalDigitValue('7')} {CharUnicodeInfo.GetDecimalDigitValue('x')} {CharUnicodeInfo.GetDigitValue('3')} {CharUnicodeInfo.GetNumericValue('5')} {CharUnicodeInfo.GetNumericValue('a')} {CharUnicodeInfo.GetUnicodeCategory('a')} {CharUnicodeInfo.GetUnicodeCategory('1')} {CharUnicodeInfo.GetUnicodeCategory(' ')} {CharUnicodeInfo.GetNumericValue("x5", 1)} {CharUnicodeInfo.GetDecimalDigitValue("x9", 1)} {CharUnicodeInfo.GetUnicodeCategory("aB", 1)} {CharUnicodeInfo.GetUnicodeCategory((int)'$')}");
Try("cui index", () => CharUnicodeInfo.GetDigitValue("ab", 5));

// RegionInfo and the rest
var r = RegionInfo.CurrentRegion;
Console.WriteLine($"{r.Name} {r.EnglishName} {r.DisplayName} {r.NativeName} {r.TwoLetterISORegionName} {r.ThreeLetterISORegionName} {r.ThreeLetterWindowsRegionName} {r.IsMetric} {r.CurrencySymbol} {r.ISOCurrencySymbol} {r.CurrencyEnglishName} {r.CurrencyNativeName} {r.GeoId} {r}");
Try("region empty", () => new RegionInfo(""));
var dl = new DaylightTime(new DateTime(2024, 3, 31), new DateTime(2024, 10, 27), new TimeSpan(1, 0, 0));
Console.WriteLine(dl.Start.Month + " " + dl.End.Month + " " + dl.Delta);
Console.WriteLine(TimeSpanStyles.AssumeNegative + " " + CultureTypes.AllCultures + " " + DigitShapes.NativeNational + " " + CalendarAlgorithmType.LunisolarCalendar + " " + GregorianCalendarTypes.MiddleEastFrench + " " + (int)NumberStyles.Any + " " + (int)DateTimeStyles.AllowWhiteSpaces + " " + UnicodeCategory.OtherNotAssigned);
var ex = new CultureNotFoundException("name", "xx-YY", "Culture is not supported.");
Console.WriteLine(ex.InvalidCultureName + " " + (ex.InvalidCultureId == null) + " " + ex.ParamName + " | " + ex.Message.Replace(Environment.NewLine, " | "));

// JulianCalendar
var jc = new JulianCalendar();
foreach (var jd in new[] { new DateTime(1, 1, 1), new DateTime(1582, 10, 15), new DateTime(2024, 3, 14, 9, 30, 0), new DateTime(1900, 3, 13), new DateTime(9999, 12, 31) })
    Console.WriteLine($"{jd:yyyy-MM-dd} -> {jc.GetYear(jd)}-{jc.GetMonth(jd)}-{jc.GetDayOfMonth(jd)} doy {jc.GetDayOfYear(jd)} {jc.GetDayOfWeek(jd)} era {jc.GetEra(jd)}");
Console.WriteLine($"{jc.ToDateTime(1582, 10, 4, 12, 0, 0, 0):yyyy-MM-dd HH:mm} {jc.ToDateTime(2000, 2, 29, 0, 0, 0, 0):yyyy-MM-dd} {jc.AddMonths(new DateTime(2024, 3, 13), 1):yyyy-MM-dd} {jc.AddYears(jc.ToDateTime(2024, 2, 29, 0, 0, 0, 0), 1):yyyy-MM-dd}");
Console.WriteLine($"{jc.IsLeapYear(1900)} {jc.IsLeapYear(1901)} {jc.GetDaysInYear(1900)} {jc.GetDaysInMonth(1900, 2)} {jc.IsLeapDay(1900, 2, 29)} {jc.GetMonthsInYear(5)} {jc.GetLeapMonth(8)} {jc.TwoDigitYearMax} {jc.ToFourDigitYear(30)} {jc.AlgorithmType} {jc.Eras[0]} {JulianCalendar.JulianEra}");
Try("julian day 30 feb", () => jc.ToDateTime(2023, 2, 30, 0, 0, 0, 0));
Try("julian year 0", () => jc.GetDaysInYear(0));

// HijriCalendar (tabular)
var hc = new HijriCalendar();
foreach (var hd in new[] { new DateTime(622, 7, 18), new DateTime(622, 8, 17), new DateTime(1000, 1, 1), new DateTime(2024, 3, 11), new DateTime(2024, 7, 7), new DateTime(2025, 6, 26), new DateTime(9999, 12, 31) })
    Console.WriteLine($"{hd:yyyy-MM-dd} -> {hc.GetYear(hd)}-{hc.GetMonth(hd)}-{hc.GetDayOfMonth(hd)} doy {hc.GetDayOfYear(hd)} {hc.GetDayOfWeek(hd)}");
Console.WriteLine($"{hc.ToDateTime(1445, 9, 1, 0, 0, 0, 0):yyyy-MM-dd} {hc.ToDateTime(1, 1, 1, 0, 0, 0, 0):yyyy-MM-dd} {hc.AddMonths(new DateTime(2024, 3, 11), 13):yyyy-MM-dd} {hc.AddYears(new DateTime(2024, 3, 11), -100):yyyy-MM-dd}");
Console.WriteLine($"{hc.IsLeapYear(1445)} {hc.IsLeapYear(1447)} {hc.GetDaysInYear(1445)} {hc.GetDaysInYear(1444)} {hc.GetDaysInMonth(1444, 12)} {hc.GetDaysInMonth(1445, 2)} {hc.TwoDigitYearMax} {hc.ToFourDigitYear(45)} {hc.AlgorithmType} {hc.HijriAdjustment} {hc.MinSupportedDateTime:yyyy-MM-dd} {HijriCalendar.HijriEra}");
for (int y = 1440; y <= 1450; y++) Console.Write(hc.IsLeapYear(y) ? "L" : ".");
Console.WriteLine();
hc.HijriAdjustment = 1; Console.WriteLine($"{hc.GetDayOfMonth(new DateTime(2024, 3, 11))} {hc.ToDateTime(1445, 9, 1, 0, 0, 0, 0):yyyy-MM-dd}");
Try("hijri adjustment 3", () => hc.HijriAdjustment = 3);
Try("hijri before epoch", () => hc.GetYear(new DateTime(600, 1, 1)));
Try("hijri year 9667", () => hc.GetDaysInYear(9667));

// IdnMapping
var idn = new IdnMapping();
foreach (var host in new[] { "bücher.example", "münchen.de", "example.com", "日本語.jp", "ÄÖÜ.test", "mañana.com", "Example.COM", "xn--BCHER-kva.Org" })
{
    var asc = idn.GetAscii(host);
    Console.WriteLine(host + " -> " + asc + " -> " + idn.GetUnicode(asc));
}
Console.WriteLine(idn.GetUnicode("xn--bcher-kva.xn--p1ai") + " " + idn.AllowUnassigned + " " + idn.UseStd3AsciiRules + " " + idn.Equals(new IdnMapping()));
