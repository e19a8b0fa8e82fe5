// ReaderWriterLockSlim: shared read, exclusive write and one upgradeable
// reader (which may turn writer), with .NET's recursion rules and writer
// preference (a waiting writer or upgrader holds new readers back). All state
// sits behind one lock object; waiters park in Monitor.Wait on it (a green
// thread switch) and every release pulses them all.
using System.Collections.Generic;

namespace System.Threading
{
    public enum LockRecursionPolicy
    {
        NoRecursion = 0,
        SupportsRecursion = 1,
    }

    public class ReaderWriterLockSlim : IDisposable
    {
        // What one thread holds of this lock.
        private sealed class Held
        {
            internal int Reads, Upgrades, Writes;
        }

        private readonly object _lock = new object();
        private readonly bool _reentrant;
        private readonly Dictionary<int, Held> _held = new Dictionary<int, Held>();
        private int _readers;            // threads holding a read lock, the upgradeable reader included
        private bool _writerHeld;
        private int _writeOwner = -1, _upgradeOwner = -1;
        private bool _upgraderAlsoReads; // recursion mode: the upgradeable reader took a read lock too
        private int _waitingReaders, _waitingWriters, _waitingUpgraders;
        private bool _upgraderWaitsToWrite;
        private bool _disposed;

        public ReaderWriterLockSlim() : this(LockRecursionPolicy.NoRecursion) { }

        public ReaderWriterLockSlim(LockRecursionPolicy recursionPolicy)
        {
            _reentrant = recursionPolicy == LockRecursionPolicy.SupportsRecursion;
        }

        public LockRecursionPolicy RecursionPolicy
        {
            get { return _reentrant ? LockRecursionPolicy.SupportsRecursion : LockRecursionPolicy.NoRecursion; }
        }

        private static int Me { get { return Thread.CurrentThread.ManagedThreadId; } }

        private Held Mine(bool create)
        {
            Held h;
            int id = Me;
            if (!_held.TryGetValue(id, out h) && create)
            {
                h = new Held();
                _held[id] = h;
            }
            return h;
        }

        private void Forget(Held h)
        {
            if (h.Reads == 0 && h.Upgrades == 0 && h.Writes == 0) _held.Remove(Me);
        }

        // ---- queries ----
        public bool IsReadLockHeld { get { return RecursiveReadCount > 0; } }
        public bool IsUpgradeableReadLockHeld { get { return RecursiveUpgradeCount > 0; } }
        public bool IsWriteLockHeld { get { return RecursiveWriteCount > 0; } }

        public int CurrentReadCount
        {
            get { lock (_lock) return _upgradeOwner != -1 ? _readers - 1 : _readers; }
        }

        public int RecursiveReadCount
        {
            get { lock (_lock) { Held h = Mine(false); return h == null ? 0 : h.Reads; } }
        }

        public int RecursiveUpgradeCount
        {
            get
            {
                lock (_lock)
                {
                    if (!_reentrant) return _upgradeOwner == Me ? 1 : 0;
                    Held h = Mine(false);
                    return h == null ? 0 : h.Upgrades;
                }
            }
        }

        public int RecursiveWriteCount
        {
            get
            {
                lock (_lock)
                {
                    if (!_reentrant) return _writeOwner == Me ? 1 : 0;
                    Held h = Mine(false);
                    return h == null ? 0 : h.Writes;
                }
            }
        }

        public int WaitingReadCount { get { return _waitingReaders; } }
        public int WaitingUpgradeCount { get { return _waitingUpgraders; } }
        public int WaitingWriteCount { get { return _waitingWriters; } }

