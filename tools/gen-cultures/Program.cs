// gen-cultures: writes corlib/System/Globalization/CultureData.Generated.cs,
// the culture data Cilantro's corlib carries, from the installed .NET (ICU).
// Run through tools/gen-cultures.sh. One record per culture, fields in the
// order of the Fields table below; a specific culture's field that equals its
// parent's is left empty (the corlib takes the parent's).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

static class Gen
{
    // The cultures carried (their parents are added).
    static readonly string[] Cultures = {
        "en-US", "en-GB", "en-CA", "en-AU", "en-IN", "en-IE", "en-NZ", "en-ZA",
        "de-DE", "de-AT", "de-CH", "fr-FR", "fr-CA", "fr-CH", "fr-BE",
        "es-ES", "es-MX", "es-AR", "es-CO", "es-US", "it-IT", "pt-BR", "pt-PT",
        "nl-NL", "nl-BE", "sv-SE", "da-DK", "nb-NO", "fi-FI", "pl-PL", "cs-CZ",
        "hu-HU", "ro-RO", "el-GR", "ru-RU", "uk-UA", "tr-TR", "he-IL", "ar-SA",
        "hi-IN", "th-TH", "ja-JP", "zh-CN", "zh-TW", "ko-KR", "id-ID", "vi-VN",
    };

    // Calendars the corlib implements; a culture whose default calendar is
    // another one is dumped with the Gregorian calendar (docs/corlib.md).
    static readonly string[] Calendars = { "GregorianCalendar", "ThaiBuddhistCalendar", "UmAlQuraCalendar" };

    const char FieldSep = '|', ListSep = '~', RecordSep = '\n', Empty = '\u0001';

    static string L(IEnumerable<string> xs) => string.Join(ListSep, xs);
    static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    static string L(int[] xs) => string.Join(ListSep, xs.Select(I));

    static DateTimeFormatInfo Dtf(CultureInfo c)
    {
        DateTimeFormatInfo d = c.DateTimeFormat;
        if (Array.IndexOf(Calendars, d.Calendar.GetType().Name) >= 0) return d;
        d = (DateTimeFormatInfo)d.Clone();
        d.Calendar = new GregorianCalendar();
        return d;
    }

    static RegionInfo Region(CultureInfo c) => c.IsNeutralCulture ? null : new RegionInfo(c.Name);
    static string R(CultureInfo c, Func<RegionInfo, string> f) { RegionInfo r = Region(c); return r == null ? "" : f(r); }

