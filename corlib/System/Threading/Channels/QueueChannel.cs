// The one channel implementation behind Channel.Create*: a store of items
// (FIFO or priority), a capacity (int.MaxValue when unbounded) with what to do
// when full, and four lists of waiters. Every change happens under one lock;
// waiters and the Completion task are completed after it is released, since
// with AllowSynchronousContinuations their continuations run inline.
using System.Collections.Generic;
using System.Threading.Tasks;

namespace System.Threading.Channels
{
    internal sealed class QueueChannel<T> : Channel<T>
    {
        private readonly object _sync = new object();
        private readonly IChannelStore<T> _items;
        private readonly int _capacity;
        private readonly BoundedChannelFullMode _fullMode;
        private readonly Action<T> _itemDropped;
        private readonly bool _runAsync;
        private readonly TaskCompletionSource _completion;

        // null while writers may write; ChannelErrors.DoneWriting or the error after Complete.
        private Exception _doneWriting;

        private readonly List<ChannelWaiter<T, T>> _blockedReaders = new List<ChannelWaiter<T, T>>();
        private readonly List<ChannelWaiter<T, bool>> _waitingReaders = new List<ChannelWaiter<T, bool>>();
        private readonly List<ChannelWaiter<T, bool>> _blockedWriters = new List<ChannelWaiter<T, bool>>();
        private readonly List<ChannelWaiter<T, bool>> _waitingWriters = new List<ChannelWaiter<T, bool>>();

        private enum WriteOutcome { Written, Full, Closed }

        internal QueueChannel(IChannelStore<T> items, int capacity, BoundedChannelFullMode fullMode, Action<T> itemDropped, bool allowSynchronousContinuations)
        {
            _items = items;
            _capacity = capacity;
            _fullMode = fullMode;
            _itemDropped = itemDropped;
            _runAsync = !allowSynchronousContinuations;
            _completion = new TaskCompletionSource(_runAsync ? TaskCreationOptions.RunContinuationsAsynchronously : TaskCreationOptions.None);
            Reader = new QueueReader(this);
            Writer = new QueueWriter(this);
        }

        private static void RunAll(List<Action> actions)
        {
            if (actions == null) return;
            foreach (Action a in actions) a();
        }

        private static void Later(ref List<Action> actions, Action a)
        {
            if (actions == null) actions = new List<Action>();
            actions.Add(a);
        }

        // The first waiter of the list that is still pending, now claimed; or null.
        private static ChannelWaiter<T, TResult> ClaimFirst<TResult>(List<ChannelWaiter<T, TResult>> list)
        {
            while (list.Count > 0)
            {
                ChannelWaiter<T, TResult> w = list[0];
                list.RemoveAt(0);
                if (w.TryClaim()) return w;
            }
            return null;
        }

        // Wakes every WaitToReadAsync or WaitToWriteAsync of the list with true.
        private static void WakeAll(List<ChannelWaiter<T, bool>> list, ref List<Action> later)
        {
            while (true)
            {
                ChannelWaiter<T, bool> w = ClaimFirst(list);
                if (w == null) return;
                Later(ref later, () => w.Succeed(true));
            }
        }

        private bool HasPendingReader()
        {
            foreach (ChannelWaiter<T, T> r in _blockedReaders)
                if (r.IsPending) return true;
            return false;
        }

        internal void RemoveWaiter(object waiter)
        {
            // Both tests, not either: for a Channel<bool> the two waiter types are one.
            lock (_sync)
            {
                if (waiter is ChannelWaiter<T, T> r && _blockedReaders.Remove(r)) return;
                if (waiter is ChannelWaiter<T, bool> b && !_waitingReaders.Remove(b) && !_blockedWriters.Remove(b)) _waitingWriters.Remove(b);
            }
        }

        private void CompleteChannelLocked(ref List<Action> later)
        {
            Exception error = _doneWriting;
            TaskCompletionSource completion = _completion;
            Later(ref later, () =>
            {
                if (error is OperationCanceledException oce) completion.TrySetCanceled(oce.CancellationToken);
                else if (error != ChannelErrors.DoneWriting) completion.TrySetException(error);
                else completion.TrySetResult();
            });
        }

        // Under _sync, with at least one item: takes the oldest (or smallest),
        // lets a blocked writer's item into the freed place, and completes the
        // channel when Complete was called and this was the last item.
        private T TakeLocked(ref List<Action> later)
        {
            T item = _items.Dequeue();
            if (_capacity != int.MaxValue)
            {
                ChannelWaiter<T, bool> writer = ClaimFirst(_blockedWriters);
                if (writer != null)
                {
                    _items.Enqueue(writer.Item);
                    Later(ref later, () => writer.Succeed(true));
                }
                else
                {
                    WakeAll(_waitingWriters, ref later);
                }
            }
            if (_doneWriting != null && _items.Count == 0) CompleteChannelLocked(ref later);
            return item;
        }

