// DateTime.ParseExact/TryParseExact (one format or several, custom or
// standard, DateTimeStyles) and the code DateTimeOffset's share: standard
// formats expand to the culture's patterns, DateTimeExactParser reads the
// fields, then defaults, ranges, the day of week and the offset make the value.
// Local time is UTC in this runtime, so converting to local keeps the ticks.
using System.Globalization;

namespace System
{
    public partial struct DateTime
    {
        public static DateTime ParseExact(string s, string format, IFormatProvider provider)
        {
            return ParseExact(s, format, provider, DateTimeStyles.None);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style)
        {
            DateTimeExact.CheckStyles(style, false);
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            DateTimeExact.Result r;
            ParseError e = DateTimeExact.Parse(s, format, DateTimeFormatInfo.GetInstance(provider), style, false, out r);
            if (e != ParseError.None) throw DateTimeExact.Error(e, s);
            return r.Value;
        }

        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style)
        {
            DateTimeExact.CheckStyles(style, false);
            if (s == null) throw new ArgumentNullException("s");
            DateTimeExact.Result r;
            ParseError e = DateTimeExact.ParseMany(s, formats, DateTimeFormatInfo.GetInstance(provider), style, false, out r);
            if (e != ParseError.None) throw DateTimeExact.Error(e, s);
            return r.Value;
        }

