// DateTime <-> Windows file times (100 ns ticks since 1601-01-01 UTC) and OLE
// Automation dates (days since 1899-12-30), and the calendar constructors.
using System.Globalization;

namespace System
{
    public partial struct DateTime
    {
        private const long FileTimeOffset = 504911232000000000L;      // ticks of 1601-01-01
        private const long OADateOffset = 599264352000000000L;        // ticks of 1899-12-30

        public DateTime(int year, int month, int day, Calendar calendar) : this(year, month, day, 0, 0, 0, calendar) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, Calendar calendar)
            : this(year, month, day, hour, minute, second, 0, calendar) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, Calendar calendar)
            : this(year, month, day, hour, minute, second, millisecond, calendar, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, Calendar calendar, DateTimeKind kind)
        {
            if (calendar == null) throw new ArgumentNullException("calendar");
            this = new DateTime(calendar.ToDateTime(year, month, day, hour, minute, second, millisecond).Ticks, kind);
        }

        public long ToFileTimeUtc()
        {
            long ticks = (Kind == DateTimeKind.Local ? ToUniversalTime() : this).Ticks - FileTimeOffset;
            if (ticks < 0) throw new ArgumentOutOfRangeException(null, "Not a valid Win32 FileTime.");
            return ticks;
        }

        public long ToFileTime() { return ToUniversalTime().ToFileTimeUtc(); }

        public static DateTime FromFileTimeUtc(long fileTime)
        {
            if (fileTime < 0 || fileTime > MaxValue.Ticks - FileTimeOffset) throw new ArgumentOutOfRangeException("fileTime", "Not a valid Win32 FileTime.");
            return new DateTime(fileTime + FileTimeOffset, DateTimeKind.Utc);
        }

        public static DateTime FromFileTime(long fileTime) { return FromFileTimeUtc(fileTime).ToLocalTime(); }

        public static DateTime FromOADate(double d)
        {
            if (!(d < 2958466.0 && d > -657435.0)) throw new ArgumentException("Not a legal OleAut date.");
            long millis = (long)(d * 86400000.0 + (d >= 0 ? 0.5 : -0.5));
            // Negative OA dates count the day backwards but the time of day forwards.
            if (millis < 0) millis -= (millis % 86400000L) * 2;
            millis += OADateOffset / TimeSpan.TicksPerMillisecond;
            if (millis < 0 || millis >= MaxValue.Ticks / TimeSpan.TicksPerMillisecond) throw new ArgumentException("Not a legal OleAut date.");
            return new DateTime(millis * TimeSpan.TicksPerMillisecond, DateTimeKind.Unspecified);
        }

        public bool IsDaylightSavingTime()
        {
            return Kind != DateTimeKind.Utc && TimeZoneInfo.Local.IsDaylightSavingTime(this);
        }
    }
}
