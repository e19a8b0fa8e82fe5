// The original ReaderWriterLock: recursive reader and writer locks per
// thread, upgrade/downgrade and release/restore through LockCookie, a writer
// sequence number, ApplicationException on timeouts and misuse (as .NET).
// Built on one monitor; writers waiting block new readers.
using System.Collections.Generic;

namespace System.Threading
{
    public struct LockCookie : IEquatable<LockCookie>
    {
        internal int _readerLevel, _writerLevel, _threadId, _writerSeq;
        internal bool _upgrade;

        public override int GetHashCode() { return _readerLevel ^ (_writerLevel << 8) ^ (_threadId << 16) ^ _writerSeq; }
        public override bool Equals(object obj) { return obj is LockCookie c && Equals(c); }
        public bool Equals(LockCookie obj)
        {
            return _readerLevel == obj._readerLevel && _writerLevel == obj._writerLevel && _threadId == obj._threadId
                && _writerSeq == obj._writerSeq && _upgrade == obj._upgrade;
        }
        public static bool operator ==(LockCookie a, LockCookie b) { return a.Equals(b); }
        public static bool operator !=(LockCookie a, LockCookie b) { return !a.Equals(b); }
    }

    // What .NET throws for timeouts and misuse: an ApplicationException carrying the error code.
    internal sealed class ReaderWriterLockApplicationException : ApplicationException
    {
        internal ReaderWriterLockApplicationException(string message, int hresult) : base(message) { HResult = hresult; }
    }

    public sealed class ReaderWriterLock : System.Runtime.ConstrainedExecution.CriticalFinalizerObject
    {
        private readonly object _gate = new object();
        private readonly Dictionary<int, int> _readers = new Dictionary<int, int>();   // thread id -> recursion
        private int _writerThread = -1, _writerLevel, _writersWaiting, _writerSeq = 1;

        public ReaderWriterLock() { }

        private static int Me { get { return Environment.CurrentManagedThreadId; } }

        public bool IsReaderLockHeld { get { lock (_gate) return _readers.ContainsKey(Me); } }
        public bool IsWriterLockHeld { get { lock (_gate) return _writerThread == Me; } }
        public int WriterSeqNum { get { lock (_gate) return _writerSeq; } }

        public bool AnyWritersSince(int seqNum)
        {
            lock (_gate)
            {
                if (_writerThread == Me) return _writerSeq > seqNum + 1;
                return _writerSeq > seqNum;
            }
        }

        private static Exception Timeout()
        {
            return new ReaderWriterLockApplicationException("The operation has timed out. (Exception from HRESULT: 0x800705B4)", unchecked((int)0x800705B4));
        }

        private static Exception NotOwner()
        {
            return new ReaderWriterLockApplicationException("Attempt to release a lock that is not owned by the calling thread. (Exception from HRESULT: 0x120)", 0x120);
        }

        private static int ToMs(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return (int)ms;
        }

        private static void CheckTimeout(int ms)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(ms, -1, "millisecondsTimeout");
        }

