// ValueTask / ValueTask<T>: a result, a Task, or an IValueTaskSource plus a
// token; awaiting one that wraps a source registers the continuation with the
// source itself.
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace System.Threading.Tasks.Sources
{
    public enum ValueTaskSourceStatus { Pending = 0, Succeeded = 1, Faulted = 2, Canceled = 3 }

    [Flags]
    public enum ValueTaskSourceOnCompletedFlags { None = 0, UseSchedulingContext = 1, FlowExecutionContext = 2 }

    public interface IValueTaskSource
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        void GetResult(short token);
    }

    public interface IValueTaskSource<out TResult>
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        TResult GetResult(short token);
    }

    // A reusable IValueTaskSource implementation core (.NET Core 3.0+). As in
    // .NET: a continuation registered after completion is queued, never run
    // inline; with UseSchedulingContext a non-default SynchronizationContext of
    // the registering thread receives the continuation.
    public struct ManualResetValueTaskSourceCore<TResult>
    {
        private Action<object> _continuation;
        private object _continuationState;
        private SynchronizationContext _capturedContext;
        private bool _completed;
        private TResult _result;
        private Exception _error;
        private short _version;

        public bool RunContinuationsAsynchronously { get; set; }
        public short Version { get { return _version; } }

        public void Reset()
        {
            _version++;
            _completed = false;
            _result = default(TResult);
            _error = null;
            _continuation = null;
            _continuationState = null;
            _capturedContext = null;
        }

        public void SetResult(TResult result) { _result = result; SignalCompletion(); }
        public void SetException(Exception error) { _error = error; SignalCompletion(); }

        public ValueTaskSourceStatus GetStatus(short token)
        {
            ValidateToken(token);
            if (!_completed) return ValueTaskSourceStatus.Pending;
            if (_error == null) return ValueTaskSourceStatus.Succeeded;
            return _error is OperationCanceledException ? ValueTaskSourceStatus.Canceled : ValueTaskSourceStatus.Faulted;
        }

        public TResult GetResult(short token)
        {
            ValidateToken(token);
            if (!_completed) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            if (_error != null) throw _error;
            return _result;
        }

        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            if (continuation == null) throw new ArgumentNullException("continuation");
            ValidateToken(token);
            if (_continuation != null) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            if ((flags & ValueTaskSourceOnCompletedFlags.UseSchedulingContext) != 0)
            {
                SynchronizationContext sc = SynchronizationContext.Current;
                if (sc != null && sc.GetType() != typeof(SynchronizationContext)) _capturedContext = sc;
            }
            if (_completed) { Dispatch(continuation, state, true); return; }
            _continuationState = state;
            _continuation = continuation;
        }

        private void ValidateToken(short token)
        {
            if (token != _version) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
        }

        private void SignalCompletion()
        {
            if (_completed) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            _completed = true;
            Action<object> c = _continuation;
            if (c != null) Dispatch(c, _continuationState, RunContinuationsAsynchronously);
        }

        private void Dispatch(Action<object> c, object state, bool async)
        {
            if (_capturedContext != null) _capturedContext.Post(new ContextCallback(c, state).Run, null);
            else if (async) ThreadPool.QueueUserWorkItem(c, state, true);
            else c(state);
        }

        private sealed class ContextCallback
        {
            private readonly Action<object> _c;
            private readonly object _state;
            internal ContextCallback(Action<object> c, object state) { _c = c; _state = state; }
            internal void Run(object ignored) { _c(_state); }
        }
    }
}

namespace System.Threading.Tasks
{
    internal static class ValueTaskHelpers
    {
        internal static readonly Action<object> InvokeAction = Invoke;
        private static void Invoke(object a) { ((Action)a)(); }

