using System.Globalization;
using System.Text;

namespace System
{
    [Serializable]
    public partial struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private long _ticks;

        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { _ticks = Checked(0, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds) { _ticks = Checked(days, hours, minutes, seconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { _ticks = Checked(days, hours, minutes, seconds, milliseconds); }

        private static long Checked(int d, int h, int m, int s, int ms)
        {
            long total = ((long)d * 3600 * 24 + (long)h * 3600 + (long)m * 60 + s) * 1000 + ms;
            if (total > long.MaxValue / TicksPerMillisecond || total < long.MinValue / TicksPerMillisecond)
                throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
            return total * TicksPerMillisecond;
        }

        public long Ticks { get { return _ticks; } }
        public int Days { get { return (int)(_ticks / TicksPerDay); } }
        public int Hours { get { return (int)((_ticks / TicksPerHour) % 24); } }
        public int Minutes { get { return (int)((_ticks / TicksPerMinute) % 60); } }
        public int Seconds { get { return (int)((_ticks / TicksPerSecond) % 60); } }
        public int Milliseconds { get { return (int)((_ticks / TicksPerMillisecond) % 1000); } }
        public double TotalDays { get { return (double)_ticks / TicksPerDay; } }
        public double TotalHours { get { return (double)_ticks / TicksPerHour; } }
        public double TotalMinutes { get { return (double)_ticks / TicksPerMinute; } }
        public double TotalSeconds { get { return (double)_ticks / TicksPerSecond; } }
        public double TotalMilliseconds
        {
            get
            {
                double t = (double)_ticks / TicksPerMillisecond;
                if (t > 922337203685477) return 922337203685477;
                if (t < -922337203685477) return -922337203685477;
                return t;
            }
        }

        public TimeSpan Add(TimeSpan ts)
        {
            long result = _ticks + ts._ticks;
            if ((_ticks >> 63 == ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = _ticks - ts._ticks;
            if ((_ticks >> 63 != ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Duration()
        {
            if (_ticks == long.MinValue) throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
        }

        public TimeSpan Negate()
        {
            if (_ticks == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-_ticks);
        }

        private static TimeSpan Interval(double value, double scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double ticks = value * scale;
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)ticks);
        }

        public static TimeSpan FromDays(double value) { return Interval(value, TicksPerDay); }
        public static TimeSpan FromHours(double value) { return Interval(value, TicksPerHour); }
        public static TimeSpan FromMinutes(double value) { return Interval(value, TicksPerMinute); }
        public static TimeSpan FromSeconds(double value) { return Interval(value, TicksPerSecond); }
        public static TimeSpan FromMilliseconds(double value) { return Interval(value, TicksPerMillisecond); }
        public static TimeSpan FromTicks(long value) { return new TimeSpan(value); }

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) { return t1.Add(t2); }
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) { return t1.Subtract(t2); }
        public static TimeSpan operator -(TimeSpan t) { return t.Negate(); }
        public static TimeSpan operator +(TimeSpan t) { return t; }
        public static TimeSpan operator *(TimeSpan timeSpan, double factor) { return Interval(timeSpan._ticks, factor); }
        public static TimeSpan operator *(double factor, TimeSpan timeSpan) { return Interval(timeSpan._ticks, factor); }
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) { return Interval(timeSpan._ticks, 1.0 / divisor); }
        public static double operator /(TimeSpan t1, TimeSpan t2) { return (double)t1._ticks / t2._ticks; }
        public static bool operator ==(TimeSpan t1, TimeSpan t2) { return t1._ticks == t2._ticks; }
        public static bool operator !=(TimeSpan t1, TimeSpan t2) { return t1._ticks != t2._ticks; }
        public static bool operator <(TimeSpan t1, TimeSpan t2) { return t1._ticks < t2._ticks; }
        public static bool operator <=(TimeSpan t1, TimeSpan t2) { return t1._ticks <= t2._ticks; }
        public static bool operator >(TimeSpan t1, TimeSpan t2) { return t1._ticks > t2._ticks; }
        public static bool operator >=(TimeSpan t1, TimeSpan t2) { return t1._ticks >= t2._ticks; }

        public static int Compare(TimeSpan t1, TimeSpan t2) { return t1._ticks < t2._ticks ? -1 : (t1._ticks > t2._ticks ? 1 : 0); }
        public int CompareTo(TimeSpan value) { return Compare(this, value); }
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is TimeSpan)) throw new ArgumentException("Object must be of type TimeSpan.");
            return Compare(this, (TimeSpan)value);
        }

