// DateTime: 100ns ticks since 0001-01-01 plus a kind, proleptic Gregorian.
// Local time is UTC (the browser/host time zone is not consulted).
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public partial struct DateTime : IComparable, IFormattable, IConvertible, IComparable<DateTime>, IEquatable<DateTime>
    {
        private const long TicksPerMillisecond = 10000;
        private const long TicksPerSecond = TicksPerMillisecond * 1000;
        private const long TicksPerMinute = TicksPerSecond * 60;
        private const long TicksPerHour = TicksPerMinute * 60;
        private const long TicksPerDay = TicksPerHour * 24;
        private const int DaysPer400Years = 146097;
        private const long MaxTicks = 3652059 * TicksPerDay - 1;
        internal const long UnixEpochTicks = 621355968000000000;

        private static readonly int[] s_daysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] s_daysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

        public static readonly DateTime MinValue = new DateTime(0, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);
        public static readonly DateTime UnixEpoch = new DateTime(UnixEpochTicks, DateTimeKind.Utc);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long InternalUtcNowTicks();

        private long _ticks;
        private DateTimeKind _kind;

        public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified) { }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if (ticks < 0 || ticks > MaxTicks) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            _ticks = ticks;
            _kind = kind;
        }

        public DateTime(int year, int month, int day) { _ticks = DateToTicks(year, month, day); _kind = DateTimeKind.Unspecified; }
        public DateTime(int year, int month, int day, int hour, int minute, int second) : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) : this(year, month, day, hour, minute, second, 0, kind) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if (millisecond < 0 || millisecond >= 1000) throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            _ticks = DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + millisecond * TicksPerMillisecond;
            _kind = kind;
        }

        internal static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            if (day > days[month] - days[month - 1]) throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int y = year - 1;
            int n = y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            return n * TicksPerDay;
        }

        internal static long TimeToTicks(int hour, int minute, int second)
        {
            if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return hour * TicksPerHour + minute * TicksPerMinute + second * TicksPerSecond;
        }

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
            return (year & 3) == 0 && ((year % 100) != 0 || (year % 400) == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            return days[month] - days[month - 1];
        }

        // part: 0 year, 1 day of year, 2 month, 3 day
        private int GetDatePart(int part)
        {
            int n = (int)(_ticks / TicksPerDay);
            int y400 = n / DaysPer400Years;
            n -= y400 * DaysPer400Years;
            int y100 = n / 36524;
            if (y100 == 4) y100 = 3;
            n -= y100 * 36524;
            int y4 = n / 1461;
            n -= y4 * 1461;
            int y1 = n / 365;
            if (y1 == 4) y1 = 3;
            if (part == 0) return y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * 365;
            if (part == 1) return n + 1;
            bool leap = y1 == 3 && (y4 != 24 || y100 == 3);
            int[] days = leap ? s_daysToMonth366 : s_daysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= days[m]) m++;
            if (part == 2) return m;
            return n - days[m - 1] + 1;
        }

        public long Ticks { get { return _ticks; } }
        public DateTimeKind Kind { get { return _kind; } }
        public int Year { get { return GetDatePart(0); } }
        public int Month { get { return GetDatePart(2); } }
        public int Day { get { return GetDatePart(3); } }
        public int DayOfYear { get { return GetDatePart(1); } }
        public DayOfWeek DayOfWeek { get { return (DayOfWeek)((int)((_ticks / TicksPerDay + 1) % 7)); } }
        public int Hour { get { return (int)((_ticks / TicksPerHour) % 24); } }
        public int Minute { get { return (int)((_ticks / TicksPerMinute) % 60); } }
        public int Second { get { return (int)((_ticks / TicksPerSecond) % 60); } }
        public int Millisecond { get { return (int)((_ticks / TicksPerMillisecond) % 1000); } }
        public DateTime Date { get { return new DateTime(_ticks - _ticks % TicksPerDay, _kind); } }
        public TimeSpan TimeOfDay { get { return new TimeSpan(_ticks % TicksPerDay); } }

        public static DateTime UtcNow { get { return new DateTime(InternalUtcNowTicks(), DateTimeKind.Utc); } }
        public static DateTime Now { get { return new DateTime(InternalUtcNowTicks(), DateTimeKind.Local); } }
        public static DateTime Today { get { return Now.Date; } }

        public DateTime Add(TimeSpan value) { return AddTicks(value.Ticks); }

        public DateTime AddTicks(long value)
        {
            long t = _ticks + value;
            if (t < 0 || t > MaxTicks) throw new ArgumentOutOfRangeException("value", "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(t, _kind);
        }

        private DateTime AddUnits(double value, long scale)
        {
            double ms = value * scale + (value >= 0 ? 0.5 : -0.5);
            if (ms <= -315537897600000.0 || ms >= 315537897600000.0) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            return AddTicks((long)ms * TicksPerMillisecond);
        }

        public DateTime AddMilliseconds(double value) { return AddUnits(value, 1); }
        public DateTime AddSeconds(double value) { return AddUnits(value, 1000); }
        public DateTime AddMinutes(double value) { return AddUnits(value, 60000); }
        public DateTime AddHours(double value) { return AddUnits(value, 3600000); }
        public DateTime AddDays(double value) { return AddUnits(value, 86400000); }

        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
            int y = Year, m = Month, d = Day;
            int i = m - 1 + months;
            if (i >= 0) { m = i % 12 + 1; y = y + i / 12; }
            else { m = 12 + (i + 1) % 12; y = y + (i - 11) / 12; }
            if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException("months", "The added or subtracted value results in an un-representable DateTime.");
            int dim = DaysInMonth(y, m);
            if (d > dim) d = dim;
            return new DateTime(DateToTicks(y, m, d) + _ticks % TicksPerDay, _kind);
        }

        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000) throw new ArgumentOutOfRangeException("years", "Years value must be between +/-10000.");
            return AddMonths(value * 12);
        }

        public TimeSpan Subtract(DateTime value) { return new TimeSpan(_ticks - value._ticks); }
        public DateTime Subtract(TimeSpan value) { return AddTicks(-value.Ticks); }

        public DateTime ToUniversalTime() { return new DateTime(_ticks, DateTimeKind.Utc); }
        public DateTime ToLocalTime() { return new DateTime(_ticks, DateTimeKind.Local); }
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) { return new DateTime(value._ticks, kind); }
        public long ToBinary() { return _ticks | ((long)_kind << 62); }
        public static DateTime FromBinary(long dateData) { return new DateTime(dateData & 0x3FFFFFFFFFFFFFFFL, (DateTimeKind)((dateData >> 62) & 3)); }
        public double ToOADate() { return (double)(_ticks - 599264352000000000L) / TicksPerDay; }

        public static DateTime operator +(DateTime d, TimeSpan t) { return d.AddTicks(t.Ticks); }
        public static DateTime operator -(DateTime d, TimeSpan t) { return d.AddTicks(-t.Ticks); }
        public static TimeSpan operator -(DateTime d1, DateTime d2) { return new TimeSpan(d1._ticks - d2._ticks); }
        public static bool operator ==(DateTime d1, DateTime d2) { return d1._ticks == d2._ticks; }
        public static bool operator !=(DateTime d1, DateTime d2) { return d1._ticks != d2._ticks; }
        public static bool operator <(DateTime t1, DateTime t2) { return t1._ticks < t2._ticks; }
        public static bool operator <=(DateTime t1, DateTime t2) { return t1._ticks <= t2._ticks; }
        public static bool operator >(DateTime t1, DateTime t2) { return t1._ticks > t2._ticks; }
        public static bool operator >=(DateTime t1, DateTime t2) { return t1._ticks >= t2._ticks; }

        public static int Compare(DateTime t1, DateTime t2) { return t1._ticks < t2._ticks ? -1 : (t1._ticks > t2._ticks ? 1 : 0); }
        public int CompareTo(DateTime value) { return Compare(this, value); }
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is DateTime)) throw new ArgumentException("Object must be of type DateTime.");
            return Compare(this, (DateTime)value);
        }

        public override bool Equals(object value) { return value is DateTime && ((DateTime)value)._ticks == _ticks; }
        public bool Equals(DateTime value) { return value._ticks == _ticks; }
        public static bool Equals(DateTime t1, DateTime t2) { return t1._ticks == t2._ticks; }
        public override int GetHashCode() { return (int)_ticks ^ (int)(_ticks >> 32); }

        public override string ToString() { return DateTimeFormat.Format(this, null, null); }
        public string ToString(string format) { return DateTimeFormat.Format(this, format, null); }
        public string ToString(IFormatProvider provider) { return DateTimeFormat.Format(this, null, provider); }
        public string ToString(string format, IFormatProvider provider) { return DateTimeFormat.Format(this, format, provider); }
        public string ToShortDateString() { return DateTimeFormat.Format(this, "d", null); }
        public string ToLongDateString() { return DateTimeFormat.Format(this, "D", null); }
        public string ToShortTimeString() { return DateTimeFormat.Format(this, "t", null); }
        public string ToLongTimeString() { return DateTimeFormat.Format(this, "T", null); }

        public static DateTime Parse(string s) { return Parse(s, null); }
        public static DateTime Parse(string s, IFormatProvider provider) { return Parse(s, provider, DateTimeStyles.None); }

        public static DateTime Parse(string s, IFormatProvider provider, DateTimeStyles styles)
        {
            if (s == null) throw new ArgumentNullException("s");
            DateTime r;
            if (!TryParse(s, provider, styles, out r)) throw new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
            return r;
        }

        public static bool TryParse(string s, out DateTime result) { return TryParse(s, null, DateTimeStyles.None, out result); }

        // Accepts ISO 8601 ("yyyy-MM-dd[THH:mm[:ss[.fffffff]]][Z]") and the invariant
        // "MM/dd/yyyy[ HH:mm[:ss]]" form.
        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles styles, out DateTime result)
        {
            DateTimeFormatInfo dtfi = DateTimeFormatInfo.GetInstance(provider);
            // "M/d/yyyy" only where the culture writes the month first ("05/03/2024" is 5 March in en-GB)
            if (TryParseIso(s, styles, dtfi.ShortDatePattern.TrimStart('\'').StartsWith("M", StringComparison.Ordinal), out result)) return true;
            // then the culture's own patterns (its short date "dd.MM.yyyy", long date, with times, ...)
            if (s == null) return false;
            DateTimeStyles ws = (styles & ~DateTimeStyles.AllowWhiteSpaces) | DateTimeStyles.AllowWhiteSpaces | DateTimeExactParser.Lenient;
            foreach (string f in s_cultureParseFormats)
            {
                DateTimeExact.Result r;
                if (DateTimeExact.Parse(s, f, dtfi, ws, false, out r) == ParseError.None) { result = r.Value; return true; }
            }
            // then every other pattern of the culture ("d. MMMM yyyy" beside de-DE's "dddd, d. MMMM yyyy")
            foreach (char c in s_culturePatternLists)
                foreach (string f in dtfi.GetAllDateTimePatterns(c))
                {
                    DateTimeExact.Result r;
                    if (DateTimeExact.Parse(s, f, dtfi, ws, false, out r) == ParseError.None) { result = r.Value; return true; }
                }
            return false;
        }

        private static readonly char[] s_culturePatternLists = { 'd', 'D', 'g', 'G', 'f', 'F', 'y', 't', 'T' };

        private static readonly string[] s_cultureParseFormats = { "G", "g", "d", "F", "f", "D", "M", "Y", "T", "t", "r" };

        // "yyyy-M-d", "yyyy/M/d" or "M/d/yyyy", then optionally [T or space]"H:m[:s[.fffffff]]"[ AM|PM][Z].
        // Every field is plain digits in range, as .NET's parser demands; anything
        // else falls through to the culture's patterns.
        private static bool TryParseIso(string s, DateTimeStyles styles, bool monthFirst, out DateTime result)
        {
            result = MinValue;
            if (s == null) return false;
            s = s.Trim();
            int y, mo, d, h = 0, mi = 0, sec = 0;
            long frac = 0;
            bool utc = false;
            string datePart = s, timePart = null;
            int sp = s.IndexOfAny(new char[] { 'T', ' ' });
            if (sp > 0) { datePart = s.Substring(0, sp); timePart = s.Substring(sp + 1).Trim(); if (timePart.Length == 0) return false; }
            string[] dp;
            if (datePart.IndexOf('-') > 0)
            {
                dp = datePart.Split('-');
                if (dp.Length != 3 || !Digits(dp[0], 4, out y) || !Digits(dp[1], 2, out mo) || !Digits(dp[2], 2, out d)) return false;
            }
            else if (datePart.IndexOf('/') > 0)
            {
                dp = datePart.Split('/');
                if (dp.Length != 3) return false;
                if (dp[0].Length >= 3) { if (!Digits(dp[0], 4, out y) || !Digits(dp[1], 2, out mo) || !Digits(dp[2], 2, out d)) return false; }   // yyyy/M/d
                else if (!monthFirst || !Digits(dp[0], 2, out mo) || !Digits(dp[1], 2, out d) || !Digits(dp[2], 4, out y) || dp[2].Length < 3) return false;
            }
            else return false;
            if (timePart != null)
            {
                if (timePart.EndsWith("Z")) { utc = true; timePart = timePart.Substring(0, timePart.Length - 1); }
                bool pm = false, am = false;
                if (timePart.EndsWith(" PM") || timePart.EndsWith(" AM")) { pm = timePart.EndsWith(" PM"); am = !pm; timePart = timePart.Substring(0, timePart.Length - 3); }
                string[] tp = timePart.Split(':');
                if (tp.Length < 2 || tp.Length > 3) return false;
                if (!Digits(tp[0], 2, out h) || !Digits(tp[1], 2, out mi)) return false;
                if (tp.Length == 3)
                {
                    string ss = tp[2];
                    int dot = ss.IndexOf('.');
                    if (dot >= 0)
                    {
                        string f = ss.Substring(dot + 1);
                        if (f.Length == 0 || f.Length > 7 || !long.TryParse(f.PadRight(7, '0'), NumberStyles.None, CultureInfo.InvariantCulture, out frac)) return false;
                        ss = ss.Substring(0, dot);
                    }
                    if (!Digits(ss, 2, out sec)) return false;
                }
                if (pm && h < 12) h += 12;   // "13:00 PM" stays 13:00, as in .NET
                if (am && h == 12) h = 0;
                if (h > 23 || mi > 59 || sec > 59) return false;
            }
            if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > DaysInMonth(y, mo)) return false;
            result = new DateTime(DateToTicks(y, mo, d) + TimeToTicks(h, mi, sec) + frac, utc ? DateTimeKind.Utc : DateTimeKind.Unspecified);
            // a UTC time is given back in local time unless the caller asks otherwise, as .NET does
            if (utc && (styles & (DateTimeStyles.AdjustToUniversal | DateTimeStyles.RoundtripKind)) == 0) result = result.ToLocalTime();
            return true;
        }

        // 1..max ASCII digits.
        private static bool Digits(string s, int max, out int value)
        {
            value = 0;
            if (s.Length == 0 || s.Length > max) return false;
            foreach (char c in s)
            {
                if (c < '0' || c > '9') return false;
                value = value * 10 + (c - '0');
            }
            return true;
        }

        public TypeCode GetTypeCode() { return TypeCode.DateTime; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Boolean'."); }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Char'."); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'SByte'."); }
        byte IConvertible.ToByte(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Byte'."); }
        short IConvertible.ToInt16(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int16'."); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt16'."); }
        int IConvertible.ToInt32(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int32'."); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt32'."); }
        long IConvertible.ToInt64(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int64'."); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt64'."); }
        float IConvertible.ToSingle(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Single'."); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Double'."); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Decimal'."); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { return this; }
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) { return Convert.ChangeType(this, conversionType, provider); }
    }

    // Standard and custom date/time format strings, with the provider's
    // DateTimeFormatInfo (its calendar, names, genitive month names, patterns).
    internal static class DateTimeFormat
    {
        internal static string Format(DateTime dt, string format, IFormatProvider provider) { return Format(dt, format, provider, NoOffset); }

        internal const long NoOffset = long.MinValue;

        // offsetTicks: a DateTimeOffset's offset, or NoOffset for a DateTime.
        internal static string Format(DateTime dt, string format, IFormatProvider provider, long offsetTicks)
        {
            DateTimeFormatInfo dtfi = DateTimeFormatInfo.GetInstance(provider);
            if (format == null || format.Length == 0) format = "G";
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'd': format = dtfi.ShortDatePattern; break;
                    case 'D': format = dtfi.LongDatePattern; break;
                    case 'f': format = dtfi.LongDatePattern + " " + dtfi.ShortTimePattern; break;
                    case 'F': format = dtfi.FullDateTimePattern; break;
                    case 'g': format = dtfi.ShortDatePattern + " " + dtfi.ShortTimePattern; break;
                    case 'G': format = dtfi.ShortDatePattern + " " + dtfi.LongTimePattern; break;
                    case 'm': case 'M': format = dtfi.MonthDayPattern; break;
                    case 'o': case 'O': format = dt.Kind == DateTimeKind.Utc ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fffffffK" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fffffffK"; break;
                    case 'r': case 'R': format = dtfi.RFC1123Pattern; break;
                    case 's': format = dtfi.SortableDateTimePattern; break;
                    case 't': format = dtfi.ShortTimePattern; break;
                    case 'T': format = dtfi.LongTimePattern; break;
                    case 'u': format = dtfi.UniversalSortableDateTimePattern; break;
                    case 'U': format = dtfi.FullDateTimePattern; break;
                    case 'y': case 'Y': format = dtfi.YearMonthPattern; break;
                    default: throw new FormatException("Input string was not in a correct format.");
                }
            }
            return Custom(dt, format, dtfi, offsetTicks);
        }

        private static int Repeat(string f, int i, char c)
        {
            int n = 1;
            while (i + n < f.Length && f[i + n] == c) n++;
            return n;
        }

        // Whether a month name at f[i..i+len) takes the genitive form: a day
        // number ('d' or 'dd', not 'ddd') is the nearest 'd' run before it or,
        // failing that, after it (the rule .NET applies).
        private static bool GenitiveMonth(string f, int i, int len)
        {
            int j = i - 1;
            while (j >= 0 && f[j] != 'd') j--;
            if (j >= 0)
            {
                int run = 1;
                while (--j >= 0 && f[j] == 'd') run++;
                if (run <= 2) return true;
            }
            j = i + len;
            while (j < f.Length && f[j] != 'd') j++;
            if (j < f.Length)
            {
                int run = 1;
                while (++j < f.Length && f[j] == 'd') run++;
                if (run <= 2) return true;
            }
            return false;
        }

        private static string Custom(DateTime dt, string f, DateTimeFormatInfo dtfi, long offsetTicks)
        {
            StringBuilder sb = new StringBuilder();
            // A culture whose calendar is not the Gregorian one (th-TH's Thai
            // Buddhist calendar) numbers years, months and days by it.
            Calendar cal = dtfi.Calendar;
            bool gregorian = cal is GregorianCalendar;
            int year = gregorian ? dt.Year : cal.GetYear(dt), month = gregorian ? dt.Month : cal.GetMonth(dt), day = gregorian ? dt.Day : cal.GetDayOfMonth(dt);
            int i = 0;
            while (i < f.Length)
            {
                char c = f[i];
                int n;
                switch (c)
                {
                    case 'y':
                        n = Repeat(f, i, c);
                        if (n <= 2) sb.Append((year % 100).ToString(n == 1 ? "D1" : "D2", CultureInfo.InvariantCulture));
                        else sb.Append(year.ToString("D" + n, CultureInfo.InvariantCulture));
                        break;
                    case 'M':
                        n = Repeat(f, i, c);
                        if (n <= 2) sb.Append(month.ToString("D" + n, CultureInfo.InvariantCulture));
                        else if (dtfi.HasGenitiveMonths) sb.Append(dtfi.GetMonthName(month, n == 3, GenitiveMonth(f, i, n)));
                        else if (n == 3) sb.Append(dtfi.GetAbbreviatedMonthName(month));
                        else sb.Append(dtfi.GetMonthName(month));
                        break;
                    case 'd':
                        n = Repeat(f, i, c);
                        if (n <= 2) sb.Append(day.ToString("D" + n, CultureInfo.InvariantCulture));
                        else if (n == 3) sb.Append(dtfi.GetAbbreviatedDayName(dt.DayOfWeek));
                        else sb.Append(dtfi.GetDayName(dt.DayOfWeek));
                        break;
                    case 'h':
                        n = Repeat(f, i, c);
                        { int h = dt.Hour % 12; if (h == 0) h = 12; sb.Append(h.ToString(n == 1 ? "D1" : "D2")); }
                        break;
                    case 'H':
                        n = Repeat(f, i, c);
                        sb.Append(dt.Hour.ToString(n == 1 ? "D1" : "D2"));
                        break;
                    case 'm':
                        n = Repeat(f, i, c);
                        sb.Append(dt.Minute.ToString(n == 1 ? "D1" : "D2"));
                        break;
                    case 's':
                        n = Repeat(f, i, c);
                        sb.Append(dt.Second.ToString(n == 1 ? "D1" : "D2"));
                        break;
                    case 'f':
                    case 'F':
                    {
                        n = Repeat(f, i, c);
                        if (n > 7) throw new FormatException("Input string was not in a correct format.");
                        long frac = dt.Ticks % TimeSpan.TicksPerSecond;
                        string digits = frac.ToString("D7").Substring(0, n);
                        if (c == 'F') digits = digits.TrimEnd('0');
                        sb.Append(digits);
                        break;
                    }
                    case 't':
                        n = Repeat(f, i, c);
                        { string d = dt.Hour < 12 ? dtfi.AMDesignator : dtfi.PMDesignator; if (d.Length > 0) sb.Append(n == 1 ? d.Substring(0, 1) : d); }
                        break;
                    case 'g':
                        n = Repeat(f, i, c);
                        sb.Append(dtfi.GetEraName(1));
                        break;
                    case 'K':
                        n = 1;
                        if (offsetTicks != NoOffset) AppendOffset(sb, offsetTicks, 3);
                        else if (dt.Kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (dt.Kind == DateTimeKind.Local) sb.Append("+00:00");
                        break;
                    case 'z':
                        n = Repeat(f, i, c);
                        AppendOffset(sb, offsetTicks == NoOffset ? 0 : offsetTicks, n);
                        break;
                    case ':': n = 1; sb.Append(dtfi.TimeSeparator); break;
                    case '/': n = 1; sb.Append(dtfi.DateSeparator); break;
                    case '\'':
                    case '"':
                    {
                        int j = i + 1;
                        while (j < f.Length && f[j] != c) { sb.Append(f[j]); j++; }
                        n = j - i + 1;
                        break;
                    }
                    case '\\':
                        if (i + 1 < f.Length) sb.Append(f[i + 1]);
                        n = 2;
                        break;
                    case '%':
                        n = 1;
                        break;
                    default:
                        n = 1;
                        sb.Append(c);
                        break;
                }
                i += n;
            }
            return sb.ToString();
        }

        private static void AppendOffset(System.Text.StringBuilder sb, long ticks, int n)
        {
            sb.Append(ticks < 0 ? '-' : '+');
            if (ticks < 0) ticks = -ticks;
            int h = (int)(ticks / TimeSpan.TicksPerHour), m = (int)(ticks / TimeSpan.TicksPerMinute % 60);
            if (n == 1) sb.Append(h);
            else
            {
                sb.Append((char)('0' + h / 10)).Append((char)('0' + h % 10));
                if (n >= 3) sb.Append(':').Append((char)('0' + m / 10)).Append((char)('0' + m % 10));
            }
        }

        internal static string FormatTimeSpan(TimeSpan ts, string f)
        {
            StringBuilder sb = new StringBuilder();
            TimeSpan a = ts.Ticks < 0 ? ts.Negate() : ts;
            int i = 0;
            while (i < f.Length)
            {
                char c = f[i];
                int n = Repeat(f, i, c);
                switch (c)
                {
                    case 'd': sb.Append(a.Days.ToString("D" + n)); break;
                    case 'h': sb.Append(a.Hours.ToString(n == 1 ? "D1" : "D2")); break;
                    case 'm': sb.Append(a.Minutes.ToString(n == 1 ? "D1" : "D2")); break;
                    case 's': sb.Append(a.Seconds.ToString(n == 1 ? "D1" : "D2")); break;
                    case 'f':
                    case 'F':
                    {
                        string digits = (a.Ticks % TimeSpan.TicksPerSecond).ToString("D7").Substring(0, n > 7 ? 7 : n);
                        if (c == 'F') digits = digits.TrimEnd('0');
                        sb.Append(digits);
                        break;
                    }
                    case '\'':
                    case '"':
                    {
                        int j = i + 1;
                        while (j < f.Length && f[j] != c) { sb.Append(f[j]); j++; }
                        n = j - i + 1;
                        break;
                    }
                    case '\\':
                        if (i + 1 < f.Length) sb.Append(f[i + 1]);
                        n = 2;
                        break;
                    case '%': n = 1; break;
                    default: throw new FormatException("Input string was not in a correct format.");
                }
                i += n;
            }
            return sb.ToString();
        }
    }
}
