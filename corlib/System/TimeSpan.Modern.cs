// TimeSpan's integer factory overloads (.NET 9), exact in ticks.
namespace System
{
    public partial struct TimeSpan
    {
        // The sum of value*scale terms, computed exactly; out of the TimeSpan range it throws.
        private static TimeSpan Exact(decimal ticks)
        {
            if (ticks > long.MaxValue || ticks < long.MinValue)
                throw new ArgumentOutOfRangeException(null, "The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
            return new TimeSpan((long)ticks);
        }

        public static TimeSpan FromDays(int days) { return Exact((decimal)days * TicksPerDay); }

        public static TimeSpan FromDays(int days, int hours = 0, long minutes = 0, long seconds = 0, long milliseconds = 0, long microseconds = 0)
        {
            return Exact((decimal)days * TicksPerDay + (decimal)hours * TicksPerHour + (decimal)minutes * TicksPerMinute
                         + (decimal)seconds * TicksPerSecond + (decimal)milliseconds * TicksPerMillisecond + (decimal)microseconds * 10);
        }

        public static TimeSpan FromHours(int hours) { return Exact((decimal)hours * TicksPerHour); }

        public static TimeSpan FromHours(int hours, long minutes = 0, long seconds = 0, long milliseconds = 0, long microseconds = 0)
        {
            return Exact((decimal)hours * TicksPerHour + (decimal)minutes * TicksPerMinute + (decimal)seconds * TicksPerSecond
                         + (decimal)milliseconds * TicksPerMillisecond + (decimal)microseconds * 10);
        }

        public static TimeSpan FromMinutes(long minutes) { return Exact((decimal)minutes * TicksPerMinute); }

        public static TimeSpan FromMinutes(long minutes, long seconds = 0, long milliseconds = 0, long microseconds = 0)
        {
            return Exact((decimal)minutes * TicksPerMinute + (decimal)seconds * TicksPerSecond + (decimal)milliseconds * TicksPerMillisecond + (decimal)microseconds * 10);
        }

        public static TimeSpan FromSeconds(long seconds) { return Exact((decimal)seconds * TicksPerSecond); }

        public static TimeSpan FromSeconds(long seconds, long milliseconds = 0, long microseconds = 0)
        {
            return Exact((decimal)seconds * TicksPerSecond + (decimal)milliseconds * TicksPerMillisecond + (decimal)microseconds * 10);
        }

        public static TimeSpan FromMilliseconds(long milliseconds) { return Exact((decimal)milliseconds * TicksPerMillisecond); }
        public static TimeSpan FromMilliseconds(long milliseconds, long microseconds) { return Exact((decimal)milliseconds * TicksPerMillisecond + (decimal)microseconds * 10); }
        public static TimeSpan FromMicroseconds(long microseconds) { return Exact((decimal)microseconds * 10); }
        public static TimeSpan FromMicroseconds(double value) { return Interval(value, 10); }
    }
}
