// TimeOnly (.NET 6): a time of day in ticks [0, TimeSpan.TicksPerDay).
// Arithmetic wraps around midnight; formatting and parsing are invariant.
using System.Globalization;

namespace System
{
    public readonly partial struct TimeOnly : IComparable, IComparable<TimeOnly>, IEquatable<TimeOnly>, IFormattable
    {
        private readonly long _ticks;

        public TimeOnly(long ticks)
        {
            if ((ulong)ticks >= (ulong)TimeSpan.TicksPerDay) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between 0 and and TimeOnly.MaxValue.Ticks.");
            _ticks = ticks;
        }

        public TimeOnly(int hour, int minute) : this(hour, minute, 0, 0, 0) { }
        public TimeOnly(int hour, int minute, int second) : this(hour, minute, second, 0, 0) { }
        public TimeOnly(int hour, int minute, int second, int millisecond) : this(hour, minute, second, millisecond, 0) { }

        public TimeOnly(int hour, int minute, int second, int millisecond, int microsecond)
        {
            if ((uint)hour > 23 || (uint)minute > 59 || (uint)second > 59) throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            if ((uint)millisecond > 999) throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            if ((uint)microsecond > 999) throw new ArgumentOutOfRangeException("microsecond", "Valid values are between 0 and 999, inclusive.");
            _ticks = hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond
                     + millisecond * TimeSpan.TicksPerMillisecond + microsecond * 10L;
        }

        public static TimeOnly MinValue { get { return new TimeOnly(0L); } }
        public static TimeOnly MaxValue { get { return new TimeOnly(TimeSpan.TicksPerDay - 1); } }

        public int Hour { get { return (int)(_ticks / TimeSpan.TicksPerHour); } }
        public int Minute { get { return (int)(_ticks / TimeSpan.TicksPerMinute % 60); } }
        public int Second { get { return (int)(_ticks / TimeSpan.TicksPerSecond % 60); } }
        public int Millisecond { get { return (int)(_ticks / TimeSpan.TicksPerMillisecond % 1000); } }
        public int Microsecond { get { return (int)(_ticks / 10 % 1000); } }
        public int Nanosecond { get { return (int)(_ticks % 10 * 100); } }
        public long Ticks { get { return _ticks; } }

        // Adds ticks, wrapping into [0, day) and counting the whole days crossed.
        private TimeOnly AddTicks(long ticks, out int wrappedDays)
        {
            long t = _ticks + ticks % TimeSpan.TicksPerDay;
            long days = ticks / TimeSpan.TicksPerDay;
            if (t < 0) { t += TimeSpan.TicksPerDay; days--; }
            else if (t >= TimeSpan.TicksPerDay) { t -= TimeSpan.TicksPerDay; days++; }
            wrappedDays = (int)days;
            return new TimeOnly(t);
        }

        public TimeOnly Add(TimeSpan value) { int d; return AddTicks(value.Ticks, out d); }
        public TimeOnly Add(TimeSpan value, out int wrappedDays) { return AddTicks(value.Ticks, out wrappedDays); }
        public TimeOnly AddHours(double value) { int d; return AddTicks((long)(value * TimeSpan.TicksPerHour), out d); }
        public TimeOnly AddHours(double value, out int wrappedDays) { return AddTicks((long)(value * TimeSpan.TicksPerHour), out wrappedDays); }
        public TimeOnly AddMinutes(double value) { int d; return AddTicks((long)(value * TimeSpan.TicksPerMinute), out d); }
        public TimeOnly AddMinutes(double value, out int wrappedDays) { return AddTicks((long)(value * TimeSpan.TicksPerMinute), out wrappedDays); }

        // In [start, end), going forward from start (so it may span midnight).
        public bool IsBetween(TimeOnly start, TimeOnly end)
        {
            long s = start._ticks, e = end._ticks, t = _ticks;
            return s <= e ? (t >= s && t < e) : (t >= s || t < e);
        }

        public static TimeSpan operator -(TimeOnly t1, TimeOnly t2)
        {
            long d = t1._ticks - t2._ticks;
            if (d < 0) d += TimeSpan.TicksPerDay;
            return new TimeSpan(d);
        }

        public static bool operator ==(TimeOnly left, TimeOnly right) { return left._ticks == right._ticks; }
        public static bool operator !=(TimeOnly left, TimeOnly right) { return left._ticks != right._ticks; }
        public static bool operator <(TimeOnly left, TimeOnly right) { return left._ticks < right._ticks; }
        public static bool operator <=(TimeOnly left, TimeOnly right) { return left._ticks <= right._ticks; }
        public static bool operator >(TimeOnly left, TimeOnly right) { return left._ticks > right._ticks; }
        public static bool operator >=(TimeOnly left, TimeOnly right) { return left._ticks >= right._ticks; }

        public static TimeOnly FromTimeSpan(TimeSpan timeSpan) { return new TimeOnly(timeSpan.Ticks); }
        public static TimeOnly FromDateTime(DateTime dateTime) { return new TimeOnly(dateTime.TimeOfDay.Ticks); }
        public TimeSpan ToTimeSpan() { return new TimeSpan(_ticks); }

        public void Deconstruct(out int hour, out int minute) { hour = Hour; minute = Minute; }
        public void Deconstruct(out int hour, out int minute, out int second) { hour = Hour; minute = Minute; second = Second; }
        public void Deconstruct(out int hour, out int minute, out int second, out int millisecond) { hour = Hour; minute = Minute; second = Second; millisecond = Millisecond; }
        public void Deconstruct(out int hour, out int minute, out int second, out int millisecond, out int microsecond) { hour = Hour; minute = Minute; second = Second; millisecond = Millisecond; microsecond = Microsecond; }

        public int CompareTo(TimeOnly value) { return _ticks.CompareTo(value._ticks); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is TimeOnly)) throw new ArgumentException("Object must be of type TimeOnly.");
            return CompareTo((TimeOnly)value);
        }

        public bool Equals(TimeOnly value) { return _ticks == value._ticks; }
        public override bool Equals(object value) { return value is TimeOnly && ((TimeOnly)value)._ticks == _ticks; }
        public override int GetHashCode() { return (int)_ticks ^ (int)(_ticks >> 32); }

        // ---- formatting: t T o O r R and custom time-only patterns ----

        private DateTime AsDateTime { get { return new DateTime(_ticks); } }

        public override string ToString() { return ToString("t", null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString("t", provider); }
        public string ToLongTimeString() { return ToString("T", null); }
        public string ToShortTimeString() { return ToString("t", null); }

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) format = "t";
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'o': case 'O': return DateTimeFormat.Format(AsDateTime, "HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture);
                    case 'r': case 'R': return DateTimeFormat.Format(AsDateTime, "HH':'mm':'ss", CultureInfo.InvariantCulture);
                    case 't': case 'T': return DateTimeFormat.Format(AsDateTime, format, provider);
                    default: throw new FormatException("Input string was not in a correct format.");
                }
            }
            if (DateOnly.HasSpecifier(format, "yMdgzK/")) throw new FormatException("Input string was not in a correct format.");
            return DateTimeFormat.Format(AsDateTime, format, provider);
        }

        // ---- parsing ----

        private static FormatException BadFormat(string s) { return new FormatException("String '" + s + "' was not recognized as a valid TimeOnly."); }

        public static TimeOnly Parse(string s) { return Parse(s, null, DateTimeStyles.None); }
        public static TimeOnly Parse(string s, IFormatProvider provider) { return Parse(s, provider, DateTimeStyles.None); }

        public static TimeOnly Parse(string s, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            TimeOnly r;
            if (!TryParse(s, provider, style, out r)) throw BadFormat(s);
            return r;
        }

        public static bool TryParse(string s, out TimeOnly result) { return TryParse(s, null, DateTimeStyles.None, out result); }
        public static bool TryParse(string s, IFormatProvider provider, out TimeOnly result) { return TryParse(s, provider, DateTimeStyles.None, out result); }

        // A time of day alone: H:mm[:ss[.fffffff]] with an optional AM/PM designator.
        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles style, out TimeOnly result)
        {
            result = default(TimeOnly);
            if (s == null) return false;
            string[] formats = { "H:mm", "H:mm:ss", "H:mm:ss.FFFFFFF", "h:mm tt", "h:mm:ss tt", "h:mm:ss.FFFFFFF tt" };
            DateTimeFormatInfo dtfi = DateTimeFormatInfo.GetInstance(provider);
            string t = s.Trim();
            foreach (string f in formats)
            {
                ParsedDateTime p;
                if (DateTimeExactParser.TryParse(t, f, dtfi, true, out p))
                {
                    result = new TimeOnly(p.Hour * TimeSpan.TicksPerHour + p.Minute * TimeSpan.TicksPerMinute + p.Second * TimeSpan.TicksPerSecond + p.Fraction);
                    return true;
                }
            }
            return false;
        }

        public static TimeOnly ParseExact(string s, string format) { return ParseExact(s, format, null, DateTimeStyles.None); }

        public static TimeOnly ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            TimeOnly r;
            if (!TryParseExact(s, format, provider, style, out r)) throw BadFormat(s);
            return r;
        }

        public static TimeOnly ParseExact(string s, string[] formats) { return ParseExact(s, formats, null, DateTimeStyles.None); }

        public static TimeOnly ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (formats == null) throw new ArgumentNullException("formats");
            TimeOnly r;
            if (!TryParseExact(s, formats, provider, style, out r)) throw BadFormat(s);
            return r;
        }

        public static bool TryParseExact(string s, string format, out TimeOnly result) { return TryParseExact(s, format, null, DateTimeStyles.None, out result); }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out TimeOnly result)
        {
            result = default(TimeOnly);
            if (s == null || format == null) return false;
            DateTimeFormatInfo dtfi = DateTimeFormatInfo.GetInstance(provider);
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'o': case 'O': format = "HH':'mm':'ss'.'fffffff"; break;
                    case 'r': case 'R': format = "HH':'mm':'ss"; break;
                    case 't': format = dtfi.ShortTimePattern; break;
                    case 'T': format = dtfi.LongTimePattern; break;
                    default: return false;
                }
            }
            ParsedDateTime p;
            bool white = (style & (DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AllowLeadingWhite | DateTimeStyles.AllowTrailingWhite)) != 0;
            if (!DateTimeExactParser.TryParse(s, format, dtfi, white, out p) || p.HasDate) return false;
            result = new TimeOnly(p.Hour * TimeSpan.TicksPerHour + p.Minute * TimeSpan.TicksPerMinute + p.Second * TimeSpan.TicksPerSecond + p.Fraction);
            return true;
        }

        public static bool TryParseExact(string s, string[] formats, out TimeOnly result) { return TryParseExact(s, formats, null, DateTimeStyles.None, out result); }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out TimeOnly result)
        {
            result = default(TimeOnly);
            if (formats == null) return false;
            foreach (string f in formats)
                if (TryParseExact(s, f, provider, style, out result)) return true;
            return false;
        }
    }
}