    static readonly (string Key, Func<CultureInfo, string> Get)[] Fields = {
        ("Name", c => c.Name),
        ("Parent", c => c.Parent.Name),
        ("EnglishName", c => c.EnglishName),
        ("NativeName", c => c.NativeName),
        ("TwoLetterISOLanguageName", c => c.TwoLetterISOLanguageName),
        ("ThreeLetterISOLanguageName", c => c.ThreeLetterISOLanguageName),
        ("ThreeLetterWindowsLanguageName", c => c.ThreeLetterWindowsLanguageName),
        ("LCID", c => I(c.LCID)),
        ("KeyboardLayoutId", c => I(c.KeyboardLayoutId)),
        ("Calendar", c => Dtf(c).Calendar.GetType().Name),
        ("OptionalCalendars", c => L(c.OptionalCalendars.Select(x => x.GetType().Name))),
        // TextInfo
        ("ListSeparator", c => c.TextInfo.ListSeparator),
        ("IsRightToLeft", c => c.TextInfo.IsRightToLeft ? "1" : "0"),
        ("CodePages", c => L(new[] { c.TextInfo.ANSICodePage, c.TextInfo.OEMCodePage, c.TextInfo.MacCodePage, c.TextInfo.EBCDICCodePage })),
        ("TurkicCasing", c => c.TextInfo.ToUpper("i") == "\u0130" ? "1" : "0"),
        // NumberFormatInfo
        ("CurrencyDecimalDigits", c => I(c.NumberFormat.CurrencyDecimalDigits)),
        ("CurrencyDecimalSeparator", c => c.NumberFormat.CurrencyDecimalSeparator),
        ("CurrencyGroupSeparator", c => c.NumberFormat.CurrencyGroupSeparator),
        ("CurrencyGroupSizes", c => L(c.NumberFormat.CurrencyGroupSizes)),
        ("CurrencyNegativePattern", c => I(c.NumberFormat.CurrencyNegativePattern)),
        ("CurrencyPositivePattern", c => I(c.NumberFormat.CurrencyPositivePattern)),
        ("CurrencySymbol", c => c.NumberFormat.CurrencySymbol),
        ("NaNSymbol", c => c.NumberFormat.NaNSymbol),
        ("NegativeInfinitySymbol", c => c.NumberFormat.NegativeInfinitySymbol),
        ("PositiveInfinitySymbol", c => c.NumberFormat.PositiveInfinitySymbol),
        ("NegativeSign", c => c.NumberFormat.NegativeSign),
        ("PositiveSign", c => c.NumberFormat.PositiveSign),
        ("NumberDecimalDigits", c => I(c.NumberFormat.NumberDecimalDigits)),
        ("NumberDecimalSeparator", c => c.NumberFormat.NumberDecimalSeparator),
        ("NumberGroupSeparator", c => c.NumberFormat.NumberGroupSeparator),
        ("NumberGroupSizes", c => L(c.NumberFormat.NumberGroupSizes)),
        ("NumberNegativePattern", c => I(c.NumberFormat.NumberNegativePattern)),
        ("PercentDecimalDigits", c => I(c.NumberFormat.PercentDecimalDigits)),
        ("PercentDecimalSeparator", c => c.NumberFormat.PercentDecimalSeparator),
        ("PercentGroupSeparator", c => c.NumberFormat.PercentGroupSeparator),
        ("PercentGroupSizes", c => L(c.NumberFormat.PercentGroupSizes)),
        ("PercentNegativePattern", c => I(c.NumberFormat.PercentNegativePattern)),
        ("PercentPositivePattern", c => I(c.NumberFormat.PercentPositivePattern)),
        ("PercentSymbol", c => c.NumberFormat.PercentSymbol),
        ("PerMilleSymbol", c => c.NumberFormat.PerMilleSymbol),
        ("DigitSubstitution", c => I((int)c.NumberFormat.DigitSubstitution)),
        ("NativeDigits", c => L(c.NumberFormat.NativeDigits)),
        // DateTimeFormatInfo (of the calendar the corlib uses)
        ("AMDesignator", c => Dtf(c).AMDesignator),
        ("PMDesignator", c => Dtf(c).PMDesignator),
        ("DateSeparator", c => Dtf(c).DateSeparator),
        ("TimeSeparator", c => Dtf(c).TimeSeparator),
        ("ShortDatePatterns", c => L(Dtf(c).GetAllDateTimePatterns('d'))),
        ("LongDatePatterns", c => L(Dtf(c).GetAllDateTimePatterns('D'))),
        ("ShortTimePatterns", c => L(Dtf(c).GetAllDateTimePatterns('t'))),
        ("LongTimePatterns", c => L(Dtf(c).GetAllDateTimePatterns('T'))),
        ("YearMonthPatterns", c => L(Dtf(c).GetAllDateTimePatterns('y'))),
        ("MonthDayPattern", c => Dtf(c).MonthDayPattern),
        ("FullDateTimePattern", c => Dtf(c).FullDateTimePattern == Dtf(c).LongDatePattern + " " + Dtf(c).LongTimePattern ? "=" : Dtf(c).FullDateTimePattern),
        ("FirstDayOfWeek", c => I((int)Dtf(c).FirstDayOfWeek)),
        ("CalendarWeekRule", c => I((int)Dtf(c).CalendarWeekRule)),
        ("DayNames", c => L(Dtf(c).DayNames)),
        ("AbbreviatedDayNames", c => L(Dtf(c).AbbreviatedDayNames)),
        ("ShortestDayNames", c => L(Dtf(c).ShortestDayNames)),
        ("MonthNames", c => L(Dtf(c).MonthNames)),
        ("AbbreviatedMonthNames", c => L(Dtf(c).AbbreviatedMonthNames)),
        ("MonthGenitiveNames", c => Dtf(c).MonthGenitiveNames.SequenceEqual(Dtf(c).MonthNames) ? "=" : L(Dtf(c).MonthGenitiveNames)),
        ("AbbreviatedMonthGenitiveNames", c => Dtf(c).AbbreviatedMonthGenitiveNames.SequenceEqual(Dtf(c).AbbreviatedMonthNames) ? "=" : L(Dtf(c).AbbreviatedMonthGenitiveNames)),
        ("NativeCalendarName", c => Dtf(c).NativeCalendarName),
        ("EraName", c => Dtf(c).GetEraName(1)),
        ("AbbreviatedEraName", c => Dtf(c).GetAbbreviatedEraName(1)),
        // RegionInfo (specific cultures)
        ("RegionName", c => R(c, r => r.Name)),
        ("RegionEnglishName", c => R(c, r => r.EnglishName)),
        ("RegionNativeName", c => R(c, r => r.NativeName)),
        ("RegionThreeLetterISOName", c => R(c, r => r.ThreeLetterISORegionName)),
        ("RegionThreeLetterWindowsName", c => R(c, r => r.ThreeLetterWindowsRegionName)),
        ("RegionIsMetric", c => R(c, r => r.IsMetric ? "1" : "0")),
        ("RegionGeoId", c => R(c, r => I(r.GeoId))),
        ("RegionCurrencySymbol", c => R(c, r => r.CurrencySymbol)),
        ("RegionISOCurrencySymbol", c => R(c, r => r.ISOCurrencySymbol)),
        ("RegionCurrencyEnglishName", c => R(c, r => r.CurrencyEnglishName)),
        ("RegionCurrencyNativeName", c => R(c, r => r.CurrencyNativeName)),
        // "1" when CultureInfo.GetCultures lists this culture (zh-CN and zh-TW it does not)
        ("Listed", c => Listed.Contains(c.Name) ? "1" : "0"),
        // a neutral culture's CultureInfo.CreateSpecificCulture
        ("SpecificCulture", c => c.IsNeutralCulture ? CultureInfo.CreateSpecificCulture(c.Name).Name : ""),
        // "1" when this culture is the one .NET's RegionInfo("XX") describes
        ("RegionDefault", c => R(c, r => Same(new RegionInfo(r.Name), r) ? "1" : "0")),
    };

