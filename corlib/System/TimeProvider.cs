// TimeProvider (.NET 8): an abstraction of the clock. TimeProvider.System
// reads the system clock and the Stopwatch timestamp, and creates
// System.Threading.Timer instances as its ITimers.
using System.Threading;
using System.Threading.Tasks;

namespace System
{
    public abstract class TimeProvider
    {
        protected TimeProvider() { }

        public static TimeProvider System { get; } = new SystemTimeProvider();

        public virtual DateTimeOffset GetUtcNow() { return DateTimeOffset.UtcNow; }

        public DateTimeOffset GetLocalNow()
        {
            DateTimeOffset utc = GetUtcNow();
            TimeZoneInfo zone = LocalTimeZone;
            if (zone == null) throw new InvalidOperationException("The operation cannot be performed when TimeProvider.LocalTimeZone is null.");
            TimeSpan offset = zone.GetUtcOffset(utc.UtcDateTime);
            return new DateTimeOffset(utc.UtcDateTime.Ticks + offset.Ticks, offset);
        }

        public virtual TimeZoneInfo LocalTimeZone { get { return TimeZoneInfo.Local; } }
        public virtual long TimestampFrequency { get { return global::System.Diagnostics.Stopwatch.Frequency; } }
        public virtual long GetTimestamp() { return global::System.Diagnostics.Stopwatch.GetTimestamp(); }

        public TimeSpan GetElapsedTime(long startingTimestamp) { return GetElapsedTime(startingTimestamp, GetTimestamp()); }

        public TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp)
        {
            long frequency = TimestampFrequency;
            if (frequency <= 0) throw new InvalidOperationException("TimestampFrequency must be positive.");
            return new TimeSpan((long)((endingTimestamp - startingTimestamp) * ((double)TimeSpan.TicksPerSecond / frequency)));
        }

        public virtual ITimer CreateTimer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return new Timer(callback, state, dueTime, period);
        }

        private sealed class SystemTimeProvider : TimeProvider { }
    }
}

namespace System.Threading
{
    public interface ITimer : IDisposable, IAsyncDisposable
    {
        bool Change(TimeSpan dueTime, TimeSpan period);
    }

    public sealed partial class Timer : ITimer
    {
        public ValueTask DisposeAsync()
        {
            Dispose();
            return default(ValueTask);
        }
    }
}