        // Waits on the gate until ready() or the deadline; false on timeout.
        private bool WaitFor(Func<bool> ready, int ms)
        {
            long deadline = ms == -1 ? long.MaxValue : Environment.TickCount64 + ms;
            while (!ready())
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0) return false;
                Monitor.Wait(_gate, ms == -1 ? -1 : (int)Math.Min(left, int.MaxValue));
            }
            return true;
        }

        public void AcquireReaderLock(TimeSpan timeout) { AcquireReaderLock(ToMs(timeout)); }

        public void AcquireReaderLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            int me = Me;
            lock (_gate)
            {
                if (_writerThread == me) { _writerLevel++; return; }   // a writer reading counts as writer recursion
                if (_readers.TryGetValue(me, out int n)) { _readers[me] = n + 1; return; }
                if (!WaitFor(() => _writerThread == -1 && _writersWaiting == 0, millisecondsTimeout)) throw Timeout();
                _readers[me] = 1;
            }
        }

        public void AcquireWriterLock(TimeSpan timeout) { AcquireWriterLock(ToMs(timeout)); }

        public void AcquireWriterLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            int me = Me;
            lock (_gate)
            {
                if (_writerThread == me) { _writerLevel++; return; }
                _writersWaiting++;
                bool ok;
                try { ok = WaitFor(() => _writerThread == -1 && _readers.Count == 0, millisecondsTimeout); }
                finally { _writersWaiting--; }
                if (!ok) { Monitor.PulseAll(_gate); throw Timeout(); }
                _writerThread = me;
                _writerLevel = 1;
                _writerSeq++;
            }
        }

        public void ReleaseReaderLock()
        {
            int me = Me;
            lock (_gate)
            {
                if (_writerThread == me) { ReleaseWriterCore(); return; }
                if (!_readers.TryGetValue(me, out int n)) throw NotOwner();
                if (n > 1) _readers[me] = n - 1;
                else { _readers.Remove(me); Monitor.PulseAll(_gate); }
            }
        }

        public void ReleaseWriterLock()
        {
            lock (_gate)
            {
                if (_writerThread != Me) throw NotOwner();
                ReleaseWriterCore();
            }
        }

        private void ReleaseWriterCore()
        {
            if (--_writerLevel == 0) { _writerThread = -1; Monitor.PulseAll(_gate); }
        }

        public LockCookie UpgradeToWriterLock(TimeSpan timeout) { return UpgradeToWriterLock(ToMs(timeout)); }

        public LockCookie UpgradeToWriterLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            int me = Me;
            LockCookie cookie = new LockCookie { _threadId = me, _upgrade = true };
            lock (_gate)
            {
                if (_writerThread == me)
                {
                    cookie._writerLevel = _writerLevel;
                    _writerLevel++;
                    return cookie;
                }
                if (_readers.TryGetValue(me, out int n))
                {
                    cookie._readerLevel = n;
                    _readers.Remove(me);
                    Monitor.PulseAll(_gate);
                }
                cookie._writerSeq = _writerSeq;
                try { AcquireWriterLock(millisecondsTimeout); }
                catch
                {
                    if (cookie._readerLevel > 0)
                    {
                        WaitFor(() => _writerThread == -1, -1);
                        _readers[me] = cookie._readerLevel;
                    }
                    throw;
                }
                return cookie;
            }
        }

        public void DowngradeFromWriterLock(ref LockCookie lockCookie)
        {
            int me = Me;
            lock (_gate)
            {
                if (_writerThread != me) throw NotOwner();
                if (!lockCookie._upgrade || lockCookie._threadId != me) throw InvalidCookie();
                if (lockCookie._writerLevel > 0) { _writerLevel = lockCookie._writerLevel; return; }
                _writerLevel = 0;
                _writerThread = -1;
                if (lockCookie._readerLevel > 0) _readers[me] = lockCookie._readerLevel;
                Monitor.PulseAll(_gate);
            }
        }

        private static Exception InvalidCookie()
        {
            return new ApplicationException("The LockCookie is not valid.") { HResult = unchecked((int)0x80070057) };
        }

        public LockCookie ReleaseLock()
        {
            int me = Me;
            LockCookie cookie = new LockCookie { _threadId = me };
            lock (_gate)
            {
                if (_writerThread == me)
                {
                    cookie._writerLevel = _writerLevel;
                    _writerLevel = 0;
                    _writerThread = -1;
                }
                if (_readers.TryGetValue(me, out int n))
                {
                    cookie._readerLevel = n;
                    _readers.Remove(me);
                }
                cookie._writerSeq = _writerSeq;
                Monitor.PulseAll(_gate);
            }
            return cookie;
        }

        public void RestoreLock(ref LockCookie lockCookie)
        {
            int me = Me;
            if (lockCookie._threadId != me || lockCookie._upgrade) throw InvalidCookie();
            if (lockCookie._readerLevel == 0 && lockCookie._writerLevel == 0) return;
            lock (_gate)
            {
                if (_writerThread == me || _readers.ContainsKey(me))
                    throw new SynchronizationLockException("ReaderWriterLock.RestoreLock was called without releasing all locks acquired since the call to ReleaseLock.");
                if (lockCookie._writerLevel > 0)
                {
                    _writersWaiting++;
                    try { WaitFor(() => _writerThread == -1 && _readers.Count == 0, -1); }
                    finally { _writersWaiting--; }
                    _writerThread = me;
                    _writerLevel = lockCookie._writerLevel;
                    _writerSeq++;
                }
                if (lockCookie._readerLevel > 0)
                {
                    WaitFor(() => _writerThread == -1 || _writerThread == me, -1);
                    _readers[me] = lockCookie._readerLevel;
                }
            }
        }
    }
}
