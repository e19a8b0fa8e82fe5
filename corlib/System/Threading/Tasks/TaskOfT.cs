// Task<TResult>: a Task with a result; Result blocks the green thread until
// the task completes and throws an AggregateException if it failed.
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public class Task<TResult> : Task
    {
        private static TaskFactory<TResult> s_factory;
        internal TResult _result;

        public Task(Func<TResult> function) : this(function, null, default(CancellationToken), TaskCreationOptions.None) { }
        public Task(Func<TResult> function, CancellationToken cancellationToken) : this(function, null, cancellationToken, TaskCreationOptions.None) { }
        public Task(Func<TResult> function, TaskCreationOptions creationOptions) : this(function, null, default(CancellationToken), creationOptions) { }
        public Task(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions) : this(function, null, cancellationToken, creationOptions) { }
        public Task(Func<object, TResult> function, object state) : this(function, state, default(CancellationToken), TaskCreationOptions.None) { }
        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken) : this(function, state, cancellationToken, TaskCreationOptions.None) { }
        public Task(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) : this(function, state, default(CancellationToken), creationOptions) { }
        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : this((Delegate)function, state, cancellationToken, creationOptions) { }

        internal Task(Delegate function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : base(function, state, cancellationToken, creationOptions) { }

        internal Task(TaskCreationOptions options, bool promise) : base(options, promise) { }
        internal Task(object state, TaskCreationOptions options, bool promise) : base(state, options, promise) { }

        internal Task(TResult result) : base(false, default(CancellationToken)) { _result = result; }

        public static new TaskFactory<TResult> Factory
        {
            get
            {
                if (s_factory == null) s_factory = new TaskFactory<TResult>();
                return s_factory;
            }
        }

        public TResult Result
        {
            get
            {
                if (!IsCompleted) InternalWait(-1, default(CancellationToken));
                ThrowIfExceptional(true);
                return _result;
            }
        }

        internal override object ResultObject { get { return _result; } }

        public new Task<TResult> WaitAsync(CancellationToken cancellationToken) { return WaitAsync(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken); }
        public new Task<TResult> WaitAsync(TimeSpan timeout) { return WaitAsync(timeout, TimeProvider.System, default(CancellationToken)); }
        public new Task<TResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) { return WaitAsync(timeout, TimeProvider.System, cancellationToken); }
        public new Task<TResult> WaitAsync(TimeSpan timeout, TimeProvider timeProvider) { return WaitAsync(timeout, timeProvider, default(CancellationToken)); }
        public new Task<TResult> WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
        {
            if (timeProvider == null) throw new ArgumentNullException("timeProvider");
            long ms = WaitAsyncTimeout(timeout);
            if (IsCompleted || (ms == -1 && !cancellationToken.CanBeCanceled)) return this;
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<TResult>(cancellationToken);
            if (ms == 0) return Task.FromException<TResult>(new TimeoutException());
            var promise = new Task<TResult>(null, TaskCreationOptions.None, true);
            WireWaitAsync(this, promise, ms, timeProvider, cancellationToken, t => promise.TrySetResult(((Task<TResult>)t)._result));
            return promise;
        }

        [System.Diagnostics.StackTraceHidden]
        internal TResult GetResultForAwait()
        {
            WaitForAwait();
            return _result;
        }

        internal bool TrySetResult(TResult result)
        {
            if (_status >= (int)TaskStatus.RanToCompletion) return false;
            _result = result;
            return TrySetResult();
        }

        internal override void FinishRun() { }

        internal override void InnerInvoke()
        {
            TResult r;
            Func<TResult> f = _action as Func<TResult>;
            if (f != null) r = f();
            else
            {
                Func<object, TResult> fo = _action as Func<object, TResult>;
                if (fo != null) r = fo(_stateObject);
                else
                {
                    Func<Task, TResult> ft = _action as Func<Task, TResult>;
                    if (ft != null) r = ft(_antecedent);
                    else
                    {
                        Func<Task, object, TResult> fto = _action as Func<Task, object, TResult>;
                        if (fto == null) throw new InvalidOperationException("Invalid delegate type for a task.");
                        r = fto(_antecedent, _stateObject);
                    }
                }
            }
            TrySetResult(r);
        }

        public new TaskAwaiter<TResult> GetAwaiter() { return new TaskAwaiter<TResult>(this); }
        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) { return new ConfiguredTaskAwaitable<TResult>(this, continueOnCapturedContext); }
        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(ConfigureAwaitOptions options)
        {
            AwaitOptions.Validate(options, true);
            return new ConfiguredTaskAwaitable<TResult>(this, options);
        }

        // ---- ContinueWith over Task<TResult>: the delegates are adapted to take the base Task ----

        private sealed class ActionAdapter
        {
            internal Action<Task<TResult>> A;
            internal Action<Task<TResult>, object> AS;
            internal void Run(Task t) { A((Task<TResult>)t); }
            internal void RunState(Task t, object s) { AS((Task<TResult>)t, s); }
        }

        private sealed class FuncAdapter<TNew>
        {
            internal Func<Task<TResult>, TNew> F;
            internal Func<Task<TResult>, object, TNew> FS;
            internal TNew Run(Task t) { return F((Task<TResult>)t); }
            internal TNew RunState(Task t, object s) { return FS((Task<TResult>)t, s); }
        }

        public Task ContinueWith(Action<Task<TResult>> continuationAction) { return ContinueWith(continuationAction, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken) { return ContinueWith(continuationAction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskScheduler scheduler) { return ContinueWith(continuationAction, default(CancellationToken), TaskContinuationOptions.None, scheduler); }
        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationAction, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            ActionAdapter ad = new ActionAdapter();
            ad.A = continuationAction;
            Task c = new Task((Action<Task>)ad.Run, null, cancellationToken, CreationOptionsOf(continuationOptions));
            ContinueWithCore(c, scheduler, continuationOptions);
            return c;
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state) { return ContinueWith(continuationAction, state, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken) { return ContinueWith(continuationAction, state, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskScheduler scheduler) { return ContinueWith(continuationAction, state, default(CancellationToken), TaskContinuationOptions.None, scheduler); }
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationAction, state, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            ActionAdapter ad = new ActionAdapter();
            ad.AS = continuationAction;
            Task c = new Task((Action<Task, object>)ad.RunState, state, cancellationToken, CreationOptionsOf(continuationOptions));
            ContinueWithCore(c, scheduler, continuationOptions);
            return c;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction) { return ContinueWith(continuationFunction, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWith(continuationFunction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskScheduler scheduler) { return ContinueWith(continuationFunction, default(CancellationToken), TaskContinuationOptions.None, scheduler); }
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationFunction, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            FuncAdapter<TNewResult> ad = new FuncAdapter<TNewResult>();
            ad.F = continuationFunction;
            Task<TNewResult> c = new Task<TNewResult>((Func<Task, TNewResult>)ad.Run, null, cancellationToken, CreationOptionsOf(continuationOptions));
            ContinueWithCore(c, scheduler, continuationOptions);
            return c;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state) { return ContinueWith(continuationFunction, state, default(CancellationToken), TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken) { return ContinueWith(continuationFunction, state, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current); }
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskScheduler scheduler) { return ContinueWith(continuationFunction, state, default(CancellationToken), TaskContinuationOptions.None, scheduler); }
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationFunction, state, default(CancellationToken), continuationOptions, TaskScheduler.Current); }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            FuncAdapter<TNewResult> ad = new FuncAdapter<TNewResult>();
            ad.FS = continuationFunction;
            Task<TNewResult> c = new Task<TNewResult>((Func<Task, object, TNewResult>)ad.RunState, state, cancellationToken, CreationOptionsOf(continuationOptions));
            ContinueWithCore(c, scheduler, continuationOptions);
            return c;
        }
    }

    public static class TaskExtensions
    {
        public static Task Unwrap(this Task<Task> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            return new UnwrapPromise<VoidTaskResult>(task);
        }

        public static Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            return new UnwrapPromise<TResult>(task);
        }
    }

    // Completes like the inner task once the outer task has produced it.
    internal sealed class UnwrapPromise<TResult> : Task<TResult>, ITaskCompletionAction
    {
        private readonly Task _outer;

        internal UnwrapPromise(Task outer) : base(TaskCreationOptions.None, true)
        {
            _outer = outer;
            outer.AddCompletionAction(this);
        }

        public void Invoke(Task completed)
        {
            if (completed == _outer && !CopyFailure(completed))
            {
                Task inner = (Task)completed.ResultObject;
                if (inner == null) TrySetCanceled(default(CancellationToken));
                else inner.AddCompletionAction(this);
                return;
            }
            if (completed == _outer || CopyFailure(completed)) return;
            Task<TResult> typed = completed as Task<TResult>;
            TrySetResult(typed != null ? typed._result : default(TResult));
        }

        private bool CopyFailure(Task t)
        {
            if (t.IsFaulted) { TrySetException(t.ExceptionList); return true; }
            if (t.IsCanceled) { TrySetCanceled(t._token, t.CancellationException); return true; }
            return false;
        }
    }

    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> _task;

        public TaskCompletionSource() : this(null, TaskCreationOptions.None) { }
        public TaskCompletionSource(object state) : this(state, TaskCreationOptions.None) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) : this(null, creationOptions) { }

        public TaskCompletionSource(object state, TaskCreationOptions creationOptions)
        {
            if ((creationOptions & ~(TaskCreationOptions.AttachedToParent | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException("creationOptions");
            _task = new Task<TResult>(state, creationOptions, true);
        }

        public Task<TResult> Task { get { return _task; } }

        private static InvalidOperationException AlreadyCompleted()
        {
            return new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public void SetResult(TResult result) { if (!TrySetResult(result)) throw AlreadyCompleted(); }
        public bool TrySetResult(TResult result) { return _task.TrySetResult(result); }

        public void SetException(Exception exception) { if (!TrySetException(exception)) throw AlreadyCompleted(); }
        public void SetException(System.Collections.Generic.IEnumerable<Exception> exceptions) { if (!TrySetException(exceptions)) throw AlreadyCompleted(); }

        public bool TrySetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            return _task.TrySetException(exception);
        }

        public bool TrySetException(System.Collections.Generic.IEnumerable<Exception> exceptions)
        {
            if (exceptions == null) throw new ArgumentNullException("exceptions");
            System.Collections.Generic.List<Exception> list = new System.Collections.Generic.List<Exception>();
            foreach (Exception e in exceptions)
            {
                if (e == null) throw new ArgumentException("The exceptions collection included at least one null element.", "exceptions");
                list.Add(e);
            }
            if (list.Count == 0) throw new ArgumentException("The exceptions collection was empty.", "exceptions");
            return _task.TrySetException(list);
        }

        public void SetCanceled() { if (!TrySetCanceled()) throw AlreadyCompleted(); }
        public void SetCanceled(CancellationToken cancellationToken) { if (!TrySetCanceled(cancellationToken)) throw AlreadyCompleted(); }
        public bool TrySetCanceled() { return TrySetCanceled(default(CancellationToken)); }
        public bool TrySetCanceled(CancellationToken cancellationToken) { return _task.TrySetCanceled(cancellationToken); }
    }

    public class TaskCompletionSource
    {
        private readonly TaskCompletionSource<VoidTaskResult> _inner;

        public TaskCompletionSource() : this(null, TaskCreationOptions.None) { }
        public TaskCompletionSource(object state) : this(state, TaskCreationOptions.None) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) : this(null, creationOptions) { }
        public TaskCompletionSource(object state, TaskCreationOptions creationOptions) { _inner = new TaskCompletionSource<VoidTaskResult>(state, creationOptions); }

        public Task Task { get { return _inner.Task; } }
        public void SetResult() { _inner.SetResult(default(VoidTaskResult)); }
        public bool TrySetResult() { return _inner.TrySetResult(default(VoidTaskResult)); }
        public void SetException(Exception exception) { _inner.SetException(exception); }
        public void SetException(System.Collections.Generic.IEnumerable<Exception> exceptions) { _inner.SetException(exceptions); }
        public bool TrySetException(Exception exception) { return _inner.TrySetException(exception); }
        public bool TrySetException(System.Collections.Generic.IEnumerable<Exception> exceptions) { return _inner.TrySetException(exceptions); }
        public void SetCanceled() { _inner.SetCanceled(); }
        public void SetCanceled(CancellationToken cancellationToken) { _inner.SetCanceled(cancellationToken); }
        public bool TrySetCanceled() { return _inner.TrySetCanceled(); }
        public bool TrySetCanceled(CancellationToken cancellationToken) { return _inner.TrySetCanceled(cancellationToken); }
    }
}
