// DateTimeOffset: a clock time plus its offset from UTC. Stored as UTC
// ticks and the offset in minutes; local time is UTC in this runtime.
using System.Globalization;

namespace System
{
    [Serializable]
    public partial struct DateTimeOffset : IComparable, IFormattable, IComparable<DateTimeOffset>, IEquatable<DateTimeOffset>
    {
        private const long MaxOffsetTicks = 14 * TimeSpan.TicksPerHour;

        public static readonly DateTimeOffset MinValue = new DateTimeOffset(0, TimeSpan.Zero);
        public static readonly DateTimeOffset MaxValue = new DateTimeOffset(DateTime.MaxValue.Ticks, TimeSpan.Zero);
        public static readonly DateTimeOffset UnixEpoch = new DateTimeOffset(DateTime.UnixEpoch.Ticks, TimeSpan.Zero);

        private readonly long _utcTicks;
        private readonly short _offsetMinutes;

        public DateTimeOffset(long ticks, TimeSpan offset)
        {
            _offsetMinutes = ValidateOffset(offset);
            long utc = ticks - offset.Ticks;
            if (ticks < 0 || ticks > DateTime.MaxValue.Ticks || utc < 0 || utc > DateTime.MaxValue.Ticks)
                throw new ArgumentOutOfRangeException("ticks", "The UTC time represented when the offset is applied must be between year 0 and 10,000.");
            _utcTicks = utc;
        }

        public DateTimeOffset(DateTime dateTime) : this(dateTime.Ticks, TimeSpan.Zero) { }

        public DateTimeOffset(DateTime dateTime, TimeSpan offset) : this(dateTime.Ticks, offset)
        {
            if (dateTime.Kind == DateTimeKind.Utc && offset != TimeSpan.Zero)
                throw new ArgumentException("The UTC Offset for Utc DateTime instances must be 0.", "offset");
        }

        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
            : this(new DateTime(year, month, day, hour, minute, second).Ticks, offset) { }

        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, int millisecond, TimeSpan offset)
            : this(new DateTime(year, month, day, hour, minute, second, millisecond).Ticks, offset) { }

        private static short ValidateOffset(TimeSpan offset)
        {
            long t = offset.Ticks;
            if (t % TimeSpan.TicksPerMinute != 0) throw new ArgumentException("Offset must be specified in whole minutes.", "offset");
            if (t < -MaxOffsetTicks || t > MaxOffsetTicks) throw new ArgumentOutOfRangeException("offset", "Offset must be within plus or minus 14 hours.");
            return (short)(t / TimeSpan.TicksPerMinute);
        }

        public static DateTimeOffset Now { get { return new DateTimeOffset(DateTime.UtcNow.Ticks, TimeSpan.Zero); } }
        public static DateTimeOffset UtcNow { get { return new DateTimeOffset(DateTime.UtcNow.Ticks, TimeSpan.Zero); } }

        public TimeSpan Offset { get { return new TimeSpan(_offsetMinutes * TimeSpan.TicksPerMinute); } }
        public int TotalOffsetMinutes { get { return _offsetMinutes; } }
        private long ClockTicks { get { return _utcTicks + _offsetMinutes * TimeSpan.TicksPerMinute; } }

        public DateTime DateTime { get { return new DateTime(ClockTicks, DateTimeKind.Unspecified); } }
        public DateTime ClockDateTime { get { return DateTime; } }
        public DateTime UtcDateTime { get { return new DateTime(_utcTicks, DateTimeKind.Utc); } }
        public DateTime LocalDateTime { get { return new DateTime(_utcTicks, DateTimeKind.Local); } }
        public long Ticks { get { return ClockTicks; } }
        public long UtcTicks { get { return _utcTicks; } }
        public DateTime Date { get { return DateTime.Date; } }
        public TimeSpan TimeOfDay { get { return DateTime.TimeOfDay; } }
        public int Year { get { return DateTime.Year; } }
        public int Month { get { return DateTime.Month; } }
        public int Day { get { return DateTime.Day; } }
        public int Hour { get { return DateTime.Hour; } }
        public int Minute { get { return DateTime.Minute; } }
        public int Second { get { return DateTime.Second; } }
        public int Millisecond { get { return DateTime.Millisecond; } }
        public DayOfWeek DayOfWeek { get { return DateTime.DayOfWeek; } }
        public int DayOfYear { get { return DateTime.DayOfYear; } }