        // ---- entering ----
        public void EnterReadLock() { TryEnterReadLock(-1); }
        public bool TryEnterReadLock(TimeSpan timeout) { return TryEnterReadLock(ToTimeout(timeout)); }
        public bool TryEnterReadLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            lock (_lock)
            {
                CheckDisposed();
                int id = Me;
                Held h = Mine(true);
                if (!_reentrant)
                {
                    if (id == _writeOwner) throw new LockRecursionException("A read lock may not be acquired with the write lock held in this mode.");
                    if (h.Reads > 0) throw new LockRecursionException("Recursive read lock acquisitions not allowed in this mode.");
                    if (id == _upgradeOwner) { h.Reads++; _readers++; return true; }
                }
                else
                {
                    if (h.Reads > 0) { h.Reads++; return true; }
                    if (id == _upgradeOwner) { h.Reads++; _readers++; _upgraderAlsoReads = true; return true; }
                    if (id == _writeOwner) { h.Reads++; _readers++; return true; }
                }
                long deadline = WaitTime.Deadline(millisecondsTimeout);
                while (_writerHeld || _waitingWriters > 0 || _upgraderWaitsToWrite)
                {
                    if (!Park(deadline, ref _waitingReaders)) { Forget(h); return false; }
                }
                _readers++;
                h.Reads++;
                return true;
            }
        }