    static readonly HashSet<string> Listed = new HashSet<string>(CultureInfo.GetCultures(CultureTypes.AllCultures).Select(x => x.Name));

    static bool Same(RegionInfo a, RegionInfo b) =>
        a.NativeName == b.NativeName && a.CurrencyNativeName == b.CurrencyNativeName && a.CurrencySymbol == b.CurrencySymbol;

    static void Check(bool ok, string what) { if (!ok) throw new Exception("gen-cultures: " + what); }

    static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char ch in s)
        {
            UnicodeCategory cat = char.GetUnicodeCategory(ch);
            if (ch == '"' || ch == '\\') sb.Append('\\').Append(ch);
            else if (ch == '\n') sb.Append("\\n");
            else if (ch < ' ' || (ch >= 0x7F && ch <= 0xA0) || cat == UnicodeCategory.Format || cat == UnicodeCategory.SpaceSeparator && ch != ' '
                     || cat == UnicodeCategory.Surrogate || cat == UnicodeCategory.NonSpacingMark)
                sb.Append("\\u").Append(((int)ch).ToString("X4"));
            else sb.Append(ch);
        }
        return sb.ToString();
    }

    static int Main(string[] args)
    {
        string outFile = args[0];
        var names = new List<string>();
        void Add(string n)
        {
            if (n.Length == 0 || names.Contains(n)) return;
            Add(CultureInfo.GetCultureInfo(n).Parent.Name);
            names.Add(n);
        }
        foreach (string n in Cultures) Add(n);

        var records = new Dictionary<string, string[]>();
        var lines = new List<string>();
        foreach (string n in names)
        {
            CultureInfo c = CultureInfo.GetCultureInfo(n);
            Check(c.Name == n, "name " + n);
            Check(c.DisplayName == c.EnglishName, "DisplayName of " + n);
            Check(c.IetfLanguageTag == c.Name, "IetfLanguageTag of " + n);
            Check(c.CompareInfo.Name == c.Name, "CompareInfo.Name of " + n);
            if (!c.IsNeutralCulture) Check(new RegionInfo(c.Name).DisplayName == new RegionInfo(c.Name).NativeName, "region DisplayName of " + n);
            string[] f = Fields.Select(x => x.Get(c)).ToArray();
            foreach (string v in f)
                Check(v.IndexOf(FieldSep) < 0 && v.IndexOf(RecordSep) < 0 && v.IndexOf(Empty) < 0 && v != "=" || true, "separator in " + v);
            for (int i = 0; i < f.Length; i++)
                Check(f[i].IndexOf(FieldSep) < 0 && f[i].IndexOf(RecordSep) < 0 && f[i].IndexOf(Empty) < 0, "separator in " + n + " " + Fields[i].Key);
            records[n] = f;
            string[] parent = c.Parent.Name.Length != 0 ? records[c.Parent.Name] : null;
            var enc = new string[f.Length];
            for (int i = 0; i < f.Length; i++)
            {
                if (i > 0 && parent != null && f[i] == parent[i]) enc[i] = "";
                else enc[i] = f[i].Length == 0 ? Empty.ToString() : f[i];
            }
            // trailing inherited fields are left off
            int len = enc.Length;
            while (len > 1 && enc[len - 1].Length == 0) len--;
            lines.Add(string.Join(FieldSep, enc.Take(len)));
        }

        var sb = new StringBuilder();
        sb.Append("// <auto-generated> by tools/gen-cultures.sh from .NET ").Append(Environment.Version).Append(" with ICU: do not edit.\n");
        sb.Append("// One record per culture (\\n-separated), fields '|'-separated in the order of\n");
        sb.Append("// the constants below, lists '~'-separated; an empty field is the parent\n");
        sb.Append("// culture's, \\u0001 is the empty string, \"=\" in a genitive-names field is\n");
        sb.Append("// \"same as the nominative names\" and in FullDateTimePattern \"LongDate LongTime\".\n");
        sb.Append("namespace System.Globalization\n{\n    internal sealed partial class CultureData\n    {\n");
        for (int i = 0; i < Fields.Length; i++)
            sb.Append("        internal const int ").Append(Fields[i].Key).Append(" = ").Append(i).Append(";\n");
        sb.Append("        internal const int FieldCount = ").Append(Fields.Length).Append(";\n\n");
        // The Um al-Qura calendar's month lengths (ar-SA's default calendar):
        // per year from its first, three hex digits, bit m-1 set when month m has 30 days.
        var uq = new UmAlQuraCalendar();
        int firstYear = uq.GetYear(uq.MinSupportedDateTime), lastYear = uq.GetYear(uq.MaxSupportedDateTime);
        Check(uq.ToDateTime(firstYear, 1, 1, 0, 0, 0, 0) == uq.MinSupportedDateTime, "Um al-Qura start");
        var months = new StringBuilder();
        for (int y = firstYear; y <= lastYear; y++)
        {
            int mask = 0;
            for (int m = 1; m <= 12; m++) if (uq.GetDaysInMonth(y, m) == 30) mask |= 1 << (m - 1);
            months.Append(mask.ToString("X3"));
        }
        sb.Append("        internal const int UmAlQuraFirstYear = ").Append(firstYear).Append(";\n");
        sb.Append("        internal const int UmAlQuraLastYear = ").Append(lastYear).Append(";\n");
        sb.Append("        internal const int UmAlQuraFirstDay = ").Append(uq.MinSupportedDateTime.Ticks / TimeSpan.TicksPerDay).Append(";   // ").Append(uq.MinSupportedDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n");
        sb.Append("        internal const string UmAlQuraMonths =\n            \"").Append(months).Append("\";\n\n");
        // en and en-US (a page's usual culture) stay with CultureData; the others are a type of
        // their own, which the build moves out of the core (corlib/core-parts.txt): a program
        // loads them when it first names another culture.
        int common = 2;
        if (names[0] != "en" || names[1] != "en-US") throw new InvalidOperationException("en and en-US must come first");
        void Strings(int from, int to) {
            for (int i = from; i < to; i++)
                sb.Append("                \"").Append(Escape(lines[i])).Append(i + 1 < to ? "\\n\" +\n" : "\";\n");
        }
        sb.Append("        private static string Records()\n        {\n            return\n");
        Strings(0, common);
        sb.Append("        }\n    }\n\n");
        sb.Append("    // The other cultures' records, in the same form, after those of CultureData.Records().\n");
        sb.Append("    internal static class CultureRecords\n    {\n");
        sb.Append("        internal static string More()\n        {\n            return\n");
        Strings(common, lines.Count);
        sb.Append("        }\n    }\n}\n");
        File.WriteAllText(outFile, sb.ToString(), new UTF8Encoding(false));
        Console.Error.WriteLine("gen-cultures: " + names.Count + " cultures, " + lines.Sum(l => l.Length + 1) + " chars -> " + outFile);
        return 0;
    }
}
