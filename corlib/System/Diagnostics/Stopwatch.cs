// Stopwatch over the host's monotonic clock (nanosecond timestamps).
using System.Runtime.CompilerServices;

namespace System.Diagnostics
{
    public class Stopwatch
    {
        public static readonly long Frequency = 1000000000;
        public static readonly bool IsHighResolution = true;

        private long _elapsed;     // timestamp units while stopped
        private long _startTimestamp;
        private bool _isRunning;

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTimestampNative();

        public Stopwatch() { }

        public static Stopwatch StartNew() { Stopwatch s = new Stopwatch(); s.Start(); return s; }
        public static long GetTimestamp() { return GetTimestampNative(); }

        public void Start()
        {
            if (!_isRunning) { _startTimestamp = GetTimestampNative(); _isRunning = true; }
        }

        public void Stop()
        {
            if (_isRunning)
            {
                _elapsed += GetTimestampNative() - _startTimestamp;
                _isRunning = false;
                if (_elapsed < 0) _elapsed = 0;
            }
        }

        public void Reset() { _elapsed = 0; _isRunning = false; _startTimestamp = 0; }
        public void Restart() { _elapsed = 0; _startTimestamp = GetTimestampNative(); _isRunning = true; }

        public bool IsRunning { get { return _isRunning; } }

        private long RawElapsed { get { return _isRunning ? _elapsed + GetTimestampNative() - _startTimestamp : _elapsed; } }

        // 1 timestamp unit = 1 ns = 1/100 of a TimeSpan tick.
        public long ElapsedTicks { get { return RawElapsed; } }
        public long ElapsedMilliseconds { get { return RawElapsed / 1000000; } }
        public TimeSpan Elapsed { get { return new TimeSpan(RawElapsed / 100); } }

        public static TimeSpan GetElapsedTime(long startingTimestamp) { return new TimeSpan((GetTimestampNative() - startingTimestamp) / 100); }
    }
}
