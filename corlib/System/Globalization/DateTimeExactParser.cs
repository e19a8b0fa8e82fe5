// Parses a string against one custom date/time format, as DateTime,
// DateTimeOffset, DateOnly and TimeOnly's ParseExact need: the specifiers
// y M d (numbers, month and day names) H h m s f F t z K g, an unquoted 'Z'
// (UTC) or GMT, quoted literals, '\' escapes, '%', the '/' and ':' separators,
// and the white-space rules of DateTimeStyles. Standard one-letter formats are
// expanded by DateTimeExact (DateTime.ParseExact.cs), which also turns the
// parsed fields into a DateTime.
namespace System.Globalization
{
    internal struct ParsedDateTime
    {
        internal int Year, Month, Day, Hour, Minute, Second;   // -1 = not in the input
        internal long Fraction;          // ticks below a second
        internal bool HasDate, HasTime;
        internal bool TwoDigitYear, Hour12;
        internal int Meridiem;           // 0 none, 1 AM, 2 PM
        internal int DayOfWeek;          // -1 = not in the input
        internal bool HasOffset, Utc;    // an offset (z, K, GMT) was read; it was 'Z'/GMT
        internal long OffsetTicks;
    }

    // Why a parse failed (DateTimeExact picks the FormatException message).
    internal enum ParseError { None, BadDateTime, BadFormatSpecifier, InvalidString, NoFormats, BadQuote, BadDayOfWeek, BadCalendar, OffsetRange }

    internal static class DateTimeExactParser
    {
        // DateTime.Parse's use of the culture's patterns (not ParseExact): format
        // marks (U+200F) may be left out and the era ('g') too.
        internal const DateTimeStyles Lenient = (DateTimeStyles)0x10000;

        // The form DateOnly and TimeOnly use: fields not in the format default to 1/1/1 00:00.
        internal static bool TryParse(string s, string format, DateTimeFormatInfo dtfi, bool allowWhite, out ParsedDateTime r)
        {
            DateTimeStyles styles = allowWhite ? DateTimeStyles.AllowWhiteSpaces : DateTimeStyles.None;
            if (Parse(s, format, dtfi, styles, out r) != ParseError.None) return false;
            if (r.Year < 0) r.Year = 1;
            if (r.Month < 0) r.Month = 1;
            if (r.Day < 0) r.Day = 1;
            return Finish(ref r, dtfi) == ParseError.None && r.Day <= DateTime.DaysInMonth(r.Year, r.Month) && r.Hour < 24 && r.Minute < 60 && r.Second < 60;
        }