        public override bool Equals(object value) { return value is TimeSpan && ((TimeSpan)value)._ticks == _ticks; }
        public bool Equals(TimeSpan obj) { return obj._ticks == _ticks; }
        public static bool Equals(TimeSpan t1, TimeSpan t2) { return t1._ticks == t2._ticks; }
        public override int GetHashCode() { return (int)_ticks ^ (int)(_ticks >> 32); }

        // "c" format: [-][d.]hh:mm:ss[.fffffff]
        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            long t = _ticks;
            if (t < 0) { sb.Append('-'); }
            ulong u = t < 0 ? (ulong)(-(t + 1)) + 1 : (ulong)t;
            ulong days = u / (ulong)TicksPerDay;
            ulong rest = u % (ulong)TicksPerDay;
            if (days != 0) { sb.Append(days); sb.Append('.'); }
            sb.Append(((rest / (ulong)TicksPerHour)).ToString("D2"));
            sb.Append(':');
            sb.Append(((rest / (ulong)TicksPerMinute) % 60).ToString("D2"));
            sb.Append(':');
            sb.Append(((rest / (ulong)TicksPerSecond) % 60).ToString("D2"));
            ulong frac = rest % (ulong)TicksPerSecond;
            if (frac != 0) { sb.Append('.'); sb.Append(frac.ToString("D7")); }
            return sb.ToString();
        }

        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (format == null || format.Length == 0 || format == "c" || format == "t" || format == "T") return ToString();
            if (format == "g" || format == "G")
            {
                StringBuilder sb = new StringBuilder();
                TimeSpan a = _ticks < 0 ? Negate() : this;
                if (_ticks < 0) sb.Append('-');
                if (format == "G" || a.Days != 0) { sb.Append(a.Days); sb.Append(':'); }
                sb.Append(format == "G" ? a.Hours.ToString("D2") : a.Hours.ToString());
                sb.Append(':'); sb.Append(a.Minutes.ToString("D2"));
                sb.Append(':'); sb.Append(a.Seconds.ToString("D2"));
                long frac = a._ticks % TicksPerSecond;
                // the culture's decimal separator, as .NET ("1:2:03:04,5" in de-DE)
                string dot = System.Globalization.NumberFormatInfo.GetInstance(formatProvider).NumberDecimalSeparator;
                if (format == "G") { sb.Append(dot); sb.Append(frac.ToString("D7")); }
                else if (frac != 0) { sb.Append(dot); sb.Append(frac.ToString("D7").TrimEnd('0')); }
                return sb.ToString();
            }
            return DateTimeFormat.FormatTimeSpan(this, format);
        }

        public static TimeSpan Parse(string s)
        {
            TimeSpan r;
            if (s == null) throw new ArgumentNullException("input");
            if (!TryParse(s, out r)) throw new FormatException("String '" + s + "' was not recognized as a valid TimeSpan.");
            return r;
        }

        public static bool TryParse(string s, out TimeSpan result)
        {
            result = Zero;
            if (s == null) return false;
            s = s.Trim();
            bool neg = false;
            if (s.StartsWith("-")) { neg = true; s = s.Substring(1); }
            long days = 0;
            int colon = s.IndexOf(':');
            int dot = s.IndexOf('.');
            if (colon < 0)
            {
                if (!long.TryParse(s, out days)) return false;
                result = new TimeSpan((neg ? -days : days) * TicksPerDay);
                return true;
            }
            if (dot >= 0 && dot < colon)
            {
                if (!long.TryParse(s.Substring(0, dot), out days)) return false;
                s = s.Substring(dot + 1);
            }
            string[] parts = s.Split(':');
            if (parts.Length < 2 || parts.Length > 3) return false;
            int h, m, sec = 0;
            long frac = 0;
            if (!int.TryParse(parts[0], out h) || !int.TryParse(parts[1], out m)) return false;
            if (parts.Length == 3)
            {
                string secs = parts[2];
                int fd = secs.IndexOf('.');
                if (fd >= 0)
                {
                    string f = secs.Substring(fd + 1);
                    if (f.Length == 0 || f.Length > 7) return false;
                    if (!long.TryParse(f.PadRight(7, '0'), out frac)) return false;
                    secs = secs.Substring(0, fd);
                }
                if (!int.TryParse(secs, out sec)) return false;
            }
            if (h > 23 || m > 59 || sec > 59) return false;
            long ticks = days * TicksPerDay + h * TicksPerHour + m * TicksPerMinute + sec * TicksPerSecond + frac;
            result = new TimeSpan(neg ? -ticks : ticks);
            return true;
        }
    }
}
