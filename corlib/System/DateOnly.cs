// DateOnly (.NET 6): a calendar date stored as its day number (days since
// 0001-01-01). Formatting and parsing use the invariant DateTime machinery.
using System.Globalization;

namespace System
{
    public readonly partial struct DateOnly : IComparable, IComparable<DateOnly>, IEquatable<DateOnly>, IFormattable
    {
        private const int MaxDayNumber = 3652058;   // 9999-12-31
        private readonly int _dayNumber;

        private DateOnly(int dayNumber) { _dayNumber = dayNumber; }

        public DateOnly(int year, int month, int day) { _dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay); }


        public static DateOnly MinValue { get { return new DateOnly(0); } }
        public static DateOnly MaxValue { get { return new DateOnly(MaxDayNumber); } }

        public static DateOnly FromDayNumber(int dayNumber)
        {
            if ((uint)dayNumber > MaxDayNumber) throw new ArgumentOutOfRangeException("dayNumber", dayNumber, "Day number must be between 0 and DateOnly.MaxValue.DayNumber.");
            return new DateOnly(dayNumber);
        }

        public static DateOnly FromDateTime(DateTime dateTime) { return new DateOnly((int)(dateTime.Ticks / TimeSpan.TicksPerDay)); }

        private DateTime AsDateTime { get { return new DateTime(_dayNumber * TimeSpan.TicksPerDay); } }

        public int DayNumber { get { return _dayNumber; } }
        public int Year { get { return AsDateTime.Year; } }
        public int Month { get { return AsDateTime.Month; } }
        public int Day { get { return AsDateTime.Day; } }
        public DayOfWeek DayOfWeek { get { return (DayOfWeek)((_dayNumber + 1) % 7); } }
        public int DayOfYear { get { return AsDateTime.DayOfYear; } }

        public DateOnly AddDays(int value)
        {
            long n = (long)_dayNumber + value;
            if (n < 0 || n > MaxDayNumber) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            return new DateOnly((int)n);
        }

        public DateOnly AddMonths(int value) { return FromDateTime(AsDateTime.AddMonths(value)); }
        public DateOnly AddYears(int value) { return FromDateTime(AsDateTime.AddYears(value)); }

        public DateTime ToDateTime(TimeOnly time) { return new DateTime(_dayNumber * TimeSpan.TicksPerDay + time.Ticks); }
        public DateTime ToDateTime(TimeOnly time, DateTimeKind kind) { return new DateTime(_dayNumber * TimeSpan.TicksPerDay + time.Ticks, kind); }

        public void Deconstruct(out int year, out int month, out int day)
        {
            DateTime d = AsDateTime;
            year = d.Year; month = d.Month; day = d.Day;
        }

        public static bool operator ==(DateOnly left, DateOnly right) { return left._dayNumber == right._dayNumber; }
        public static bool operator !=(DateOnly left, DateOnly right) { return left._dayNumber != right._dayNumber; }
        public static bool operator <(DateOnly left, DateOnly right) { return left._dayNumber < right._dayNumber; }
        public static bool operator <=(DateOnly left, DateOnly right) { return left._dayNumber <= right._dayNumber; }
        public static bool operator >(DateOnly left, DateOnly right) { return left._dayNumber > right._dayNumber; }
        public static bool operator >=(DateOnly left, DateOnly right) { return left._dayNumber >= right._dayNumber; }