        // Under _sync: whether a read can complete now, from the store or, on a
        // rendezvous channel, from a blocked writer.
        private bool CanTakeLocked()
        {
            if (_items.Count > 0) return true;
            if (_capacity != 0) return false;
            foreach (ChannelWaiter<T, bool> w in _blockedWriters)
                if (w.IsPending) return true;
            return false;
        }

        // Under _sync, when CanTakeLocked: the next item.
        private T TakeAnyLocked(ref List<Action> later)
        {
            if (_items.Count > 0) return TakeLocked(ref later);
            ChannelWaiter<T, bool> writer = ClaimFirst(_blockedWriters);
            Later(ref later, () => writer.Succeed(true));
            return writer.Item;
        }

        private WriteOutcome WriteLocked(T item, ref List<Action> later)
        {
            if (_doneWriting != null) return WriteOutcome.Closed;
            ChannelWaiter<T, T> reader = ClaimFirst(_blockedReaders);
            if (reader != null)
            {
                Later(ref later, () => reader.Succeed(item));
                return WriteOutcome.Written;
            }
            if (_items.Count < _capacity)
            {
                _items.Enqueue(item);
                WakeAll(_waitingReaders, ref later);
                return WriteOutcome.Written;
            }
            Action<T> dropped = _itemDropped;
            BoundedChannelFullMode mode = _fullMode;
            // nothing stored to drop on a rendezvous channel: the new item goes
            if (_items.Count == 0 && mode != BoundedChannelFullMode.Wait) mode = BoundedChannelFullMode.DropWrite;
            switch (mode)
            {
                case BoundedChannelFullMode.DropWrite:
                    if (dropped != null) Later(ref later, () => dropped(item));
                    return WriteOutcome.Written;
                case BoundedChannelFullMode.DropNewest:
                {
                    T newest = _items.RemoveNewest();
                    _items.Enqueue(item);
                    if (dropped != null) Later(ref later, () => dropped(newest));
                    return WriteOutcome.Written;
                }
                case BoundedChannelFullMode.DropOldest:
                {
                    T oldest = _items.Dequeue();
                    _items.Enqueue(item);
                    if (dropped != null) Later(ref later, () => dropped(oldest));
                    return WriteOutcome.Written;
                }
                default:
                    return WriteOutcome.Full;
            }
        }

        private sealed class QueueReader : ChannelReader<T>
        {
            private readonly QueueChannel<T> _c;

            internal QueueReader(QueueChannel<T> channel) { _c = channel; }

            public override Task Completion { get { return _c._completion.Task; } }
            public override bool CanCount { get { return true; } }
            public override bool CanPeek { get { return true; } }

            public override int Count
            {
                get { lock (_c._sync) return _c._items.Count; }
            }

            public override bool TryRead(out T item)
            {
                List<Action> later = null;
                bool got = false;
                item = default(T);
                lock (_c._sync)
                {
                    if (_c.CanTakeLocked())
                    {
                        item = _c.TakeAnyLocked(ref later);
                        got = true;
                    }
                }
                RunAll(later);
                return got;
            }

            public override bool TryPeek(out T item)
            {
                lock (_c._sync)
                {
                    if (_c._items.Count > 0)
                    {
                        item = _c._items.Peek();
                        return true;
                    }
                    if (_c._capacity == 0)
                    {
                        foreach (ChannelWaiter<T, bool> w in _c._blockedWriters)
                        {
                            if (!w.IsPending) continue;
                            item = w.Item;
                            return true;
                        }
                    }
                }
                item = default(T);
                return false;
            }

            public override ValueTask<T> ReadAsync(CancellationToken cancellationToken = default(CancellationToken))
            {
                if (cancellationToken.IsCancellationRequested) return new ValueTask<T>(Task.FromCanceled<T>(cancellationToken));
                List<Action> later = null;
                ValueTask<T> result;
                lock (_c._sync)
                {
                    if (_c.CanTakeLocked())
                    {
                        result = new ValueTask<T>(_c.TakeAnyLocked(ref later));
                    }
                    else if (_c._doneWriting != null)
                    {
                        result = new ValueTask<T>(ChannelErrors.ReadAfterCompletion<T>(_c._doneWriting));
                    }
                    else
                    {
                        var w = new ChannelWaiter<T, T>(_c, _c._runAsync, default(T));
                        _c._blockedReaders.Add(w);
                        w.WatchCancellation(cancellationToken);
                        result = w.AsValueTask();
                        // a rendezvous writer can now hand its item over
                        if (_c._capacity == 0) WakeAll(_c._waitingWriters, ref later);
                    }
                }
                RunAll(later);
                return result;
            }