        internal static ParseError Parse(string s, string format, DateTimeFormatInfo dtfi, DateTimeStyles styles, out ParsedDateTime r)
        {
            r = new ParsedDateTime();
            r.Year = r.Month = r.Day = r.DayOfWeek = r.Hour = r.Minute = r.Second = -1;
            if (format == null || format.Length == 0) return ParseError.BadFormatSpecifier;
            if (s == null) return ParseError.BadDateTime;
            bool innerWhite = (styles & DateTimeStyles.AllowInnerWhite) != 0;
            bool lenient = (styles & Lenient) != 0;
            int p = 0, end = s.Length;
            if ((styles & DateTimeStyles.AllowLeadingWhite) != 0) while (p < end && char.IsWhiteSpace(s[p])) p++;
            if ((styles & DateTimeStyles.AllowTrailingWhite) != 0) while (end > p && char.IsWhiteSpace(s[end - 1])) end--;
            s = s.Substring(0, end);
            bool fractionSeen = false;
            long fraction = 0;
            for (int i = 0; i < format.Length; )
            {
                // lenient (inner white allowed): white space and format marks (the RLM of ar-SA's "d\u200F/M") anywhere
                if (innerWhite) while (p < s.Length && (char.IsWhiteSpace(s[p]) || (lenient && char.GetUnicodeCategory(s[p]) == UnicodeCategory.Format))) p++;
                char c = format[i];
                int n = 1;
                while (i + n < format.Length && format[i + n] == c) n++;
                int v;
                switch (c)
                {
                    case 'y':
                        if (!Digits(s, ref p, n == 1 ? 1 : n, n == 1 ? 2 : n, out v) || !Set(ref r.Year, v)) return ParseError.BadDateTime;
                        if (n <= 2) r.TwoDigitYear = true;
                        r.HasDate = true; i += n; continue;
                    case 'M':
                        if (n >= 3)
                        {
                            // the longer of a nominative and a genitive match ("maaliskuu" is a prefix of "maaliskuuta")
                            int p2 = p;
                            int m = MatchName(s, ref p, n == 3 ? dtfi.AbbreviatedMonthNames : dtfi.MonthNames);
                            int m2 = MatchName(s, ref p2, n == 3 ? dtfi.AbbreviatedMonthGenitiveNames : dtfi.MonthGenitiveNames);
                            if (m2 >= 0 && p2 > p) { m = m2; p = p2; }
                            if (m < 0 || m > 11) return ParseError.BadDateTime;
                            v = m + 1;
                        }
                        else if (!Digits(s, ref p, n, 2, out v)) return ParseError.BadDateTime;
                        if (!Set(ref r.Month, v)) return ParseError.BadDateTime;
                        r.HasDate = true; i += n; continue;
                    case 'd':
                        if (n >= 3)
                        {
                            v = MatchName(s, ref p, n == 3 ? dtfi.AbbreviatedDayNames : dtfi.DayNames);
                            if (v < 0 || !Set(ref r.DayOfWeek, v)) return ParseError.BadDateTime;
                        }
                        else if (!Digits(s, ref p, n, 2, out v) || !Set(ref r.Day, v)) return ParseError.BadDateTime;
                        r.HasDate = true; i += n; continue;
                    case 'H': case 'h':
                        if (!Digits(s, ref p, n == 1 ? 1 : 2, 2, out v) || !Set(ref r.Hour, v)) return ParseError.BadDateTime;
                        if (c == 'h') r.Hour12 = true;
                        r.HasTime = true; i += n; continue;
                    case 'm':
                        if (!Digits(s, ref p, n == 1 ? 1 : 2, 2, out v) || !Set(ref r.Minute, v)) return ParseError.BadDateTime;
                        r.HasTime = true; i += n; continue;
                    case 's':
                        if (!Digits(s, ref p, n == 1 ? 1 : 2, 2, out v) || !Set(ref r.Second, v)) return ParseError.BadDateTime;
                        r.HasTime = true; i += n; continue;
                    case 'f': case 'F':
                    {
                        if (n > 7) return ParseError.BadDateTime;
                        int start = p;
                        long f = 0;
                        while (p < s.Length && p - start < n && s[p] >= '0' && s[p] <= '9') f = f * 10 + (s[p++] - '0');
                        int got = p - start;
                        if (c == 'f' && got != n) return ParseError.BadDateTime;
                        for (int k = got; k < 7; k++) f *= 10;
                        if (fractionSeen && f != fraction) return ParseError.BadDateTime;
                        fractionSeen = true; fraction = f;
                        r.HasTime = true; i += n; continue;
                    }
                    case 't':
                    {
                        string am = dtfi.AMDesignator, pm = dtfi.PMDesignator;
                        if (n == 1) { am = am.Length > 0 ? am.Substring(0, 1) : am; pm = pm.Length > 0 ? pm.Substring(0, 1) : pm; }
                        int mark;
                        // 't' compares the first letter exactly, 'tt' the whole designator ignoring case
                        if (am.Length > 0 && (n == 1 ? Char1(s, ref p, am[0]) : Word(s, ref p, am))) mark = 1;
                        else if (pm.Length > 0 && (n == 1 ? Char1(s, ref p, pm[0]) : Word(s, ref p, pm))) mark = 2;
                        else if (am.Length == 0) mark = 1;
                        else if (pm.Length == 0) mark = 2;
                        else return ParseError.BadDateTime;
                        if (r.Meridiem != 0 && r.Meridiem != mark) return ParseError.BadDateTime;
                        r.Meridiem = mark;
                        i += n; continue;
                    }
                    case 'z':
                    {
                        long off;
                        if (!Offset(s, ref p, n, out off) || (r.HasOffset && r.OffsetTicks != off)) return ParseError.BadDateTime;
                        r.HasOffset = true; r.OffsetTicks = off;
                        i += n; continue;
                    }
                    case 'K':
                        if (p < s.Length && s[p] == 'Z')
                        {
                            p++;
                            if (r.HasOffset && r.OffsetTicks != 0) return ParseError.BadDateTime;
                            r.HasOffset = true; r.Utc = true; r.OffsetTicks = 0;
                        }
                        else if (p < s.Length && (s[p] == '+' || s[p] == '-'))
                        {
                            long off;
                            if (!Offset(s, ref p, 3, out off) || (r.HasOffset && r.OffsetTicks != off)) return ParseError.BadDateTime;
                            r.HasOffset = true; r.OffsetTicks = off;
                        }
                        i++; continue;
                    case 'Z':
                        if (p >= s.Length || s[p] != 'Z' || (r.HasOffset && r.OffsetTicks != 0)) return ParseError.BadDateTime;
                        p++; r.HasOffset = true; r.Utc = true; r.OffsetTicks = 0;
                        i++; continue;
                    case 'g':
                    {
                        string era = dtfi.GetEraName(1), abbr = dtfi.GetAbbreviatedEraName(1);
                        if (!Word(s, ref p, era) && !Word(s, ref p, abbr) && !lenient) return ParseError.BadDateTime;
                        i += n; continue;
                    }
                    case '\'': case '"':
                    {
                        int j = i + 1;
                        while (j < format.Length && format[j] != c)
                        {
                            char fc = format[j];
                            if (fc == '\\' && j + 1 < format.Length) fc = format[++j];
                            if (fc == ' ' && innerWhite) { while (p < s.Length && char.IsWhiteSpace(s[p])) p++; j++; continue; }
                            if (p >= s.Length || s[p] != fc) return ParseError.BadDateTime;
                            p++; j++;
                        }
                        if (j >= format.Length) return ParseError.BadQuote;
                        i = j + 1; continue;
                    }
                    case '\\':
                        if (i + 1 >= format.Length) return ParseError.InvalidString;
                        if (p >= s.Length || s[p] != format[i + 1]) return ParseError.BadDateTime;
                        p++; i += 2; continue;
                    case '%':
                        if (i + 1 >= format.Length || format[i + 1] == '%') return ParseError.InvalidString;
                        i++; continue;
                    case '/':
                        if (!Literal(s, ref p, dtfi.DateSeparator) && !Literal(s, ref p, dtfi.DateSeparator.Trim('\u200E', '\u200F')))
                            return ParseError.BadDateTime;
                        i++; continue;
                    case ':':
                        if (!Literal(s, ref p, dtfi.TimeSeparator) && !Literal(s, ref p, ":")) return ParseError.BadDateTime;
                        i++; continue;
                    case '.':
                        if (p < s.Length && s[p] == '.') { p++; i++; continue; }
                        // ".FFF" matches nothing when the input has no fraction
                        if (i + 1 < format.Length && format[i + 1] == 'F')
                        {
                            i++;
                            while (i < format.Length && format[i] == 'F') i++;
                            continue;
                        }
                        return ParseError.BadDateTime;
                    case ' ':
                        if (innerWhite) { i++; continue; }
                        if (p >= s.Length || s[p] != ' ') return ParseError.BadDateTime;
                        p++; i++; continue;
                    default:
                        if (innerWhite && char.IsWhiteSpace(c)) { i++; continue; }   // U+202F before "tt" (en-US), U+00A0
                        if (lenient && char.GetUnicodeCategory(c) == UnicodeCategory.Format) { i++; continue; }   // U+200F (ar-SA)
                        if (c == 'G' && string.CompareOrdinal(format, i, "GMT", 0, 3) == 0)
                        {
                            if (!Word(s, ref p, "GMT") || (r.HasOffset && r.OffsetTicks != 0)) return ParseError.BadDateTime;
                            r.HasOffset = true; r.Utc = true; r.OffsetTicks = 0;
                            i += 3; continue;
                        }
                        if (p >= s.Length || s[p] != c) return ParseError.BadDateTime;
                        p++; i++; continue;
                }
            }
            if (p != s.Length) return ParseError.BadDateTime;
            if (r.HasOffset && (r.OffsetTicks > 14 * TimeSpan.TicksPerHour || r.OffsetTicks < -14 * TimeSpan.TicksPerHour)) return ParseError.OffsetRange;
            r.Fraction = fraction;
            return ParseError.None;
        }

