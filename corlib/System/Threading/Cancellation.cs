// Cooperative cancellation: a source flips once to canceled and then runs the
// registered callbacks on the canceling thread, most recent first (as .NET).
using System.Collections.Generic;

namespace System.Threading
{
    public struct CancellationToken : IEquatable<CancellationToken>
    {
        private static ManualResetEvent s_neverSet;
        private readonly CancellationTokenSource _source;

        internal CancellationToken(CancellationTokenSource source) { _source = source; }
        public CancellationToken(bool canceled) { _source = canceled ? CancellationTokenSource.CanceledSource : null; }

        internal CancellationTokenSource Source { get { return _source; } }

        public static CancellationToken None { get { return default(CancellationToken); } }
        public bool IsCancellationRequested { get { return _source != null && _source.IsCancellationRequested; } }
        public bool CanBeCanceled { get { return _source != null; } }

        public WaitHandle WaitHandle
        {
            get
            {
                if (_source != null) return _source.WaitHandle;
                if (s_neverSet == null) s_neverSet = new ManualResetEvent(false);
                return s_neverSet;
            }
        }

        public CancellationTokenRegistration Register(Action callback) { return Register(callback, false); }

        public CancellationTokenRegistration Register(Action callback, bool useSynchronizationContext)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return Register((Delegate)callback, null);
        }

        public CancellationTokenRegistration Register(Action<object> callback, object state) { return Register(callback, state, false); }