        public void EnterWriteLock() { TryEnterWriteLock(-1); }
        public bool TryEnterWriteLock(TimeSpan timeout) { return TryEnterWriteLock(ToTimeout(timeout)); }
        public bool TryEnterWriteLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            lock (_lock)
            {
                CheckDisposed();
                int id = Me;
                Held h = Mine(true);
                bool upgrading = false;
                if (!_reentrant)
                {
                    if (id == _writeOwner) throw new LockRecursionException("Recursive write lock acquisitions not allowed in this mode.");
                    if (id == _upgradeOwner) upgrading = true;
                    else if (h.Reads > 0) throw WriteAfterRead();
                }
                else
                {
                    if (id == _writeOwner) { h.Writes++; return true; }
                    if (id == _upgradeOwner) upgrading = true;
                    else if (h.Reads > 0) throw WriteAfterRead();
                }
                long deadline = WaitTime.Deadline(millisecondsTimeout);
                if (upgrading)
                {
                    // the upgradeable reader waits for every other reader to leave
                    int own = _upgraderAlsoReads ? 2 : 1;
                    while (_readers > own)
                    {
                        _upgraderWaitsToWrite = true;
                        bool got = Park(deadline, ref _waitingWriters);
                        _upgraderWaitsToWrite = false;
                        if (!got) { Monitor.PulseAll(_lock); return false; }
                    }
                }
                else
                {
                    while (_writerHeld || _readers > 0)
                    {
                        if (!Park(deadline, ref _waitingWriters)) { Forget(h); Monitor.PulseAll(_lock); return false; }
                    }
                }
                _writerHeld = true;
                _writeOwner = id;
                h.Writes++;
                return true;
            }
        }

        public void EnterUpgradeableReadLock() { TryEnterUpgradeableReadLock(-1); }
        public bool TryEnterUpgradeableReadLock(TimeSpan timeout) { return TryEnterUpgradeableReadLock(ToTimeout(timeout)); }
        public bool TryEnterUpgradeableReadLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            lock (_lock)
            {
                CheckDisposed();
                int id = Me;
                Held h = Mine(true);
                if (!_reentrant)
                {
                    if (id == _upgradeOwner) throw new LockRecursionException("Recursive upgradeable lock acquisitions not allowed in this mode.");
                    if (id == _writeOwner) throw new LockRecursionException("Upgradeable lock may not be acquired with write lock held in this mode. Acquiring Upgradeable lock gives the ability to read along with an option to upgrade to a writer.");
                    if (h.Reads > 0) throw UpgradeAfterRead();
                }
                else
                {
                    if (id == _upgradeOwner) { h.Upgrades++; return true; }
                    if (id == _writeOwner)
                    {
                        // the writer also becomes the upgradeable reader
                        _readers++;
                        _upgradeOwner = id;
                        h.Upgrades++;
                        if (h.Reads > 0) _upgraderAlsoReads = true;
                        return true;
                    }
                    if (h.Reads > 0) throw UpgradeAfterRead();
                }
                long deadline = WaitTime.Deadline(millisecondsTimeout);
                while (_upgradeOwner != -1 || _writerHeld || _waitingWriters > 0)
                {
                    if (!Park(deadline, ref _waitingUpgraders)) { Forget(h); return false; }
                }
                _readers++;
                _upgradeOwner = id;
                h.Upgrades++;
                return true;
            }
        }

        // ---- leaving ----
        public void ExitReadLock()
        {
            lock (_lock)
            {
                Held h = Mine(false);
                if (h == null || h.Reads < 1) throw new SynchronizationLockException("The read lock is being released without being held.");
                h.Reads--;
                if (_reentrant)
                {
                    if (h.Reads > 0) return;
                    if (Me == _upgradeOwner) _upgraderAlsoReads = false;
                }
                _readers--;
                Forget(h);
                Monitor.PulseAll(_lock);
            }
        }

        public void ExitWriteLock()
        {
            lock (_lock)
            {
                Held h = Mine(false);
                if (!_reentrant)
                {
                    if (Me != _writeOwner) throw new SynchronizationLockException("The write lock is being released without being held.");
                }
                else
                {
                    if (h == null || h.Writes < 1) throw new SynchronizationLockException("The write lock is being released without being held.");
                    if (h.Writes > 1) { h.Writes--; return; }
                }
                h.Writes = 0;
                _writerHeld = false;
                _writeOwner = -1;
                Forget(h);
                Monitor.PulseAll(_lock);
            }
        }

        public void ExitUpgradeableReadLock()
        {
            lock (_lock)
            {
                Held h = Mine(false);
                if (!_reentrant)
                {
                    if (Me != _upgradeOwner) throw new SynchronizationLockException("The upgradeable lock is being released without being held.");
                }
                else
                {
                    if (h == null || h.Upgrades < 1) throw new SynchronizationLockException("The upgradeable lock is being released without being held.");
                    if (h.Upgrades > 1) { h.Upgrades--; return; }
                    _upgraderAlsoReads = false;
                }
                h.Upgrades = 0;
                _readers--;
                _upgradeOwner = -1;
                Forget(h);
                Monitor.PulseAll(_lock);
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                if (_disposed) return;
                if (_waitingReaders > 0 || _waitingUpgraders > 0 || _waitingWriters > 0 ||
                    IsReadLockHeld || IsUpgradeableReadLockHeld || IsWriteLockHeld)
                    throw new SynchronizationLockException("The lock is being disposed while still being used. It either is being held by a thread and/or has active waiters waiting to acquire the lock.");
                _disposed = true;
            }
        }

        // ---- helpers ----
        // One wait on the lock, counted in `waiting`; false once the deadline passed.
        private bool Park(long deadline, ref int waiting)
        {
            int left = WaitTime.Remaining(deadline);
            if (left == 0) return false;
            waiting++;
            try { Monitor.Wait(_lock, left); }
            finally { waiting--; }
            if (_disposed) throw new ObjectDisposedException(GetType().FullName);
            return true;
        }

        private void CheckDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(GetType().FullName);
        }

        private static void CheckTimeout(int millisecondsTimeout)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, -1, "millisecondsTimeout");
        }

        private static int ToTimeout(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            ArgumentOutOfRangeException.ThrowIfLessThan(ms, -1L, "timeout");
            ArgumentOutOfRangeException.ThrowIfGreaterThan(ms, (long)int.MaxValue, "timeout");
            return (int)ms;
        }

        private static LockRecursionException WriteAfterRead()
        {
            return new LockRecursionException("Write lock may not be acquired with read lock held. This pattern is prone to deadlocks. Please ensure that read locks are released before taking a write lock. If an upgrade is necessary, use an upgrade lock in place of the read lock.");
        }

        private static LockRecursionException UpgradeAfterRead()
        {
            return new LockRecursionException("Upgradeable lock may not be acquired with read lock held.");
        }
    }
}