        public DateTimeOffset ToOffset(TimeSpan offset) { return new DateTimeOffset(_utcTicks + offset.Ticks, offset); }
        public DateTimeOffset ToUniversalTime() { return new DateTimeOffset(_utcTicks, TimeSpan.Zero); }
        public DateTimeOffset ToLocalTime() { return new DateTimeOffset(_utcTicks, TimeSpan.Zero); }

        public DateTimeOffset Add(TimeSpan timeSpan) { return new DateTimeOffset(ClockTicks + timeSpan.Ticks, Offset); }
        public DateTimeOffset AddTicks(long ticks) { return new DateTimeOffset(ClockTicks + ticks, Offset); }
        public DateTimeOffset AddMilliseconds(double ms) { return new DateTimeOffset(DateTime.AddMilliseconds(ms).Ticks, Offset); }
        public DateTimeOffset AddSeconds(double s) { return new DateTimeOffset(DateTime.AddSeconds(s).Ticks, Offset); }
        public DateTimeOffset AddMinutes(double m) { return new DateTimeOffset(DateTime.AddMinutes(m).Ticks, Offset); }
        public DateTimeOffset AddHours(double h) { return new DateTimeOffset(DateTime.AddHours(h).Ticks, Offset); }
        public DateTimeOffset AddDays(double d) { return new DateTimeOffset(DateTime.AddDays(d).Ticks, Offset); }
        public DateTimeOffset AddMonths(int months) { return new DateTimeOffset(DateTime.AddMonths(months).Ticks, Offset); }
        public DateTimeOffset AddYears(int years) { return new DateTimeOffset(DateTime.AddYears(years).Ticks, Offset); }
        public TimeSpan Subtract(DateTimeOffset value) { return new TimeSpan(_utcTicks - value._utcTicks); }
        public DateTimeOffset Subtract(TimeSpan value) { return new DateTimeOffset(ClockTicks - value.Ticks, Offset); }