        public int CompareTo(DateOnly value) { return _dayNumber.CompareTo(value._dayNumber); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is DateOnly)) throw new ArgumentException("Object must be of type DateOnly.");
            return CompareTo((DateOnly)value);
        }

        public bool Equals(DateOnly value) { return _dayNumber == value._dayNumber; }
        public override bool Equals(object value) { return value is DateOnly && ((DateOnly)value)._dayNumber == _dayNumber; }
        public override int GetHashCode() { return _dayNumber; }

        // ---- formatting: d D m M o O r R y Y and custom date-only patterns ----

        public override string ToString() { return ToString("d", null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString("d", provider); }
        public string ToLongDateString() { return ToString("D", null); }
        public string ToShortDateString() { return ToString("d", null); }

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) format = "d";
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'o': case 'O': return DateTimeFormat.Format(AsDateTime, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
                    case 'r': case 'R': return DateTimeFormat.Format(AsDateTime, "ddd, dd MMM yyyy", CultureInfo.InvariantCulture);
                    case 'd': case 'D': case 'm': case 'M': case 'y': case 'Y': return DateTimeFormat.Format(AsDateTime, format, provider);
                    default: throw new FormatException("Input string was not in a correct format.");
                }
            }
            if (HasSpecifier(format, "hHmsfFtzK")) throw new FormatException("Input string was not in a correct format.");
            return DateTimeFormat.Format(AsDateTime, format, provider);
        }

        // True if `format` has one of `specifiers` outside quotes/escapes.
        internal static bool HasSpecifier(string format, string specifiers)
        {
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c == '\'' || c == '"') { int j = format.IndexOf(c, i + 1); if (j < 0) return false; i = j; continue; }
                if (c == '\\') { i++; continue; }
                if (specifiers.IndexOf(c) >= 0) return true;
            }
            return false;
        }

        // ---- parsing ----

        private static FormatException BadFormat(string s) { return new FormatException("String '" + s + "' was not recognized as a valid DateOnly."); }

        public static DateOnly Parse(string s) { return Parse(s, null, DateTimeStyles.None); }
        public static DateOnly Parse(string s, IFormatProvider provider) { return Parse(s, provider, DateTimeStyles.None); }

        public static DateOnly Parse(string s, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            DateTime dt;
            if (!DateTime.TryParse(s, provider, style, out dt)) throw BadFormat(s);
            if (s.IndexOf(':') >= 0) throw new FormatException("String '" + s + "' contains parts which are not specific to the DateOnly.");
            return FromDateTime(dt);
        }

        public static bool TryParse(string s, out DateOnly result) { return TryParse(s, null, DateTimeStyles.None, out result); }
        public static bool TryParse(string s, IFormatProvider provider, out DateOnly result) { return TryParse(s, provider, DateTimeStyles.None, out result); }

        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles style, out DateOnly result)
        {
            result = default(DateOnly);
            DateTime dt;
            if (s == null || s.IndexOf(':') >= 0 || !DateTime.TryParse(s, provider, style, out dt)) return false;
            result = FromDateTime(dt);
            return true;
        }

        public static DateOnly ParseExact(string s, string format) { return ParseExact(s, format, null, DateTimeStyles.None); }

        public static DateOnly ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            DateOnly r;
            if (!TryParseExact(s, format, provider, style, out r)) throw BadFormat(s);
            return r;
        }

        public static DateOnly ParseExact(string s, string[] formats) { return ParseExact(s, formats, null, DateTimeStyles.None); }

        public static DateOnly ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (formats == null) throw new ArgumentNullException("formats");
            DateOnly r;
            if (!TryParseExact(s, formats, provider, style, out r)) throw BadFormat(s);
            return r;
        }

        public static bool TryParseExact(string s, string format, out DateOnly result) { return TryParseExact(s, format, null, DateTimeStyles.None, out result); }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateOnly result)
        {
            result = default(DateOnly);
            if (s == null || format == null) return false;
            DateTimeFormatInfo dtfi = DateTimeFormatInfo.GetInstance(provider);
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'o': case 'O': format = "yyyy'-'MM'-'dd"; break;
                    case 'r': case 'R': format = "ddd, dd MMM yyyy"; break;
                    case 'd': format = dtfi.ShortDatePattern; break;
                    case 'D': format = dtfi.LongDatePattern; break;
                    case 'm': case 'M': format = dtfi.MonthDayPattern; break;
                    case 'y': case 'Y': format = dtfi.YearMonthPattern; break;
                    default: return false;
                }
            }
            ParsedDateTime p;
            bool white = (style & (DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite)) != 0;
            if (!DateTimeExactParser.TryParse(s, format, dtfi, white, out p) || p.HasTime) return false;
            result = new DateOnly(p.Year, p.Month, p.Day);
            return true;
        }

        public static bool TryParseExact(string s, string[] formats, out DateOnly result) { return TryParseExact(s, formats, null, DateTimeStyles.None, out result); }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateOnly result)
        {
            result = default(DateOnly);
            if (formats == null) return false;
            foreach (string f in formats)
                if (TryParseExact(s, f, provider, style, out result)) return true;
            return false;
        }
    }
}