        public CancellationTokenRegistration Register(Action<object> callback, object state, bool useSynchronizationContext)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return Register((Delegate)callback, state);
        }

        public CancellationTokenRegistration UnsafeRegister(Action<object> callback, object state) { return Register(callback, state, false); }

        private CancellationTokenRegistration Register(Delegate callback, object state)
        {
            if (_source == null) return default(CancellationTokenRegistration);
            return _source.InternalRegister(callback, state);
        }

        public void ThrowIfCancellationRequested()
        {
            if (IsCancellationRequested) throw new OperationCanceledException("The operation was canceled.", this);
        }

        public override bool Equals(object other) { return other is CancellationToken && ((CancellationToken)other)._source == _source; }
        public bool Equals(CancellationToken other) { return other._source == _source; }
        public override int GetHashCode() { return _source == null ? 0 : _source.GetHashCode(); }
        public static bool operator ==(CancellationToken left, CancellationToken right) { return left._source == right._source; }
        public static bool operator !=(CancellationToken left, CancellationToken right) { return left._source != right._source; }
    }

    public struct CancellationTokenRegistration : IDisposable, IEquatable<CancellationTokenRegistration>
    {
        private readonly CancellationTokenSource _source;
        private readonly CancellationTokenSource.CallbackNode _node;

        internal CancellationTokenRegistration(CancellationTokenSource source, CancellationTokenSource.CallbackNode node)
        {
            _source = source;
            _node = node;
        }

        public CancellationToken Token { get { return _source == null ? default(CancellationToken) : new CancellationToken(_source); } }

        public void Dispose() { Unregister(); }
        public bool Unregister() { return _source != null && _source.Unregister(_node); }

        public override bool Equals(object obj) { return obj is CancellationTokenRegistration && Equals((CancellationTokenRegistration)obj); }
        public bool Equals(CancellationTokenRegistration other) { return _source == other._source && _node == other._node; }
        public override int GetHashCode() { return _node == null ? 0 : _node.GetHashCode(); }
        public static bool operator ==(CancellationTokenRegistration left, CancellationTokenRegistration right) { return left.Equals(right); }
        public static bool operator !=(CancellationTokenRegistration left, CancellationTokenRegistration right) { return !left.Equals(right); }
    }

    public partial class CancellationTokenSource : IDisposable
    {
        internal sealed class CallbackNode
        {
            internal Delegate Callback;   // Action or Action<object>
            internal object State;
            internal CallbackNode Prev, Next;
        }

        internal static readonly CancellationTokenSource CanceledSource = MakeCanceled();

        private volatile bool _canceled;
        private bool _disposed;
        private CallbackNode _head, _tail;
        private ManualResetEvent _event;
        private ITimer _timer;
        private TimeProvider _timeProvider;   // null: the system clock

        private static CancellationTokenSource MakeCanceled() { CancellationTokenSource s = new CancellationTokenSource(); s._canceled = true; return s; }

        public CancellationTokenSource() { }

        public CancellationTokenSource(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (millisecondsDelay != -1) StartTimer(millisecondsDelay);
        }

        public CancellationTokenSource(TimeSpan delay) : this(WaitTime.ToMilliseconds(delay, "delay")) { }

        // .NET 8: the delay is measured by the provider's timers.
        public CancellationTokenSource(TimeSpan delay, TimeProvider timeProvider)
        {
            if (timeProvider == null) throw new ArgumentNullException("timeProvider");
            int ms = WaitTime.ToMilliseconds(delay, "delay");
            if (timeProvider != TimeProvider.System) _timeProvider = timeProvider;
            if (ms != -1) StartTimer(ms);
        }

        public bool IsCancellationRequested { get { return _canceled; } }

        public CancellationToken Token
        {
            get
            {
                ThrowIfDisposed();
                return new CancellationToken(this);
            }
        }

        public WaitHandle WaitHandle
        {
            get
            {
                ThrowIfDisposed();
                if (_event == null) _event = new ManualResetEvent(_canceled);
                return _event;
            }
        }

        private void ThrowIfDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(null, "The CancellationTokenSource has been disposed.");
        }

        internal CancellationTokenRegistration InternalRegister(Delegate callback, object state)
        {
            if (!_canceled)
            {
                CallbackNode n = new CallbackNode();
                n.Callback = callback;
                n.State = state;
                // Canceling may have happened while allocating (a call is a switch point).
                if (!_canceled && !_disposed)
                {
                    n.Prev = _tail;
                    if (_tail != null) _tail.Next = n; else _head = n;
                    _tail = n;
                    return new CancellationTokenRegistration(this, n);
                }
                if (!_canceled) return default(CancellationTokenRegistration);
            }
            Invoke(callback, state);
            return default(CancellationTokenRegistration);
        }

        internal bool Unregister(CallbackNode n)
        {
            if (n == null || n.Callback == null) return false;
            n.Callback = null;
            n.State = null;
            if (n.Prev != null) n.Prev.Next = n.Next; else if (_head == n) _head = n.Next;
            if (n.Next != null) n.Next.Prev = n.Prev; else if (_tail == n) _tail = n.Prev;
            n.Prev = n.Next = null;
            return true;
        }

        private static void Invoke(Delegate callback, object state)
        {
            Action a = callback as Action;
            if (a != null) a();
            else ((Action<object>)callback)(state);
        }

        public void Cancel() { Cancel(false); }

        public void Cancel(bool throwOnFirstException)
        {
            ThrowIfDisposed();
            NotifyCancellation(throwOnFirstException);
        }

        internal void NotifyCancellation(bool throwOnFirstException)
        {
            if (_canceled) return;
            _canceled = true;
            if (_timer != null) { _timer.Dispose(); _timer = null; }
            if (_event != null) _event.Set();
            List<Exception> errors = null;
            // Most recently registered first; each callback is unlinked before it runs.
            while (_tail != null)
            {
                CallbackNode n = _tail;
                Delegate cb = n.Callback;
                object st = n.State;
                Unregister(n);
                if (!throwOnFirstException)
                {
                    try { Invoke(cb, st); }
                    catch (Exception e)
                    {
                        if (errors == null) errors = new List<Exception>();
                        errors.Add(e);
                    }
                }
                else Invoke(cb, st);
            }
            if (errors != null) throw new AggregateException(errors);
        }

        private void StartTimer(int millisecondsDelay)
        {
            TimeSpan due = TimeSpan.FromMilliseconds(millisecondsDelay);
            // a provider's timer is made with its due time (as .NET does), not changed after
            if (_timer == null && _timeProvider != null) _timer = _timeProvider.CreateTimer(OnTimer, this, due, Timeout.InfiniteTimeSpan);
            else if (_timer == null) _timer = new Timer(OnTimer, this, millisecondsDelay, -1);
            else _timer.Change(due, Timeout.InfiniteTimeSpan);
        }

        private static void OnTimer(object state)
        {
            CancellationTokenSource s = (CancellationTokenSource)state;
            if (!s._disposed) s.NotifyCancellation(false);
        }

        public void CancelAfter(TimeSpan delay) { CancelAfter(WaitTime.ToMilliseconds(delay, "delay")); }

        public void CancelAfter(int millisecondsDelay)
        {
            ThrowIfDisposed();
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (_canceled) return;
            if (millisecondsDelay == -1) { if (_timer != null) _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan); return; }
            StartTimer(millisecondsDelay);
        }

        public bool TryReset()
        {
            ThrowIfDisposed();
            if (_canceled) return false;
            if (_timer != null) _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _head = _tail = null;
            return true;
        }

        public void Dispose() { Dispose(true); }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing || _disposed) return;
            _disposed = true;
            if (_timer != null) { _timer.Dispose(); _timer = null; }
            _head = _tail = null;
        }

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token)
        {
            return CreateLinkedTokenSource(new CancellationToken[] { token });
        }

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2)
        {
            return CreateLinkedTokenSource(new CancellationToken[] { token1, token2 });
        }

        public static CancellationTokenSource CreateLinkedTokenSource(params CancellationToken[] tokens)
        {
            if (tokens == null) throw new ArgumentNullException("tokens");
            return new LinkedSource(tokens);
        }

        private sealed class LinkedSource : CancellationTokenSource
        {
            private CancellationTokenRegistration[] _links;

            internal LinkedSource(CancellationToken[] tokens)
            {
                _links = new CancellationTokenRegistration[tokens.Length];
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (!tokens[i].CanBeCanceled) continue;
                    _links[i] = tokens[i].Register(OnLinkedCanceled, this);
                    if (IsCancellationRequested) break;
                }
            }

            private static void OnLinkedCanceled(object state) { ((LinkedSource)state).NotifyCancellation(false); }

            protected override void Dispose(bool disposing)
            {
                if (disposing && _links != null)
                {
                    for (int i = 0; i < _links.Length; i++) _links[i].Dispose();
                    _links = null;
                }
                base.Dispose(disposing);
            }
        }
    }
}
