// Parses a string against a custom date/time format (the specifiers of
// DateTime's custom formats: y M d H h m s f F t, quoted literals, '\' escapes,
// '/' and ':' separators), as DateOnly/TimeOnly.ParseExact need. Fields not in
// the format keep their defaults (year/month/day 1, time 0).
namespace System.Globalization
{
    internal struct ParsedDateTime
    {
        internal int Year, Month, Day, Hour, Minute, Second;
        internal long Fraction;          // ticks below a second
        internal bool HasDate, HasTime;
        internal int Meridiem;           // 0 none, 1 AM, 2 PM
    }

    internal static class DateTimeExactParser
    {
        internal static bool TryParse(string s, string format, DateTimeFormatInfo dtfi, bool allowWhite, out ParsedDateTime r)
        {
            r = new ParsedDateTime();
            r.Year = 1; r.Month = 1; r.Day = 1;
            if (s == null || format == null || format.Length == 0) return false;
            if (allowWhite) s = s.Trim();
            int p = 0;
            for (int i = 0; i < format.Length; )
            {
                char c = format[i];
                int n = 1;
                while (i + n < format.Length && format[i + n] == c) n++;
                switch (c)
                {
                    case 'y':
                    {
                        int v;
                        if (!Digits(s, ref p, n <= 2 ? 2 : n, n <= 2 ? 2 : 5, out v)) return false;
                        r.Year = n <= 2 ? (v < 50 ? 2000 + v : 1900 + v) : v;
                        r.HasDate = true; i += n; continue;
                    }
                    case 'M':
                    {
                        if (n >= 3)
                        {
                            string[] names = n == 3 ? dtfi.AbbreviatedMonthNames : dtfi.MonthNames;
                            int m = MatchName(s, ref p, names);
                            if (m < 0) return false;
                            r.Month = m + 1;
                        }
                        else if (!Digits(s, ref p, n, 2, out r.Month)) return false;
                        r.HasDate = true; i += n; continue;
                    }
                    case 'd':
                    {
                        if (n >= 3)
                        {
                            // a day name: matched but not checked against the date
                            if (MatchName(s, ref p, n == 3 ? dtfi.AbbreviatedDayNames : dtfi.DayNames) < 0) return false;
                        }
                        else if (!Digits(s, ref p, n, 2, out r.Day)) return false;
                        r.HasDate = true; i += n; continue;
                    }
                    case 'H': case 'h':
                        if (!Digits(s, ref p, n, 2, out r.Hour)) return false;
                        if (c == 'h' && (r.Hour < 1 || r.Hour > 12)) return false;
                        r.HasTime = true; i += n; continue;
                    case 'm':
                        if (!Digits(s, ref p, n, 2, out r.Minute)) return false;
                        r.HasTime = true; i += n; continue;
                    case 's':
                        if (!Digits(s, ref p, n, 2, out r.Second)) return false;
                        r.HasTime = true; i += n; continue;
                    case 'f': case 'F':
                    {
                        if (n > 7) return false;
                        int start = p;
                        long v = 0;
                        while (p < s.Length && p - start < n && s[p] >= '0' && s[p] <= '9') v = v * 10 + (s[p++] - '0');
                        int got = p - start;
                        if (c == 'f' && got != n) return false;
                        for (int k = got; k < 7; k++) v *= 10;
                        r.Fraction = v;
                        r.HasTime = true; i += n; continue;
                    }
                    case 't':
                    {
                        string am = dtfi.AMDesignator, pm = dtfi.PMDesignator;
                        if (n == 1) { am = am.Substring(0, 1); pm = pm.Substring(0, 1); }
                        if (string.Compare(s, p, am, 0, am.Length, StringComparison.OrdinalIgnoreCase) == 0 && p + am.Length <= s.Length) { p += am.Length; r.Meridiem = 1; }
                        else if (string.Compare(s, p, pm, 0, pm.Length, StringComparison.OrdinalIgnoreCase) == 0 && p + pm.Length <= s.Length) { p += pm.Length; r.Meridiem = 2; }
                        else return false;
                        i += n; continue;
                    }
                    case '\'': case '"':
                    {
                        int j = i + 1;
                        while (j < format.Length && format[j] != c)
                        {
                            if (p >= s.Length || s[p] != format[j]) return false;
                            p++; j++;
                        }
                        if (j >= format.Length) return false;   // unterminated quote
                        i = j + 1; continue;
                    }
                    case '\\':
                        if (i + 1 >= format.Length || p >= s.Length || s[p] != format[i + 1]) return false;
                        p++; i += 2; continue;
                    case '%':
                        i++; continue;
                    case '/':
                        if (!Literal(s, ref p, dtfi.DateSeparator)) return false;
                        i++; continue;
                    case ':':
                        if (!Literal(s, ref p, dtfi.TimeSeparator)) return false;
                        i++; continue;
                    default:
                        if (c == ' ' && allowWhite) { while (p < s.Length && s[p] == ' ') p++; i++; continue; }
                        if (p >= s.Length || s[p] != c) return false;
                        p++; i++; continue;
                }
            }
            if (p != s.Length) return false;
            if (r.Meridiem == 1 || r.Meridiem == 2)
            {
                if (r.Hour > 12) return false;
                if (r.Meridiem == 1 && r.Hour == 12) r.Hour = 0;
                if (r.Meridiem == 2 && r.Hour < 12) r.Hour += 12;
            }
            if (r.Hour > 23 || r.Minute > 59 || r.Second > 59) return false;
            if (r.Month < 1 || r.Month > 12 || r.Year < 1 || r.Year > 9999) return false;
            if (r.Day < 1 || r.Day > DateTime.DaysInMonth(r.Year, r.Month)) return false;
            return true;
        }

        private static bool Literal(string s, ref int p, string lit)
        {
            if (string.CompareOrdinal(s, p, lit, 0, lit.Length) != 0 || p + lit.Length > s.Length) return false;
            p += lit.Length;
            return true;
        }

        private static bool Digits(string s, ref int p, int min, int max, out int value)
        {
            value = 0;
            int start = p;
            while (p < s.Length && p - start < max && s[p] >= '0' && s[p] <= '9') value = value * 10 + (s[p++] - '0');
            return p - start >= min;
        }

        // Longest case-insensitive match among `names`; returns its index.
        private static int MatchName(string s, ref int p, string[] names)
        {
            int best = -1, bestLen = 0;
            for (int k = 0; k < names.Length; k++)
            {
                string name = names[k];
                if (name.Length == 0 || name.Length <= bestLen || p + name.Length > s.Length) continue;
                if (string.Compare(s, p, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0) { best = k; bestLen = name.Length; }
            }
            p += bestLen;
            return best;
        }
    }
}