        // Applies the 12-hour clock and the AM/PM designator, then the ranges of a time of day.
        internal static ParseError Finish(ref ParsedDateTime r, DateTimeFormatInfo dtfi)
        {
            if (r.Hour < 0) r.Hour = 0;
            if (r.Minute < 0) r.Minute = 0;
            if (r.Second < 0) r.Second = 0;
            if (r.Hour12)
            {
                if (r.Hour > 12) return ParseError.BadDateTime;
                if (r.Meridiem == 2) { if (r.Hour < 12) r.Hour += 12; }
                else if (r.Hour == 12) r.Hour = 0;
            }
            else if ((r.Meridiem == 1 && r.Hour >= 12) || (r.Meridiem == 2 && r.Hour < 12)) return ParseError.BadDateTime;
            if (r.TwoDigitYear && r.Year >= 0 && r.Year < 100) r.Year = dtfi.Calendar.ToFourDigitYear(r.Year);
            return ParseError.None;
        }

        private static bool Set(ref int field, int value)
        {
            if (field >= 0 && field != value) return false;
            field = value;
            return true;
        }

        // z: sign and 1-2 digits of hours; zz: exactly 2; zzz (and K): hours, an optional ':', 2 digits of minutes.
        private static bool Offset(string s, ref int p, int n, out long ticks)
        {
            ticks = 0;
            if (p >= s.Length || (s[p] != '+' && s[p] != '-')) return false;
            bool neg = s[p++] == '-';
            int h, m = 0;
            if (!Digits(s, ref p, n == 2 ? 2 : 1, 2, out h)) return false;
            if (n >= 3)
            {
                if (p < s.Length && s[p] == ':') p++;
                if (!Digits(s, ref p, 2, 2, out m) || m > 59) return false;
            }
            ticks = h * TimeSpan.TicksPerHour + m * TimeSpan.TicksPerMinute;
            if (neg) ticks = -ticks;
            return true;
        }

        private static bool Literal(string s, ref int p, string lit)
        {
            if (p + lit.Length > s.Length || string.CompareOrdinal(s, p, lit, 0, lit.Length) != 0) return false;
            p += lit.Length;
            return true;
        }

        private static bool Char1(string s, ref int p, char c)
        {
            if (p >= s.Length || s[p] != c) return false;
            p++;
            return true;
        }

        private static bool Word(string s, ref int p, string word)
        {
            if (word.Length == 0 || p + word.Length > s.Length || string.Compare(s, p, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) return false;
            p += word.Length;
            return true;
        }

        private static bool Digits(string s, ref int p, int min, int max, out int value)
        {
            value = 0;
            int start = p;
            while (p < s.Length && p - start < max && s[p] >= '0' && s[p] <= '9') value = value * 10 + (s[p++] - '0');
            if (p - start >= min) return true;
            p = start;
            return false;
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