        public static DateTime ParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            return ParseExact(s.ToString(), format.ToString(), provider, style);
        }

        public static DateTime ParseExact(ReadOnlySpan<char> s, string[] formats, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            return ParseExact(s.ToString(), formats, provider, style);
        }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeExact.CheckStyles(style, false);
            result = MinValue;
            if (s == null || format == null) return false;
            DateTimeExact.Result r;
            if (DateTimeExact.Parse(s, format, DateTimeFormatInfo.GetInstance(provider), style, false, out r) != ParseError.None) return false;
            result = r.Value;
            return true;
        }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeExact.CheckStyles(style, false);
            result = MinValue;
            if (s == null) return false;
            DateTimeExact.Result r;
            if (DateTimeExact.ParseMany(s, formats, DateTimeFormatInfo.GetInstance(provider), style, false, out r) != ParseError.None) return false;
            result = r.Value;
            return true;
        }

        public static bool TryParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            return TryParseExact(s.ToString(), format.ToString(), provider, style, out result);
        }

        public static bool TryParseExact(ReadOnlySpan<char> s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            return TryParseExact(s.ToString(), formats, provider, style, out result);
        }
    }

    internal static class DateTimeExact
    {
        internal struct Result
        {
            internal DateTime Value;     // the DateTime ParseExact returns
            internal long ClockTicks;    // the clock time read, before any conversion
            internal long OffsetTicks;   // the offset read, or the one assumed
            internal bool HasOffset;
        }

        internal static void CheckStyles(DateTimeStyles style, bool offset)
        {
            const DateTimeStyles all = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.NoCurrentDateDefault | DateTimeStyles.AdjustToUniversal
                | DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal | DateTimeStyles.RoundtripKind;
            if ((style & ~all) != 0) throw new ArgumentException("An undefined DateTimeStyles value is being used.", "style");
            if ((style & DateTimeStyles.AssumeLocal) != 0 && (style & DateTimeStyles.AssumeUniversal) != 0)
                throw new ArgumentException("The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.", "style");
            if ((style & DateTimeStyles.RoundtripKind) != 0 && (style & (DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)) != 0)
                throw new ArgumentException("The DateTimeStyles value RoundtripKind cannot be used with the values AssumeLocal, AssumeUniversal or AdjustToUniversal.", "style");
            if (offset && (style & DateTimeStyles.NoCurrentDateDefault) != 0)
                throw new ArgumentException("The DateTimeStyles value 'NoCurrentDateDefault' is not allowed when parsing DateTimeOffset.", "styles");
        }

        internal static FormatException Error(ParseError e, string s)
        {
            switch (e)
            {
                case ParseError.BadFormatSpecifier: return new FormatException("Format specifier '' was invalid.");
                case ParseError.InvalidString: return new FormatException("Input string was not in a correct format.");
                case ParseError.NoFormats: return new FormatException("No format specifiers were provided.");
                case ParseError.BadQuote: return new FormatException("Cannot find a matching quote character for the character '''.");
                case ParseError.OffsetRange: return new FormatException("The time zone offset of string '" + s + "' must be within plus or minus 14 hours.");
                case ParseError.BadDayOfWeek: return new FormatException("String '" + s + "' was not recognized as a valid DateTime because the day of week was incorrect.");
                case ParseError.BadCalendar: return new FormatException("The DateTime represented by the string '" + s + "' is not supported in calendar 'System.Globalization.GregorianCalendar'.");
                default: return new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
            }
        }

        internal static ParseError ParseMany(string s, string[] formats, DateTimeFormatInfo dtfi, DateTimeStyles style, bool offset, out Result r)
        {
            r = new Result();
            if (formats == null) throw new ArgumentNullException("formats");
            if (formats.Length == 0) return ParseError.NoFormats;
            for (int i = 0; i < formats.Length; i++)
            {
                if (formats[i] == null || formats[i].Length == 0) return ParseError.BadFormatSpecifier;
                if (Parse(s, formats[i], dtfi, style, offset, out r) == ParseError.None) return ParseError.None;
            }
            return ParseError.BadDateTime;
        }

        internal static ParseError Parse(string s, string format, DateTimeFormatInfo dtfi, DateTimeStyles style, bool offset, out Result r)
        {
            r = new Result();
            if (format.Length == 0) return ParseError.BadFormatSpecifier;
            bool utcPattern = false;   // 'U': the text is UTC
            if (format.Length == 1)
            {
                char f = format[0];
                DateTimeFormatInfo inv = DateTimeFormatInfo.InvariantInfo;
                switch (f)
                {
                    case 'd': format = dtfi.ShortDatePattern; break;
                    case 'D': format = dtfi.LongDatePattern; break;
                    case 'f': format = dtfi.LongDatePattern + " " + dtfi.ShortTimePattern; break;
                    case 'F': format = dtfi.FullDateTimePattern; break;
                    case 'g': format = dtfi.ShortDatePattern + " " + dtfi.ShortTimePattern; break;
                    case 'G': format = dtfi.ShortDatePattern + " " + dtfi.LongTimePattern; break;
                    case 'm': case 'M': format = dtfi.MonthDayPattern; break;
                    case 'o': case 'O': format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"; dtfi = inv; break;
                    case 'r': case 'R': format = inv.RFC1123Pattern; dtfi = inv; break;
                    case 's': format = inv.SortableDateTimePattern; dtfi = inv; break;
                    case 't': format = dtfi.ShortTimePattern; break;
                    case 'T': format = dtfi.LongTimePattern; break;
                    case 'u': format = inv.UniversalSortableDateTimePattern; dtfi = inv; if (offset) utcPattern = true; break;
                    case 'U': if (offset) return ParseError.InvalidString; format = dtfi.FullDateTimePattern; utcPattern = true; break;
                    case 'y': case 'Y': format = dtfi.YearMonthPattern; break;
                    default: return ParseError.InvalidString;
                }
            }
            ParsedDateTime p;
            ParseError e = DateTimeExactParser.Parse(s, format, dtfi, style, out p);
            if (e != ParseError.None) return e;
            if (utcPattern && !p.HasOffset) { p.HasOffset = true; p.Utc = true; p.OffsetTicks = 0; }
            e = DateTimeExactParser.Finish(ref p, dtfi);
            if (e != ParseError.None) return e;

            bool yearRead = p.Year >= 0;
            // Missing date parts: today's date (or 1/1/1 with NoCurrentDateDefault), or January 1 of the year read.
            if (p.Year < 0 || p.Month < 0 || p.Day < 0)
            {
                DateTime now = DateTime.Now;
                if (p.Month < 0 && p.Day < 0)
                {
                    if (p.Year < 0)
                    {
                        if ((style & DateTimeStyles.NoCurrentDateDefault) != 0) { p.Year = 1; p.Month = 1; p.Day = 1; }
                        else { p.Year = now.Year; p.Month = now.Month; p.Day = now.Day; }
                    }
                    else { p.Month = 1; p.Day = 1; }
                }
                else
                {
                    if (p.Year < 0) p.Year = now.Year;
                    if (p.Month < 0) p.Month = 1;
                    if (p.Day < 0) p.Day = 1;
                }
            }
            // A year read in another calendar (th-TH's Thai Buddhist one) becomes the Gregorian date.
            Calendar cal = dtfi.Calendar;
            if (yearRead && !(cal is GregorianCalendar))
            {
                DateTime g;
                try { g = cal.ToDateTime(p.Year, p.Month, p.Day, 0, 0, 0, 0); }
                catch (ArgumentException) { return ParseError.BadCalendar; }
                p.Year = g.Year; p.Month = g.Month; p.Day = g.Day;
            }
            if (p.Year < 1 || p.Year > 9999 || p.Month < 1 || p.Month > 12 || p.Day < 1 || p.Day > DateTime.DaysInMonth(p.Year, p.Month)
                || p.Hour > 23 || p.Minute > 59 || p.Second > 59)
                return ParseError.BadCalendar;
            long clock = DateTime.DateToTicks(p.Year, p.Month, p.Day) + DateTime.TimeToTicks(p.Hour, p.Minute, p.Second) + p.Fraction;
            if (p.DayOfWeek >= 0 && (int)new DateTime(clock).DayOfWeek != p.DayOfWeek) return ParseError.BadDayOfWeek;

            r.ClockTicks = clock;
            r.HasOffset = p.HasOffset;
            r.OffsetTicks = p.OffsetTicks;
            long utc = clock - p.OffsetTicks;
            if (p.HasOffset && (utc < 0 || utc > DateTime.MaxValue.Ticks)) return ParseError.BadDateTime;

            DateTimeKind kind;
            long ticks = clock;
            if (p.HasOffset)
            {
                ticks = utc;
                if ((style & DateTimeStyles.AdjustToUniversal) != 0) kind = DateTimeKind.Utc;
                else if ((style & DateTimeStyles.RoundtripKind) != 0 && p.Utc) kind = DateTimeKind.Utc;
                else kind = DateTimeKind.Local;
            }
            else if ((style & DateTimeStyles.AssumeUniversal) != 0)
                kind = (style & DateTimeStyles.AdjustToUniversal) != 0 ? DateTimeKind.Utc : DateTimeKind.Local;
            else if ((style & DateTimeStyles.AssumeLocal) != 0)
                kind = (style & DateTimeStyles.AdjustToUniversal) != 0 ? DateTimeKind.Utc : DateTimeKind.Local;
            else
                kind = DateTimeKind.Unspecified;   // AdjustToUniversal alone leaves an unzoned time as it is
            r.Value = new DateTime(ticks, kind);
            return ParseError.None;
        }
    }
}
