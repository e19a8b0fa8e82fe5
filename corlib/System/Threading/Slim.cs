// The "slim" primitives: each guards its state with its own lock object and
// parks waiters in Monitor.Wait on it (a green-thread switch, never a spin).
// A cancellable wait registers a callback that pulses the lock, so the waiter
// wakes, sees the canceled token and throws.
using System.Threading.Tasks;

namespace System.Threading
{
    internal static class SlimWait
    {
        internal static readonly Action<object> PulseAllCallback = PulseAll;

        private static void PulseAll(object lockObj)
        {
            lock (lockObj) Monitor.PulseAll(lockObj);
        }

        internal static CancellationTokenRegistration Register(CancellationToken ct, object lockObj)
        {
            return ct.CanBeCanceled ? ct.Register(PulseAllCallback, lockObj) : default(CancellationTokenRegistration);
        }
    }

    public class ManualResetEventSlim : IDisposable
    {
        private readonly object _lock = new object();
        private volatile bool _set;
        private int _waiters;
        private int _spinCount;
        private ManualResetEvent _handle;
        private bool _disposed;

        public ManualResetEventSlim() : this(false) { }
        public ManualResetEventSlim(bool initialState) { _set = initialState; _spinCount = 1; }
        public ManualResetEventSlim(bool initialState, int spinCount) : this(initialState)
        {
            if (spinCount < 0 || spinCount > 2047) throw new ArgumentOutOfRangeException("spinCount");
            _spinCount = spinCount;
        }

        public bool IsSet { get { return _set; } }
        public int SpinCount { get { return _spinCount; } }

        public WaitHandle WaitHandle
        {
            get
            {
                CheckDisposed();
                if (_handle == null) _handle = new ManualResetEvent(_set);
                return _handle;
            }
        }

        private void CheckDisposed() { if (_disposed) throw new ObjectDisposedException(null, "The event has been disposed."); }

        public void Set()
        {
            CheckDisposed();
            _set = true;
            if (_waiters > 0) lock (_lock) Monitor.PulseAll(_lock);
            if (_handle != null) _handle.Set();
        }

        public void Reset()
        {
            CheckDisposed();
            _set = false;
            if (_handle != null) _handle.Reset();
        }