        internal static bool IsCompleted(ValueTaskSourceStatus s) { return s != ValueTaskSourceStatus.Pending; }
    }

    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder))]
    public struct ValueTask : IEquatable<ValueTask>
    {
        internal readonly object _obj;     // null (completed), Task or IValueTaskSource
        internal readonly short _token;
        internal readonly bool _continueOnCapturedContext;

        public ValueTask(Task task)
        {
            if (task == null) throw new ArgumentNullException("task");
            _obj = task; _token = 0; _continueOnCapturedContext = true;
        }

        public ValueTask(IValueTaskSource source, short token)
        {
            if (source == null) throw new ArgumentNullException("source");
            _obj = source; _token = token; _continueOnCapturedContext = true;
        }

        private ValueTask(object obj, short token, bool continueOnCapturedContext)
        {
            _obj = obj; _token = token; _continueOnCapturedContext = continueOnCapturedContext;
        }

        public static ValueTask CompletedTask { get { return default(ValueTask); } }
        public static ValueTask<TResult> FromResult<TResult>(TResult result) { return new ValueTask<TResult>(result); }
        public static ValueTask FromCanceled(CancellationToken cancellationToken) { return new ValueTask(Task.FromCanceled(cancellationToken)); }
        public static ValueTask<TResult> FromCanceled<TResult>(CancellationToken cancellationToken) { return new ValueTask<TResult>(Task.FromCanceled<TResult>(cancellationToken)); }
        public static ValueTask FromException(Exception exception) { return new ValueTask(Task.FromException(exception)); }
        public static ValueTask<TResult> FromException<TResult>(Exception exception) { return new ValueTask<TResult>(Task.FromException<TResult>(exception)); }

        private ValueTaskSourceStatus Status
        {
            get
            {
                if (_obj == null) return ValueTaskSourceStatus.Succeeded;
                Task t = _obj as Task;
                if (t != null)
                {
                    if (!t.IsCompleted) return ValueTaskSourceStatus.Pending;
                    return t.IsCanceled ? ValueTaskSourceStatus.Canceled : t.IsFaulted ? ValueTaskSourceStatus.Faulted : ValueTaskSourceStatus.Succeeded;
                }
                return ((IValueTaskSource)_obj).GetStatus(_token);
            }
        }

        public bool IsCompleted { get { return Status != ValueTaskSourceStatus.Pending; } }
        public bool IsCompletedSuccessfully { get { return Status == ValueTaskSourceStatus.Succeeded; } }
        public bool IsFaulted { get { return Status == ValueTaskSourceStatus.Faulted; } }
        public bool IsCanceled { get { return Status == ValueTaskSourceStatus.Canceled; } }

        public Task AsTask()
        {
            if (_obj == null) return Task.CompletedTask;
            Task t = _obj as Task;
            if (t != null) return t;
            IValueTaskSource s = (IValueTaskSource)_obj;
            Task<VoidTaskResult> promise = new Task<VoidTaskResult>(TaskCreationOptions.None, true);
            SourceCompletion c = new SourceCompletion(s, _token, promise);
            if (s.GetStatus(_token) != ValueTaskSourceStatus.Pending) c.Complete();
            else s.OnCompleted(SourceCompletion.Callback, c, _token, ValueTaskSourceOnCompletedFlags.None);
            return promise;
        }

        private sealed class SourceCompletion
        {
            internal static readonly Action<object> Callback = Run;
            private readonly IValueTaskSource _s;
            private readonly short _token;
            private readonly Task<VoidTaskResult> _promise;
            internal SourceCompletion(IValueTaskSource s, short token, Task<VoidTaskResult> promise) { _s = s; _token = token; _promise = promise; }
            private static void Run(object o) { ((SourceCompletion)o).Complete(); }
            internal void Complete()
            {
                try
                {
                    _s.GetResult(_token);
                    _promise.TrySetResult(default(VoidTaskResult));
                }
                catch (OperationCanceledException oce) { _promise.TrySetCanceled(oce.CancellationToken, oce); }
                catch (Exception e) { _promise.TrySetException(e); }
            }
        }

        public ValueTask Preserve() { return _obj == null ? this : new ValueTask(AsTask()); }

        public ValueTaskAwaiter GetAwaiter() { return new ValueTaskAwaiter(this); }
        public ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredValueTaskAwaitable(new ValueTask(_obj, _token, continueOnCapturedContext));
        }

        internal void ThrowIfCompletedUnsuccessfully()
        {
            if (_obj == null) return;
            Task t = _obj as Task;
            if (t != null) t.WaitForAwait();
            else ((IValueTaskSource)_obj).GetResult(_token);
        }

        internal void OnCompleted(Action continuation, bool continueOnCapturedContext)
        {
            if (continuation == null) throw new ArgumentNullException("continuation");
            Task t = _obj as Task;
            if (t != null) t.SetContinuationForAwait(continuation, continueOnCapturedContext);
            else if (_obj != null)
                ((IValueTaskSource)_obj).OnCompleted(ValueTaskHelpers.InvokeAction, continuation, _token,
                    continueOnCapturedContext ? ValueTaskSourceOnCompletedFlags.UseSchedulingContext : ValueTaskSourceOnCompletedFlags.None);
            else continuation();
        }

        public override int GetHashCode() { return _obj == null ? 0 : _obj.GetHashCode(); }
        public override bool Equals(object obj) { return obj is ValueTask && Equals((ValueTask)obj); }
        public bool Equals(ValueTask other) { return _obj == other._obj && _token == other._token; }
        public static bool operator ==(ValueTask left, ValueTask right) { return left.Equals(right); }
        public static bool operator !=(ValueTask left, ValueTask right) { return !left.Equals(right); }
    }

    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder<>))]
    public struct ValueTask<TResult> : IEquatable<ValueTask<TResult>>
    {
        internal readonly object _obj;     // null (has _result), Task<TResult> or IValueTaskSource<TResult>
        internal readonly TResult _result;
        internal readonly short _token;
        internal readonly bool _continueOnCapturedContext;

        public ValueTask(TResult result)
        {
            _result = result; _obj = null; _token = 0; _continueOnCapturedContext = true;
        }

        public ValueTask(Task<TResult> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            _obj = task; _result = default(TResult); _token = 0; _continueOnCapturedContext = true;
        }

        public ValueTask(IValueTaskSource<TResult> source, short token)
        {
            if (source == null) throw new ArgumentNullException("source");
            _obj = source; _result = default(TResult); _token = token; _continueOnCapturedContext = true;
        }

        private ValueTask(object obj, TResult result, short token, bool continueOnCapturedContext)
        {
            _obj = obj; _result = result; _token = token; _continueOnCapturedContext = continueOnCapturedContext;
        }

        private ValueTaskSourceStatus Status
        {
            get
            {
                if (_obj == null) return ValueTaskSourceStatus.Succeeded;
                Task<TResult> t = _obj as Task<TResult>;
                if (t != null)
                {
                    if (!t.IsCompleted) return ValueTaskSourceStatus.Pending;
                    return t.IsCanceled ? ValueTaskSourceStatus.Canceled : t.IsFaulted ? ValueTaskSourceStatus.Faulted : ValueTaskSourceStatus.Succeeded;
                }
                return ((IValueTaskSource<TResult>)_obj).GetStatus(_token);
            }
        }

        public bool IsCompleted { get { return Status != ValueTaskSourceStatus.Pending; } }
        public bool IsCompletedSuccessfully { get { return Status == ValueTaskSourceStatus.Succeeded; } }
        public bool IsFaulted { get { return Status == ValueTaskSourceStatus.Faulted; } }
        public bool IsCanceled { get { return Status == ValueTaskSourceStatus.Canceled; } }

        public TResult Result
        {
            get
            {
                if (_obj == null) return _result;
                Task<TResult> t = _obj as Task<TResult>;
                if (t != null) return t.GetResultForAwait();
                return ((IValueTaskSource<TResult>)_obj).GetResult(_token);
            }
        }

        public Task<TResult> AsTask()
        {
            if (_obj == null) return Task.FromResult(_result);
            Task<TResult> t = _obj as Task<TResult>;
            if (t != null) return t;
            IValueTaskSource<TResult> s = (IValueTaskSource<TResult>)_obj;
            Task<TResult> promise = new Task<TResult>(TaskCreationOptions.None, true);
            SourceCompletion c = new SourceCompletion(s, _token, promise);
            if (s.GetStatus(_token) != ValueTaskSourceStatus.Pending) c.Complete();
            else s.OnCompleted(SourceCompletion.Callback, c, _token, ValueTaskSourceOnCompletedFlags.None);
            return promise;
        }

        private sealed class SourceCompletion
        {
            internal static readonly Action<object> Callback = Run;
            private readonly IValueTaskSource<TResult> _s;
            private readonly short _token;
            private readonly Task<TResult> _promise;
            internal SourceCompletion(IValueTaskSource<TResult> s, short token, Task<TResult> promise) { _s = s; _token = token; _promise = promise; }
            private static void Run(object o) { ((SourceCompletion)o).Complete(); }
            internal void Complete()
            {
                TResult r;
                try { r = _s.GetResult(_token); }
                catch (OperationCanceledException oce) { _promise.TrySetCanceled(oce.CancellationToken, oce); return; }
                catch (Exception e) { _promise.TrySetException(e); return; }
                _promise.TrySetResult(r);
            }
        }

        public ValueTask<TResult> Preserve() { return _obj == null ? this : new ValueTask<TResult>(AsTask()); }

        public ValueTaskAwaiter<TResult> GetAwaiter() { return new ValueTaskAwaiter<TResult>(this); }
        public ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredValueTaskAwaitable<TResult>(new ValueTask<TResult>(_obj, _result, _token, continueOnCapturedContext));
        }

        internal void OnCompleted(Action continuation, bool continueOnCapturedContext)
        {
            if (continuation == null) throw new ArgumentNullException("continuation");
            Task<TResult> t = _obj as Task<TResult>;
            if (t != null) t.SetContinuationForAwait(continuation, continueOnCapturedContext);
            else if (_obj != null)
                ((IValueTaskSource<TResult>)_obj).OnCompleted(ValueTaskHelpers.InvokeAction, continuation, _token,
                    continueOnCapturedContext ? ValueTaskSourceOnCompletedFlags.UseSchedulingContext : ValueTaskSourceOnCompletedFlags.None);
            else continuation();
        }

        public override int GetHashCode() { return _obj != null ? _obj.GetHashCode() : _result != null ? _result.GetHashCode() : 0; }
        public override bool Equals(object obj) { return obj is ValueTask<TResult> && Equals((ValueTask<TResult>)obj); }
        public bool Equals(ValueTask<TResult> other)
        {
            if (_obj != null || other._obj != null) return _obj == other._obj && _token == other._token;
            return System.Collections.Generic.EqualityComparer<TResult>.Default.Equals(_result, other._result);
        }
        public static bool operator ==(ValueTask<TResult> left, ValueTask<TResult> right) { return left.Equals(right); }
        public static bool operator !=(ValueTask<TResult> left, ValueTask<TResult> right) { return !left.Equals(right); }

        public override string ToString()
        {
            if (!IsCompletedSuccessfully) return string.Empty;
            TResult r = Result;
            return r == null ? string.Empty : r.ToString();
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public struct ValueTaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly ValueTask _value;
        internal ValueTaskAwaiter(ValueTask value) { _value = value; }
        public bool IsCompleted { get { return _value.IsCompleted; } }
        public void GetResult() { _value.ThrowIfCompletedUnsuccessfully(); }
        public void OnCompleted(Action continuation) { _value.OnCompleted(continuation, true); }
        public void UnsafeOnCompleted(Action continuation) { _value.OnCompleted(continuation, true); }
    }

    public struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly ValueTask<TResult> _value;
        internal ValueTaskAwaiter(ValueTask<TResult> value) { _value = value; }
        public bool IsCompleted { get { return _value.IsCompleted; } }
        public TResult GetResult() { return _value.Result; }
        public void OnCompleted(Action continuation) { _value.OnCompleted(continuation, true); }
        public void UnsafeOnCompleted(Action continuation) { _value.OnCompleted(continuation, true); }
    }

    public struct ConfiguredValueTaskAwaitable
    {
        private readonly ValueTask _value;
        internal ConfiguredValueTaskAwaitable(ValueTask value) { _value = value; }
        public ConfiguredValueTaskAwaiter GetAwaiter() { return new ConfiguredValueTaskAwaiter(_value); }

        public struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask _value;
            internal ConfiguredValueTaskAwaiter(ValueTask value) { _value = value; }
            public bool IsCompleted { get { return _value.IsCompleted; } }
            public void GetResult() { _value.ThrowIfCompletedUnsuccessfully(); }
            public void OnCompleted(Action continuation) { _value.OnCompleted(continuation, _value._continueOnCapturedContext); }
            public void UnsafeOnCompleted(Action continuation) { _value.OnCompleted(continuation, _value._continueOnCapturedContext); }
        }
    }

    public struct ConfiguredValueTaskAwaitable<TResult>
    {
        private readonly ValueTask<TResult> _value;
        internal ConfiguredValueTaskAwaitable(ValueTask<TResult> value) { _value = value; }
        public ConfiguredValueTaskAwaiter GetAwaiter() { return new ConfiguredValueTaskAwaiter(_value); }

        public struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask<TResult> _value;
            internal ConfiguredValueTaskAwaiter(ValueTask<TResult> value) { _value = value; }
            public bool IsCompleted { get { return _value.IsCompleted; } }
            public TResult GetResult() { return _value.Result; }
            public void OnCompleted(Action continuation) { _value.OnCompleted(continuation, _value._continueOnCapturedContext); }
            public void UnsafeOnCompleted(Action continuation) { _value.OnCompleted(continuation, _value._continueOnCapturedContext); }
        }
    }

    // Roslyn's builder for async ValueTask methods: a synchronous completion
    // makes no Task; otherwise the Task builder does the work.
    public struct AsyncValueTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder _builder;
        private bool _haveTaskOrDone;
        private bool _syncCompleted;

        public static AsyncValueTaskMethodBuilder Create() { return default(AsyncValueTaskMethodBuilder); }
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine { AsyncBuilderCore.Start(ref stateMachine); }
        public void SetStateMachine(IAsyncStateMachine stateMachine) { _builder.SetStateMachine(stateMachine); }

        public void SetResult()
        {
            if (_haveTaskOrDone) _builder.SetResult();
            else { _syncCompleted = true; _haveTaskOrDone = true; }
        }

        public void SetException(Exception exception) { _haveTaskOrDone = true; _builder.SetException(exception); }

        public ValueTask Task
        {
            get
            {
                if (_syncCompleted) return default(ValueTask);
                _haveTaskOrDone = true;
                return new ValueTask(_builder.Task);
            }
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _haveTaskOrDone = true;
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _haveTaskOrDone = true;
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }
    }

    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncTaskMethodBuilder<TResult> _builder;
        private TResult _result;
        private bool _haveTaskOrDone;
        private bool _syncCompleted;

        public static AsyncValueTaskMethodBuilder<TResult> Create() { return default(AsyncValueTaskMethodBuilder<TResult>); }
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine { AsyncBuilderCore.Start(ref stateMachine); }
        public void SetStateMachine(IAsyncStateMachine stateMachine) { _builder.SetStateMachine(stateMachine); }

        public void SetResult(TResult result)
        {
            if (_haveTaskOrDone) _builder.SetResult(result);
            else { _result = result; _syncCompleted = true; _haveTaskOrDone = true; }
        }

        public void SetException(Exception exception) { _haveTaskOrDone = true; _builder.SetException(exception); }

        public ValueTask<TResult> Task
        {
            get
            {
                if (_syncCompleted) return new ValueTask<TResult>(_result);
                _haveTaskOrDone = true;
                return new ValueTask<TResult>(_builder.Task);
            }
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _haveTaskOrDone = true;
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            _haveTaskOrDone = true;
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }
    }
}
