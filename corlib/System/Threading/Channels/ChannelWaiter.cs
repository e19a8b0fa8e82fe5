// One pending ReadAsync, WriteAsync, WaitToReadAsync or WaitToWriteAsync of a
// channel: the IValueTaskSource its ValueTask awaits. The channel claims a
// waiter under its lock before completing it, and cancellation claims it
// first or not at all, so an item is never handed to a canceled reader.
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace System.Threading.Channels
{
    internal sealed class ChannelWaiter<TItem, TResult> : IValueTaskSource<TResult>, IValueTaskSource
    {
        private const int Pending = 0, Claimed = 1, Canceled = 2;

        private ManualResetValueTaskSourceCore<TResult> _core;
        private int _state;
        private CancellationToken _token;
        private CancellationTokenRegistration _registration;
        private readonly QueueChannel<TItem> _owner;

        // The item a blocked WriteAsync waits to put in.
        internal readonly TItem Item;

        internal ChannelWaiter(QueueChannel<TItem> owner, bool runContinuationsAsynchronously, TItem item)
        {
            _owner = owner;
            _core.RunContinuationsAsynchronously = runContinuationsAsynchronously;
            Item = item;
        }

        // Called once the waiter is in its owner's list.
        internal void WatchCancellation(CancellationToken token)
        {
            if (!token.CanBeCanceled) return;
            _token = token;
            _registration = token.Register(s => ((ChannelWaiter<TItem, TResult>)s).OnCanceled(), this);
        }

        internal bool IsPending { get { return Volatile.Read(ref _state) == Pending; } }

        internal bool TryClaim() { return Interlocked.CompareExchange(ref _state, Claimed, Pending) == Pending; }

        private void OnCanceled()
        {
            if (Interlocked.CompareExchange(ref _state, Canceled, Pending) != Pending) return;
            _owner.RemoveWaiter(this);
            _core.SetException(new OperationCanceledException(_token));
        }

        internal void Succeed(TResult result)
        {
            _registration.Dispose();
            _core.SetResult(result);
        }

        internal void Fail(Exception error)
        {
            _registration.Dispose();
            _core.SetException(error);
        }

        internal ValueTask<TResult> AsValueTask() { return new ValueTask<TResult>(this, _core.Version); }
        internal ValueTask AsVoidValueTask() { return new ValueTask(this, _core.Version); }

        public TResult GetResult(short token) { return _core.GetResult(token); }
        void IValueTaskSource.GetResult(short token) { _core.GetResult(token); }
        public ValueTaskSourceStatus GetStatus(short token) { return _core.GetStatus(token); }

        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            _core.OnCompleted(continuation, state, token, flags);
        }
    }
}