        public void Wait() { Wait(-1, default(CancellationToken)); }
        public bool Wait(int millisecondsTimeout) { return Wait(millisecondsTimeout, default(CancellationToken)); }
        public bool Wait(TimeSpan timeout) { return Wait(WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public void Wait(CancellationToken cancellationToken) { Wait(-1, cancellationToken); }
        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) { return Wait(WaitTime.ToMilliseconds(timeout, "timeout"), cancellationToken); }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDisposed();
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            cancellationToken.ThrowIfCancellationRequested();
            if (_set) return true;
            if (millisecondsTimeout == 0) return false;
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            CancellationTokenRegistration reg = SlimWait.Register(cancellationToken, _lock);
            try
            {
                lock (_lock)
                {
                    _waiters++;
                    try
                    {
                        while (!_set)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            int left = WaitTime.Remaining(deadline);
                            if (left == 0) return false;
                            Monitor.Wait(_lock, left);
                        }
                        return true;
                    }
                    finally { _waiters--; }
                }
            }
            finally { reg.Dispose(); }
        }

        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            _disposed = true;
            if (_handle != null) _handle.Dispose();
        }
    }

    public class SemaphoreSlim : IDisposable
    {
        // A WaitAsync caller: completed by Release (true), its timeout (false) or its token.
        private sealed class AsyncWaiter : Task<bool>
        {
            internal AsyncWaiter Next, Prev;
            internal bool Queued;
            internal Timer Timer;
            internal CancellationTokenRegistration Registration;
            internal SemaphoreSlim Owner;
            internal CancellationToken Token;
            internal AsyncWaiter() : base(TaskCreationOptions.RunContinuationsAsynchronously, true) { }
        }

        private static readonly Task<bool> s_true = Task.FromResult(true);
        private static readonly Task<bool> s_false = Task.FromResult(false);

        private readonly object _lock = new object();
        private int _count;
        private readonly int _max;
        private int _syncWaiters;
        private AsyncWaiter _head, _tail;
        private ManualResetEvent _available;
        private bool _disposed;

        public SemaphoreSlim(int initialCount) : this(initialCount, int.MaxValue) { }

        public SemaphoreSlim(int initialCount, int maxCount)
        {
            if (initialCount < 0 || initialCount > maxCount)
                throw new ArgumentOutOfRangeException("initialCount", "The initialCount argument must be non-negative and less than or equal to the maximumCount.");
            if (maxCount <= 0) throw new ArgumentOutOfRangeException("maxCount", "The maximumCount argument must be a positive number. If a maximum is not required, use the constructor without a maxCount parameter.");
            _count = initialCount;
            _max = maxCount;
        }

        public int CurrentCount { get { return _count; } }

        public WaitHandle AvailableWaitHandle
        {
            get
            {
                CheckDisposed();
                lock (_lock)
                {
                    if (_available == null) _available = new ManualResetEvent(_count > 0);
                    return _available;
                }
            }
        }

        private void CheckDisposed() { if (_disposed) throw new ObjectDisposedException(null, "The semaphore has been disposed."); }

        private void CountChanged()
        {
            if (_available == null) return;
            if (_count > 0) _available.Set(); else _available.Reset();
        }

        public void Wait() { Wait(-1, default(CancellationToken)); }
        public bool Wait(int millisecondsTimeout) { return Wait(millisecondsTimeout, default(CancellationToken)); }
        public bool Wait(TimeSpan timeout) { return Wait(WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public void Wait(CancellationToken cancellationToken) { Wait(-1, cancellationToken); }
        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) { return Wait(WaitTime.ToMilliseconds(timeout, "timeout"), cancellationToken); }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDisposed();
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            cancellationToken.ThrowIfCancellationRequested();
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            CancellationTokenRegistration reg = default(CancellationTokenRegistration);
            try
            {
                lock (_lock)
                {
                    if (_count == 0)
                    {
                        if (millisecondsTimeout == 0) return false;
                        reg = SlimWait.Register(cancellationToken, _lock);
                        _syncWaiters++;
                        try
                        {
                            while (_count == 0)
                            {
                                cancellationToken.ThrowIfCancellationRequested();
                                int left = WaitTime.Remaining(deadline);
                                if (left == 0) return false;
                                Monitor.Wait(_lock, left);
                            }
                        }
                        finally { _syncWaiters--; }
                    }
                    _count--;
                    CountChanged();
                    return true;
                }
            }
            finally { reg.Dispose(); }
        }

        public Task WaitAsync() { return WaitAsync(-1, default(CancellationToken)); }
        public Task WaitAsync(CancellationToken cancellationToken) { return WaitAsync(-1, cancellationToken); }
        public Task<bool> WaitAsync(int millisecondsTimeout) { return WaitAsync(millisecondsTimeout, default(CancellationToken)); }
        public Task<bool> WaitAsync(TimeSpan timeout) { return WaitAsync(WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) { return WaitAsync(WaitTime.ToMilliseconds(timeout, "timeout"), cancellationToken); }

        public Task<bool> WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDisposed();
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<bool>(cancellationToken);
            lock (_lock)
            {
                if (_count > 0)
                {
                    _count--;
                    CountChanged();
                    return s_true;
                }
                if (millisecondsTimeout == 0) return s_false;
                AsyncWaiter w = new AsyncWaiter();
                w.Owner = this;
                w.Token = cancellationToken;
                w.Queued = true;
                w.Prev = _tail;
                if (_tail != null) _tail.Next = w; else _head = w;
                _tail = w;
                if (millisecondsTimeout > 0) w.Timer = new Timer(OnWaiterTimeout, w, millisecondsTimeout, -1);
                if (cancellationToken.CanBeCanceled) w.Registration = cancellationToken.Register(OnWaiterCanceled, w);
                return w;
            }
        }

        private bool Unlink(AsyncWaiter w)
        {
            if (!w.Queued) return false;
            w.Queued = false;
            if (w.Prev != null) w.Prev.Next = w.Next; else _head = w.Next;
            if (w.Next != null) w.Next.Prev = w.Prev; else _tail = w.Prev;
            w.Next = w.Prev = null;
            return true;
        }

        private static void Finish(AsyncWaiter w)
        {
            if (w.Timer != null) w.Timer.Dispose();
            w.Registration.Dispose();
        }

        private static void OnWaiterTimeout(object state)
        {
            AsyncWaiter w = (AsyncWaiter)state;
            bool removed;
            lock (w.Owner._lock) removed = w.Owner.Unlink(w);
            if (!removed) return;
            Finish(w);
            w.TrySetResult(false);
        }

        private static void OnWaiterCanceled(object state)
        {
            AsyncWaiter w = (AsyncWaiter)state;
            bool removed;
            lock (w.Owner._lock) removed = w.Owner.Unlink(w);
            if (!removed) return;
            Finish(w);
            w.TrySetCanceled(w.Token);
        }

        public int Release() { return Release(1); }

        public int Release(int releaseCount)
        {
            CheckDisposed();
            if (releaseCount < 1) throw new ArgumentOutOfRangeException("releaseCount", "The releaseCount argument must be greater than zero.");
            AsyncWaiter granted = null, grantedTail = null;
            int previous;
            lock (_lock)
            {
                previous = _count;
                if (_max - previous < releaseCount) throw new SemaphoreFullException();
                _count = previous + releaseCount;
                // Blocked callers are woken first; counts beyond them go to async waiters in FIFO order.
                int wake = _syncWaiters < releaseCount ? _syncWaiters : releaseCount;
                for (int i = 0; i < wake; i++) Monitor.Pulse(_lock);
                int forAsync = _count - _syncWaiters;
                while (forAsync > 0 && _head != null)
                {
                    AsyncWaiter w = _head;
                    Unlink(w);
                    _count--;
                    forAsync--;
                    if (grantedTail == null) granted = w; else grantedTail.Next = w;
                    grantedTail = w;
                }
                CountChanged();
            }
            while (granted != null)
            {
                AsyncWaiter w = granted;
                granted = w.Next;
                w.Next = null;
                Finish(w);
                w.TrySetResult(true);
            }
            return previous;
        }

        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            _disposed = true;
            if (_available != null) _available.Dispose();
        }
    }

    public class CountdownEvent : IDisposable
    {
        private int _initial;
        private volatile int _current;
        private readonly ManualResetEventSlim _event;
        private bool _disposed;

        public CountdownEvent(int initialCount)
        {
            if (initialCount < 0) throw new ArgumentOutOfRangeException("initialCount");
            _initial = initialCount;
            _current = initialCount;
            _event = new ManualResetEventSlim(initialCount == 0);
        }

        public int CurrentCount { get { int c = _current; return c < 0 ? 0 : c; } }
        public int InitialCount { get { return _initial; } }
        public bool IsSet { get { return _current <= 0; } }
        public WaitHandle WaitHandle { get { CheckDisposed(); return _event.WaitHandle; } }

        private void CheckDisposed() { if (_disposed) throw new ObjectDisposedException(null, "The event has been disposed."); }

        public bool Signal() { return Signal(1); }

        public bool Signal(int signalCount)
        {
            if (signalCount <= 0) throw new ArgumentOutOfRangeException("signalCount");
            CheckDisposed();
            if (_current < signalCount) throw new InvalidOperationException("Invalid attempt made to decrement the event's count below zero.");
            _current -= signalCount;
            if (_current == 0) { _event.Set(); return true; }
            return false;
        }

        public void AddCount() { AddCount(1); }

        public void AddCount(int signalCount)
        {
            if (!TryAddCount(signalCount)) throw new InvalidOperationException("The event is already signaled and cannot be incremented.");
        }

        public bool TryAddCount() { return TryAddCount(1); }

        public bool TryAddCount(int signalCount)
        {
            if (signalCount <= 0) throw new ArgumentOutOfRangeException("signalCount");
            CheckDisposed();
            if (_current <= 0) return false;
            if (_current > int.MaxValue - signalCount) throw new InvalidOperationException("The increment operation would cause the CurrentCount to overflow.");
            _current += signalCount;
            return true;
        }

        public void Reset() { Reset(_initial); }

        public void Reset(int count)
        {
            CheckDisposed();
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            _current = count;
            _initial = count;
            if (count == 0) _event.Set(); else _event.Reset();
        }

        public void Wait() { Wait(-1, default(CancellationToken)); }
        public bool Wait(int millisecondsTimeout) { return Wait(millisecondsTimeout, default(CancellationToken)); }
        public bool Wait(TimeSpan timeout) { return Wait(WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public void Wait(CancellationToken cancellationToken) { Wait(-1, cancellationToken); }
        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) { return Wait(WaitTime.ToMilliseconds(timeout, "timeout"), cancellationToken); }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDisposed();
            return _event.Wait(millisecondsTimeout, cancellationToken);
        }

        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { if (disposing) { _disposed = true; _event.Dispose(); } }
    }

    public class Barrier : IDisposable
    {
        private readonly object _lock = new object();
        private int _participants;
        private int _arrived;
        private long _phase;
        private readonly Action<Barrier> _post;
        private Exception _postException;
        private bool _inPostPhase;
        private bool _disposed;

        public Barrier(int participantCount) : this(participantCount, null) { }

        public Barrier(int participantCount, Action<Barrier> postPhaseAction)
        {
            if (participantCount < 0 || participantCount > 32767) throw new ArgumentOutOfRangeException("participantCount");
            _participants = participantCount;
            _post = postPhaseAction;
        }

        public long CurrentPhaseNumber { get { return _phase; } }
        public int ParticipantCount { get { return _participants; } }
        public int ParticipantsRemaining { get { return _participants - _arrived; } }

        private void CheckDisposed() { if (_disposed) throw new ObjectDisposedException(null, "The barrier has been disposed."); }

        public long AddParticipant() { return AddParticipants(1); }

        public long AddParticipants(int participantCount)
        {
            CheckDisposed();
            if (participantCount < 1 || _participants + participantCount > 32767) throw new ArgumentOutOfRangeException("participantCount");
            if (_inPostPhase) throw new InvalidOperationException("This method may not be called from within the postPhaseAction.");
            lock (_lock)
            {
                _participants += participantCount;
                return _phase;
            }
        }

        public void RemoveParticipant() { RemoveParticipants(1); }

        public void RemoveParticipants(int participantCount)
        {
            CheckDisposed();
            if (participantCount < 1) throw new ArgumentOutOfRangeException("participantCount");
            if (_inPostPhase) throw new InvalidOperationException("This method may not be called from within the postPhaseAction.");
            lock (_lock)
            {
                if (participantCount > _participants) throw new ArgumentOutOfRangeException("participantCount", "The participantCount argument must be less than or equal the number of participants.");
                if (_participants - participantCount < _arrived) throw new InvalidOperationException("The participantCount argument is greater than the number of participants that haven't yet arrived at the barrier in this phase.");
                _participants -= participantCount;
                if (_participants > 0 && _arrived == _participants) FinishPhase();
            }
        }

        // Under _lock: runs the post-phase action on the last arriving thread and releases the others.
        private void FinishPhase()
        {
            _postException = null;
            if (_post != null)
            {
                _inPostPhase = true;
                try { _post(this); }
                catch (Exception e) { _postException = e; }
                finally { _inPostPhase = false; }
            }
            _arrived = 0;
            _phase++;
            Monitor.PulseAll(_lock);
        }

        public void SignalAndWait() { SignalAndWait(-1, default(CancellationToken)); }
        public void SignalAndWait(CancellationToken cancellationToken) { SignalAndWait(-1, cancellationToken); }
        public bool SignalAndWait(int millisecondsTimeout) { return SignalAndWait(millisecondsTimeout, default(CancellationToken)); }
        public bool SignalAndWait(TimeSpan timeout) { return SignalAndWait(WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public bool SignalAndWait(TimeSpan timeout, CancellationToken cancellationToken) { return SignalAndWait(WaitTime.ToMilliseconds(timeout, "timeout"), cancellationToken); }

        public bool SignalAndWait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDisposed();
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            cancellationToken.ThrowIfCancellationRequested();
            if (_inPostPhase) throw new InvalidOperationException("This method may not be called from within the postPhaseAction.");
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            CancellationTokenRegistration reg = default(CancellationTokenRegistration);
            try
            {
                lock (_lock)
                {
                    if (_participants == 0) throw new InvalidOperationException("The barrier has no registered participants.");
                    if (_arrived == _participants) throw new InvalidOperationException("The number of threads using the barrier exceeded the total number of registered participants.");
                    long phase = _phase;
                    _arrived++;
                    if (_arrived == _participants)
                    {
                        FinishPhase();
                        if (_postException != null) throw new BarrierPostPhaseException(_postException);
                        return true;
                    }
                    reg = SlimWait.Register(cancellationToken, _lock);
                    while (_phase == phase)
                    {
                        int left = WaitTime.Remaining(deadline);
                        if (cancellationToken.IsCancellationRequested || left == 0)
                        {
                            _arrived--;
                            cancellationToken.ThrowIfCancellationRequested();
                            return false;
                        }
                        Monitor.Wait(_lock, left);
                    }
                    if (_postException != null && _phase == phase + 1) throw new BarrierPostPhaseException(_postException);
                    return true;
                }
            }
            finally { reg.Dispose(); }
        }

        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { if (disposing) _disposed = true; }
    }

    // There is one host thread: spinning can never see another thread's
    // progress, so every spin yields to the scheduler (and sometimes sleeps
    // a millisecond so sleeping threads' timers can fire).
    public struct SpinWait
    {
        private int _count;

        public int Count { get { return _count; } }
        public bool NextSpinWillYield { get { return true; } }

        public void SpinOnce() { SpinOnce(20); }

        public void SpinOnce(int sleep1Threshold)
        {
            if (sleep1Threshold < -1) throw new ArgumentOutOfRangeException("sleep1Threshold");
            _count = _count == int.MaxValue ? 10 : _count + 1;
            if (sleep1Threshold > 0 && _count % sleep1Threshold == 0) Thread.Sleep(1);
            else Thread.Yield();
        }

        public void Reset() { _count = 0; }

        public static void SpinUntil(Func<bool> condition) { SpinUntil(condition, -1); }
        public static bool SpinUntil(Func<bool> condition, TimeSpan timeout) { return SpinUntil(condition, WaitTime.ToMilliseconds(timeout, "timeout")); }

        public static bool SpinUntil(Func<bool> condition, int millisecondsTimeout)
        {
            if (condition == null) throw new ArgumentNullException("condition");
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            SpinWait s = new SpinWait();
            while (!condition())
            {
                if (WaitTime.Remaining(deadline) == 0) return false;
                s.SpinOnce();
            }
            return true;
        }
    }

    public struct SpinLock
    {
        private int _owner;            // managed thread id of the holder (tracking) or 1 (held, no tracking)
        private bool _trackingDisabled; // default(SpinLock) tracks its owner, as in .NET

        public SpinLock(bool enableThreadOwnerTracking)
        {
            _owner = 0;
            _trackingDisabled = !enableThreadOwnerTracking;
        }

        public bool IsHeld { get { return _owner != 0; } }
        public bool IsThreadOwnerTrackingEnabled { get { return !_trackingDisabled; } }

        public bool IsHeldByCurrentThread
        {
            get
            {
                if (_trackingDisabled) throw new InvalidOperationException("Thread tracking is disabled.");
                return _owner == Thread.CurrentThread.ManagedThreadId;
            }
        }

        public void Enter(ref bool lockTaken) { TryEnter(-1, ref lockTaken); }
        public void TryEnter(ref bool lockTaken) { TryEnter(0, ref lockTaken); }
        public void TryEnter(TimeSpan timeout, ref bool lockTaken) { TryEnter(WaitTime.ToMilliseconds(timeout, "timeout"), ref lockTaken); }

        public void TryEnter(int millisecondsTimeout, ref bool lockTaken)
        {
            if (lockTaken) { lockTaken = false; throw new ArgumentException("The tookLock argument must be set to false before calling this method.", "lockTaken"); }
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            int me = _trackingDisabled ? 1 : Thread.CurrentThread.ManagedThreadId;
            if (!_trackingDisabled && _owner == me) throw new LockRecursionException("The calling thread already holds the lock.");
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            SpinWait s = new SpinWait();
            for (;;)
            {
                if (_owner == 0) { _owner = me; lockTaken = true; return; }
                if (WaitTime.Remaining(deadline) == 0) return;
                s.SpinOnce();
            }
        }

        public void Exit() { Exit(true); }

        public void Exit(bool useMemoryBarrier)
        {
            if (!_trackingDisabled && _owner != Thread.CurrentThread.ManagedThreadId)
                throw new SynchronizationLockException("The calling thread does not hold the lock.");
            if (_trackingDisabled && _owner == 0)
                throw new SynchronizationLockException("The calling thread does not hold the lock.");
            _owner = 0;
        }
    }
}
