// Timers: one background green thread keeps every active timer and sleeps
// (Monitor.Wait with a timeout, a host timer underneath) until the earliest is
// due; due timers are handed to the thread pool in due order, so a slow
// callback never delays the others.
namespace System.Threading
{
    public delegate void TimerCallback(object state);

    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, -1);
    }

    // A scheduled callback; Fire runs on a pool thread.
    internal abstract class TimerEntry : IThreadPoolWorkItem
    {
        internal long Due;        // Environment.TickCount64 milliseconds
        internal long Period;     // <= 0: once
        internal long Seq;        // creation order breaks ties between equal due times
        internal bool Active;
        internal bool OnTimerThread;  // fire on the timer thread instead of the pool

        public void Execute() { Fire(); }
        internal abstract void Fire();
    }

    internal static class TimerQueue
    {
        private static readonly object s_lock = new object();
        private static TimerEntry[] s_timers = new TimerEntry[16];
        private static int s_count;
        private static long s_seq;
        private static Thread s_thread;

        // dueTime < 0 removes the timer.
        internal static void Change(TimerEntry e, long dueTime, long period)
        {
            lock (s_lock)
            {
                Remove(e);
                if (dueTime < 0) return;
                e.Due = Environment.TickCount64 + dueTime;
                e.Period = period;
                e.Seq = ++s_seq;
                e.Active = true;
                if (s_count == s_timers.Length)
                {
                    TimerEntry[] bigger = new TimerEntry[s_count * 2];
                    Array.Copy(s_timers, bigger, s_count);
                    s_timers = bigger;
                }
                s_timers[s_count++] = e;
                if (s_thread == null)
                {
                    s_thread = new Thread(Loop);
                    s_thread.IsBackground = true;
                    s_thread.Name = ".NET Timer";
                    s_thread.Start();
                }
                else Monitor.Pulse(s_lock);
            }
        }

        private static void Remove(TimerEntry e)
        {
            if (!e.Active) return;
            e.Active = false;
            for (int i = 0; i < s_count; i++)
                if (s_timers[i] == e)
                {
                    s_timers[i] = s_timers[--s_count];
                    s_timers[s_count] = null;
                    return;
                }
        }

        private static bool Before(TimerEntry a, TimerEntry b) { return a.Due < b.Due || (a.Due == b.Due && a.Seq < b.Seq); }

        private static void Loop()
        {
            TimerEntry[] due = new TimerEntry[16];
            lock (s_lock)
            {
                for (;;)
                {
                    long now = Environment.TickCount64;
                    long next = -1;
                    int n = 0;
                    for (int i = 0; i < s_count; i++)
                    {
                        TimerEntry e = s_timers[i];
                        if (e.Due <= now)
                        {
                            if (n == due.Length) { TimerEntry[] b = new TimerEntry[n * 2]; Array.Copy(due, b, n); due = b; }
                            int j = n++;
                            while (j > 0 && Before(e, due[j - 1])) { due[j] = due[j - 1]; j--; }
                            due[j] = e;
                        }
                        else if (next < 0 || e.Due < next) next = e.Due;
                    }
                    for (int i = 0; i < n; i++)
                    {
                        TimerEntry e = due[i];
                        due[i] = null;
                        if (e.Period > 0)
                        {
                            e.Due += e.Period;
                            if (e.Due <= now) e.Due = now + e.Period;
                            if (next < 0 || e.Due < next) next = e.Due;
                        }
                        else Remove(e);
                        if (e.OnTimerThread) e.Fire();
                        else ThreadPool.Enqueue(e);
                    }
                    if (next < 0) Monitor.Wait(s_lock);
                    else
                    {
                        long wait = next - Environment.TickCount64;
                        if (wait > 0) Monitor.Wait(s_lock, wait > int.MaxValue ? int.MaxValue : (int)wait);
                    }
                }
            }
        }
    }

    public sealed partial class Timer : IDisposable
    {
        private sealed class Entry : TimerEntry
        {
            internal TimerCallback Callback;
            internal object State;
            internal ExecutionContext Context;   // captured when the timer was made
            internal override void Fire()
            {
                if (Context == null) Callback(State);
                else ExecutionContext.RunInternal(Context, Invoke, this);
            }
            private static void Invoke(object self) { Entry e = (Entry)self; e.Callback(e.State); }
        }

        private readonly Entry _entry;
        private bool _disposed;

        public Timer(TimerCallback callback) : this(callback, null, -1L, -1L) { }
        public Timer(TimerCallback callback, object state, int dueTime, int period) : this(callback, state, (long)dueTime, (long)period) { }
        public Timer(TimerCallback callback, object state, uint dueTime, uint period)
            : this(callback, state, dueTime == uint.MaxValue ? -1L : (long)dueTime, period == uint.MaxValue ? -1L : (long)period) { }
        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period)
            : this(callback, state, (long)dueTime.TotalMilliseconds, (long)period.TotalMilliseconds) { }

        public Timer(TimerCallback callback, object state, long dueTime, long period)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            _entry = new Entry();
            _entry.Callback = callback;
            _entry.State = state;
            _entry.Context = ExecutionContext.CaptureForFlow();
            Change(dueTime, period);
        }

        public bool Change(int dueTime, int period) { return Change((long)dueTime, (long)period); }
        public bool Change(uint dueTime, uint period) { return Change(dueTime == uint.MaxValue ? -1L : (long)dueTime, period == uint.MaxValue ? -1L : (long)period); }
        public bool Change(TimeSpan dueTime, TimeSpan period) { return Change((long)dueTime.TotalMilliseconds, (long)period.TotalMilliseconds); }

        public bool Change(long dueTime, long period)
        {
            if (dueTime < -1) throw new ArgumentOutOfRangeException("dueTime", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (period < -1) throw new ArgumentOutOfRangeException("period", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (_disposed) return false;   // .NET: a disposed timer cannot be changed, no exception
            TimerQueue.Change(_entry, dueTime, period);
            return true;
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            TimerQueue.Change(_entry, -1, -1);
        }

        public bool Dispose(WaitHandle notifyObject)
        {
            if (notifyObject == null) throw new ArgumentNullException("notifyObject");
            if (_disposed) return false;
            Dispose();
            EventWaitHandle e = notifyObject as EventWaitHandle;
            if (e != null) e.Set();
            return true;
        }
    }
}