        public long ToUnixTimeSeconds() { long s = (_utcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond; if (_utcTicks < DateTime.UnixEpoch.Ticks && (_utcTicks - DateTime.UnixEpoch.Ticks) % TimeSpan.TicksPerSecond != 0) s--; return s; }
        public long ToUnixTimeMilliseconds() { long d = _utcTicks - DateTime.UnixEpoch.Ticks; long ms = d / TimeSpan.TicksPerMillisecond; if (d < 0 && d % TimeSpan.TicksPerMillisecond != 0) ms--; return ms; }
        public static DateTimeOffset FromUnixTimeSeconds(long seconds) { return new DateTimeOffset(DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond, TimeSpan.Zero); }
        public static DateTimeOffset FromUnixTimeMilliseconds(long milliseconds) { return new DateTimeOffset(DateTime.UnixEpoch.Ticks + milliseconds * TimeSpan.TicksPerMillisecond, TimeSpan.Zero); }

        public static DateTimeOffset operator +(DateTimeOffset d, TimeSpan t) { return d.Add(t); }
        public static DateTimeOffset operator -(DateTimeOffset d, TimeSpan t) { return d.Subtract(t); }
        public static TimeSpan operator -(DateTimeOffset a, DateTimeOffset b) { return a.Subtract(b); }
        public static bool operator ==(DateTimeOffset a, DateTimeOffset b) { return a._utcTicks == b._utcTicks; }
        public static bool operator !=(DateTimeOffset a, DateTimeOffset b) { return a._utcTicks != b._utcTicks; }
        public static bool operator <(DateTimeOffset a, DateTimeOffset b) { return a._utcTicks < b._utcTicks; }
        public static bool operator <=(DateTimeOffset a, DateTimeOffset b) { return a._utcTicks <= b._utcTicks; }
        public static bool operator >(DateTimeOffset a, DateTimeOffset b) { return a._utcTicks > b._utcTicks; }
        public static bool operator >=(DateTimeOffset a, DateTimeOffset b) { return a._utcTicks >= b._utcTicks; }
        public static implicit operator DateTimeOffset(DateTime dateTime) { return new DateTimeOffset(dateTime); }

        public static int Compare(DateTimeOffset a, DateTimeOffset b) { return a._utcTicks.CompareTo(b._utcTicks); }
        public int CompareTo(DateTimeOffset other) { return _utcTicks.CompareTo(other._utcTicks); }
        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is DateTimeOffset)) throw new ArgumentException("Object must be of type DateTimeOffset.");
            return CompareTo((DateTimeOffset)obj);
        }

        public bool Equals(DateTimeOffset other) { return _utcTicks == other._utcTicks; }
        public override bool Equals(object obj) { return obj is DateTimeOffset && Equals((DateTimeOffset)obj); }
        public bool EqualsExact(DateTimeOffset other) { return _utcTicks == other._utcTicks && _offsetMinutes == other._offsetMinutes; }
        public static bool Equals(DateTimeOffset a, DateTimeOffset b) { return a.Equals(b); }
        public override int GetHashCode() { return _utcTicks.GetHashCode(); }

        public override string ToString() { return ToString(null, null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider formatProvider) { return ToString(null, formatProvider); }

        public string ToString(string format, IFormatProvider formatProvider)
        {
            long off = _offsetMinutes * TimeSpan.TicksPerMinute;
            if (string.IsNullOrEmpty(format))
                return DateTimeFormat.Format(DateTime, "G", formatProvider, off) + DateTimeFormat.Format(DateTime, " zzz", formatProvider, off);
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'o': case 'O': return DateTimeFormat.Format(DateTime, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fffffffzzz", formatProvider, off);
                    case 'u': return DateTimeFormat.Format(UtcDateTime, "u", formatProvider, 0);
                    case 'r': case 'R': return DateTimeFormat.Format(UtcDateTime, "R", formatProvider, 0);
                }
            }
            return DateTimeFormat.Format(DateTime, format, formatProvider, off);
        }

        public static DateTimeOffset Parse(string input) { return Parse(input, null, DateTimeStyles.None); }
        public static DateTimeOffset Parse(string input, IFormatProvider formatProvider) { return Parse(input, formatProvider, DateTimeStyles.None); }

        public static DateTimeOffset Parse(string input, IFormatProvider formatProvider, DateTimeStyles styles)
        {
            if (input == null) throw new ArgumentNullException("input");
            DateTimeOffset r;
            if (!TryParse(input, formatProvider, styles, out r)) throw new FormatException("String '" + input + "' was not recognized as a valid DateTime.");
            return r;
        }

        public static bool TryParse(string input, out DateTimeOffset result) { return TryParse(input, null, DateTimeStyles.None, out result); }

        // A trailing "Z" or "+hh:mm"/"-hh:mm" (or "+hhmm") is the offset; the
        // rest is parsed as a DateTime. No offset means UTC (local = UTC).
        public static bool TryParse(string input, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            result = MinValue;
            if (input == null) return false;
            string s = input.Trim();
            TimeSpan offset = TimeSpan.Zero;
            if (s.EndsWith("Z") || s.EndsWith("z")) s = s.Substring(0, s.Length - 1);
            else
            {
                int sign = Math.Max(s.LastIndexOf('+'), s.LastIndexOf('-'));
                int colon = s.LastIndexOf(':');
                if (sign > 0 && sign >= s.Length - 6 && (s.IndexOf('T') >= 0 || s.IndexOf(' ') >= 0 || colon > sign))
                {
                    string o = s.Substring(sign + 1).Replace(":", "");
                    int hh, mm = 0;
                    if (o.Length == 4 && int.TryParse(o.Substring(0, 2), out hh) && int.TryParse(o.Substring(2), out mm)) { }
                    else if ((o.Length == 1 || o.Length == 2) && int.TryParse(o, out hh)) { }
                    else return false;
                    offset = new TimeSpan(hh, mm, 0);
                    if (s[sign] == '-') offset = offset.Negate();
                    s = s.Substring(0, sign).TrimEnd();
                }
            }
            DateTime dt;
            if (!DateTime.TryParse(s, formatProvider, styles, out dt)) return false;
            try { result = new DateTimeOffset(dt.Ticks, offset); }
            catch (ArgumentException) { return false; }
            return true;
        }
    }
}
