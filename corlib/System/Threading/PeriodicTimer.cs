// PeriodicTimer: a timer whose ticks are awaited. A tick that comes while
// nobody waits is kept (at most one), so the next WaitForNextTickAsync
// completes at once; after Dispose every wait (a pending one too) gives false.
// Only one wait may be outstanding, as on .NET.
using System.Threading.Tasks;

namespace System.Threading
{
    public sealed class PeriodicTimer : IDisposable
    {
        private readonly ITimer _timer;
        private TimeSpan _period;
        private bool _signaled, _stopped;
        private TaskCompletionSource<bool> _waiter;
        private CancellationTokenRegistration _reg;

        public PeriodicTimer(TimeSpan period) : this(period, TimeProvider.System) { }

        public PeriodicTimer(TimeSpan period, TimeProvider timeProvider)
        {
            if (!Valid(period)) throw new ArgumentOutOfRangeException("period");
            if (timeProvider == null) throw new ArgumentNullException("timeProvider");
            _period = period;
            _timer = timeProvider.CreateTimer(s => ((PeriodicTimer)s).Tick(), this, period, period);
        }

        private static bool Valid(TimeSpan period)
        {
            if (period == Timeout.InfiniteTimeSpan) return true;
            long ms = (long)period.TotalMilliseconds;
            return ms >= 1 && ms <= 0xFFFFFFFEL;
        }

        public TimeSpan Period
        {
            get { return _period; }
            set
            {
                if (!Valid(value)) throw new ArgumentOutOfRangeException("value");
                _period = value;
                _timer.Change(value, value);
            }
        }

        public ValueTask<bool> WaitForNextTickAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            TaskCompletionSource<bool> tcs;
            lock (this)
            {
                if (_waiter != null)
                    throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
                if (cancellationToken.IsCancellationRequested)
                    return ValueTask.FromCanceled<bool>(cancellationToken);
                if (_signaled) { _signaled = false; return new ValueTask<bool>(true); }
                if (_stopped) return new ValueTask<bool>(false);
                tcs = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiter = tcs;
            }
            if (cancellationToken.CanBeCanceled)
            {
                _reg = cancellationToken.Register(() =>
                {
                    lock (this) { if (_waiter != tcs) return; _waiter = null; }
                    tcs.TrySetException(new OperationCanceledException(cancellationToken));
                });
            }
            return new ValueTask<bool>(tcs.Task);
        }

        private void Tick() { Complete(true); }

        private void Complete(bool tick)
        {
            TaskCompletionSource<bool> w;
            CancellationTokenRegistration reg;
            lock (this)
            {
                if (_stopped) return;
                if (!tick) _stopped = true;
                w = _waiter;
                _waiter = null;
                reg = _reg;
                _reg = default(CancellationTokenRegistration);
                if (w == null) { if (tick) _signaled = true; return; }
            }
            reg.Dispose();
            w.TrySetResult(tick);
        }

        public void Dispose()
        {
            _timer.Dispose();
            Complete(false);
        }
    }
}