            public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default(CancellationToken))
            {
                if (cancellationToken.IsCancellationRequested) return new ValueTask<bool>(Task.FromCanceled<bool>(cancellationToken));
                lock (_c._sync)
                {
                    if (_c.CanTakeLocked()) return new ValueTask<bool>(true);
                    Exception done = _c._doneWriting;
                    if (done != null)
                        return done != ChannelErrors.DoneWriting ? new ValueTask<bool>(Task.FromException<bool>(done)) : new ValueTask<bool>(false);
                    var w = new ChannelWaiter<T, bool>(_c, _c._runAsync, default(T));
                    _c._waitingReaders.Add(w);
                    w.WatchCancellation(cancellationToken);
                    return w.AsValueTask();
                }
            }
        }

        private sealed class QueueWriter : ChannelWriter<T>
        {
            private readonly QueueChannel<T> _c;

            internal QueueWriter(QueueChannel<T> channel) { _c = channel; }

            public override bool TryWrite(T item)
            {
                List<Action> later = null;
                WriteOutcome outcome;
                lock (_c._sync) outcome = _c.WriteLocked(item, ref later);
                RunAll(later);
                return outcome == WriteOutcome.Written;
            }

            public override ValueTask WriteAsync(T item, CancellationToken cancellationToken = default(CancellationToken))
            {
                if (cancellationToken.IsCancellationRequested) return new ValueTask(Task.FromCanceled(cancellationToken));
                List<Action> later = null;
                ValueTask result;
                lock (_c._sync)
                {
                    switch (_c.WriteLocked(item, ref later))
                    {
                        case WriteOutcome.Written:
                            result = default(ValueTask);
                            break;
                        case WriteOutcome.Closed:
                            result = new ValueTask(Task.FromException(ChannelErrors.ForCompletion(_c._doneWriting)));
                            break;
                        default:
                            var w = new ChannelWaiter<T, bool>(_c, _c._runAsync, item);
                            _c._blockedWriters.Add(w);
                            w.WatchCancellation(cancellationToken);
                            result = w.AsVoidValueTask();
                            // on a rendezvous channel a blocked writer is something to read
                            if (_c._capacity == 0) WakeAll(_c._waitingReaders, ref later);
                            break;
                    }
                }
                RunAll(later);
                return result;
            }

            public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default(CancellationToken))
            {
                if (cancellationToken.IsCancellationRequested) return new ValueTask<bool>(Task.FromCanceled<bool>(cancellationToken));
                lock (_c._sync)
                {
                    Exception done = _c._doneWriting;
                    if (done != null)
                        return done != ChannelErrors.DoneWriting ? new ValueTask<bool>(Task.FromException<bool>(done)) : new ValueTask<bool>(false);
                    if (_c._items.Count < _c._capacity || _c._fullMode != BoundedChannelFullMode.Wait) return new ValueTask<bool>(true);
                    if (_c._capacity == 0 && _c.HasPendingReader()) return new ValueTask<bool>(true);
                    var w = new ChannelWaiter<T, bool>(_c, _c._runAsync, default(T));
                    _c._waitingWriters.Add(w);
                    w.WatchCancellation(cancellationToken);
                    return w.AsValueTask();
                }
            }

            public override bool TryComplete(Exception error = null)
            {
                List<Action> later = null;
                lock (_c._sync)
                {
                    if (_c._doneWriting != null) return false;
                    _c._doneWriting = error ?? ChannelErrors.DoneWriting;
                    if (_c._items.Count == 0) _c.CompleteChannelLocked(ref later);
                    Exception closed = ChannelErrors.ForCompletion(_c._doneWriting);
                    while (true)
                    {
                        ChannelWaiter<T, T> r = ClaimFirst(_c._blockedReaders);
                        if (r == null) break;
                        Later(ref later, () => r.Fail(closed));
                    }
                    while (true)
                    {
                        ChannelWaiter<T, bool> w = ClaimFirst(_c._blockedWriters);
                        if (w == null) break;
                        Later(ref later, () => w.Fail(closed));
                    }
                    FinishWaiters(_c._waitingReaders, error, ref later);
                    FinishWaiters(_c._waitingWriters, error, ref later);
                }
                RunAll(later);
                return true;
            }

            // After Complete: WaitTo*Async answers false, or faults with the error.
            private static void FinishWaiters(List<ChannelWaiter<T, bool>> list, Exception error, ref List<Action> later)
            {
                while (true)
                {
                    ChannelWaiter<T, bool> w = ClaimFirst(list);
                    if (w == null) return;
                    if (error != null) Later(ref later, () => w.Fail(error));
                    else Later(ref later, () => w.Succeed(false));
                }
            }
        }
    }
}
