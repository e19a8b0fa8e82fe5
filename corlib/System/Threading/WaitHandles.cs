// Kernel-style wait handles (events, Mutex, Semaphore). There is no kernel:
// every handle's state lives in managed fields guarded by one global lock, so
// WaitAny/WaitAll can test and acquire several handles atomically; a waiter
// parks its green thread in Monitor.Wait on that lock and every state change
// pulses it.
namespace System.Threading
{
    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;
        internal static readonly object s_lock = new object();
        protected static readonly IntPtr InvalidHandle = new IntPtr(-1);
        private bool _disposed;

        protected WaitHandle() { }

        // Under s_lock: can the calling thread take this handle now? Acquire consumes it.
        internal abstract bool IsAvailable(Thread current);
        internal abstract void Acquire(Thread current);

        internal static void Changed() { Monitor.PulseAll(s_lock); }

        private void CheckDisposed() { if (_disposed) throw new ObjectDisposedException(null, "Safe handle has been closed."); }

        public virtual bool WaitOne() { return WaitOne(-1); }
        public virtual bool WaitOne(TimeSpan timeout) { return WaitOne(WaitTime.ToMilliseconds(timeout, "timeout")); }
        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) { return WaitOne(millisecondsTimeout); }
        public virtual bool WaitOne(TimeSpan timeout, bool exitContext) { return WaitOne(timeout); }

        public virtual bool WaitOne(int millisecondsTimeout)
        {
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            CheckDisposed();
            Thread me = Thread.CurrentThread;
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            lock (s_lock)
            {
                while (!IsAvailable(me))
                {
                    int left = WaitTime.Remaining(deadline);
                    if (left == 0) return false;
                    Monitor.Wait(s_lock, left);
                }
                Acquire(me);
                return true;
            }
        }

        private static void CheckArray(WaitHandle[] waitHandles)
        {
            if (waitHandles == null) throw new ArgumentNullException("waitHandles");
            if (waitHandles.Length == 0) throw new ArgumentException("Waithandle array may not be empty.", "waitHandles");
            if (waitHandles.Length > 64) throw new NotSupportedException("The number of WaitHandles must be less than or equal to 64.");
            for (int i = 0; i < waitHandles.Length; i++)
            {
                if (waitHandles[i] == null) throw new ArgumentNullException("waitHandles[" + i + "]", "At least one element in the specified array was null.");
                waitHandles[i].CheckDisposed();
            }
        }

        public static bool WaitAll(WaitHandle[] waitHandles) { return WaitAll(waitHandles, -1); }
        public static bool WaitAll(WaitHandle[] waitHandles, TimeSpan timeout) { return WaitAll(waitHandles, WaitTime.ToMilliseconds(timeout, "timeout")); }
        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) { return WaitAll(waitHandles, millisecondsTimeout); }
        public static bool WaitAll(WaitHandle[] waitHandles, TimeSpan timeout, bool exitContext) { return WaitAll(waitHandles, timeout); }

        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            CheckArray(waitHandles);
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            for (int i = 0; i < waitHandles.Length; i++)
                for (int j = i + 1; j < waitHandles.Length; j++)
                    if (waitHandles[i] == waitHandles[j])
                        throw new DuplicateWaitObjectException("waitHandles", "Duplicate objects in argument.");
            Thread me = Thread.CurrentThread;
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            lock (s_lock)
            {
                for (;;)
                {
                    bool all = true;
                    for (int i = 0; i < waitHandles.Length && all; i++) all = waitHandles[i].IsAvailable(me);
                    if (all) break;
                    int left = WaitTime.Remaining(deadline);
                    if (left == 0) return false;
                    Monitor.Wait(s_lock, left);
                }
                for (int i = 0; i < waitHandles.Length; i++) waitHandles[i].Acquire(me);
                return true;
            }
        }

        public static int WaitAny(WaitHandle[] waitHandles) { return WaitAny(waitHandles, -1); }
        public static int WaitAny(WaitHandle[] waitHandles, TimeSpan timeout) { return WaitAny(waitHandles, WaitTime.ToMilliseconds(timeout, "timeout")); }
        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext) { return WaitAny(waitHandles, millisecondsTimeout); }
        public static int WaitAny(WaitHandle[] waitHandles, TimeSpan timeout, bool exitContext) { return WaitAny(waitHandles, timeout); }

        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            CheckArray(waitHandles);
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            Thread me = Thread.CurrentThread;
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            lock (s_lock)
            {
                for (;;)
                {
                    for (int i = 0; i < waitHandles.Length; i++)
                        if (waitHandles[i].IsAvailable(me))
                        {
                            waitHandles[i].Acquire(me);
                            return i;
                        }
                    int left = WaitTime.Remaining(deadline);
                    if (left == 0) return WaitTimeout;
                    Monitor.Wait(s_lock, left);
                }
            }
        }

        public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn) { return SignalAndWait(toSignal, toWaitOn, -1, false); }
        public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn, TimeSpan timeout, bool exitContext)
        {
            return SignalAndWait(toSignal, toWaitOn, WaitTime.ToMilliseconds(timeout, "timeout"), exitContext);
        }

        public static bool SignalAndWait(WaitHandle toSignal, WaitHandle toWaitOn, int millisecondsTimeout, bool exitContext)
        {
            if (toSignal == null) throw new ArgumentNullException("toSignal");
            if (toWaitOn == null) throw new ArgumentNullException("toWaitOn");
            EventWaitHandle ev = toSignal as EventWaitHandle;
            Mutex mutex = toSignal as Mutex;
            Semaphore sem = toSignal as Semaphore;
            if (ev != null) ev.Set();
            else if (mutex != null) mutex.ReleaseMutex();
            else if (sem != null) sem.Release();
            else throw new NotSupportedException();
            return toWaitOn.WaitOne(millisecondsTimeout);
        }

        public virtual void Close() { Dispose(true); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool explicitDisposing) { _disposed = true; }
    }

    public enum EventResetMode { AutoReset = 0, ManualReset = 1 }

    public class EventWaitHandle : WaitHandle
    {
        private bool _signaled;
        private readonly bool _autoReset;

        public EventWaitHandle(bool initialState, EventResetMode mode)
        {
            if (mode != EventResetMode.AutoReset && mode != EventResetMode.ManualReset)
                throw new ArgumentException("Value of flags is invalid.", "mode");
            _signaled = initialState;
            _autoReset = mode == EventResetMode.AutoReset;
        }

        public EventWaitHandle(bool initialState, EventResetMode mode, string name) : this(initialState, mode)
        {
            if (name != null) throw new PlatformNotSupportedException("Named synchronization primitives are not supported.");
        }

        public EventWaitHandle(bool initialState, EventResetMode mode, string name, out bool createdNew) : this(initialState, mode, name)
        {
            createdNew = true;
        }

        internal override bool IsAvailable(Thread current) { return _signaled; }
        internal override void Acquire(Thread current) { if (_autoReset) _signaled = false; }

        public bool Set()
        {
            lock (s_lock)
            {
                if (!_signaled) { _signaled = true; Changed(); }
            }
            return true;
        }

        public bool Reset()
        {
            lock (s_lock) _signaled = false;
            return true;
        }
    }

    public sealed class ManualResetEvent : EventWaitHandle
    {
        public ManualResetEvent(bool initialState) : base(initialState, EventResetMode.ManualReset) { }
    }

    public sealed class AutoResetEvent : EventWaitHandle
    {
        public AutoResetEvent(bool initialState) : base(initialState, EventResetMode.AutoReset) { }
    }

    public sealed class Mutex : WaitHandle
    {
        private Thread _owner;
        private int _recursion;

        public Mutex() : this(false) { }
        public Mutex(bool initiallyOwned)
        {
            if (initiallyOwned) { _owner = Thread.CurrentThread; _recursion = 1; }
        }
        public Mutex(bool initiallyOwned, string name) : this(initiallyOwned)
        {
            if (name != null) throw new PlatformNotSupportedException("Named synchronization primitives are not supported.");
        }
        public Mutex(bool initiallyOwned, string name, out bool createdNew) : this(initiallyOwned, name) { createdNew = true; }

        internal override bool IsAvailable(Thread current) { return _owner == null || _owner == current; }
        internal override void Acquire(Thread current) { _owner = current; _recursion++; }

        public void ReleaseMutex()
        {
            lock (s_lock)
            {
                if (_owner != Thread.CurrentThread)
                    throw new ApplicationException("Object synchronization method was called from an unsynchronized block of code.");
                if (--_recursion == 0) { _owner = null; Changed(); }
            }
        }
    }

    public sealed class Semaphore : WaitHandle
    {
        private int _count;
        private readonly int _max;

        public Semaphore(int initialCount, int maximumCount)
        {
            if (initialCount < 0) throw new ArgumentOutOfRangeException("initialCount", "Non-negative number required.");
            if (maximumCount < 1) throw new ArgumentOutOfRangeException("maximumCount", "Positive number required.");
            if (initialCount > maximumCount) throw new ArgumentException("The initial count for the semaphore must be greater than or equal to zero and less than the maximum count.");
            _count = initialCount;
            _max = maximumCount;
        }

        public Semaphore(int initialCount, int maximumCount, string name) : this(initialCount, maximumCount)
        {
            if (name != null) throw new PlatformNotSupportedException("Named synchronization primitives are not supported.");
        }

        internal override bool IsAvailable(Thread current) { return _count > 0; }
        internal override void Acquire(Thread current) { _count--; }

        public int Release() { return Release(1); }

        public int Release(int releaseCount)
        {
            if (releaseCount < 1) throw new ArgumentOutOfRangeException("releaseCount", "Non-negative number required.");
            lock (s_lock)
            {
                int previous = _count;
                if (_max - previous < releaseCount) throw new SemaphoreFullException();
                _count = previous + releaseCount;
                Changed();
                return previous;
            }
        }
    }
}
