// What the C# compiler binds to for await and async methods: awaiters and
// the method builders (System.Runtime.CompilerServices, declared here because
// they are part of the Tasks implementation).
//
// Builders and boxing: the state machine is a struct living on the caller's
// stack. On the first await that does not complete synchronously the builder
// creates the task (so the copy the caller reads shares it), boxes the state
// machine once and tells the box's own builder (SetStateMachine) which
// MoveNext to run; later awaits run inside the box and reuse that action.
using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum |
                    AttributeTargets.Delegate | AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncMethodBuilderAttribute : Attribute
    {
        public AsyncMethodBuilderAttribute(Type builderType) { BuilderType = builderType; }
        public Type BuilderType { get; private set; }
    }

    [System.Diagnostics.StackTraceHidden]
    public struct TaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly Task _task;
        internal TaskAwaiter(Task task) { _task = task; }
        public bool IsCompleted { get { return _task.IsCompleted; } }
        public void GetResult() { _task.WaitForAwait(); }
        public void OnCompleted(Action continuation) { _task.SetContinuationForAwait(continuation, true); }
        public void UnsafeOnCompleted(Action continuation) { _task.SetContinuationForAwait(continuation, true); }
    }

    [System.Diagnostics.StackTraceHidden]
    public struct TaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly Task<TResult> _task;
        internal TaskAwaiter(Task<TResult> task) { _task = task; }
        public bool IsCompleted { get { return _task.IsCompleted; } }
        public TResult GetResult() { return _task.GetResultForAwait(); }
        public void OnCompleted(Action continuation) { _task.SetContinuationForAwait(continuation, true); }
        public void UnsafeOnCompleted(Action continuation) { _task.SetContinuationForAwait(continuation, true); }
    }

    // ConfigureAwait(bool) and (.NET 8) ConfigureAwait(ConfigureAwaitOptions):
    // ContinueOnCapturedContext posts the continuation to the caller's context,
    // ForceYielding makes IsCompleted false so the rest always runs later (queued
    // like Task.Yield when the task has already finished), SuppressThrowing
    // (Task only) lets GetResult return quietly from a faulted or canceled task.
    public struct ConfiguredTaskAwaitable
    {
        private readonly ConfiguredTaskAwaiter _awaiter;
        internal ConfiguredTaskAwaitable(Task task, bool continueOnCapturedContext)
        {
            _awaiter = new ConfiguredTaskAwaiter(task, continueOnCapturedContext ? ConfigureAwaitOptions.ContinueOnCapturedContext : ConfigureAwaitOptions.None);
        }
        internal ConfiguredTaskAwaitable(Task task, ConfigureAwaitOptions options) { _awaiter = new ConfiguredTaskAwaiter(task, options); }
        public ConfiguredTaskAwaiter GetAwaiter() { return _awaiter; }

        [System.Diagnostics.StackTraceHidden]
        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task _task;
            private readonly ConfigureAwaitOptions _options;
            internal ConfiguredTaskAwaiter(Task task, ConfigureAwaitOptions options) { _task = task; _options = options; }
            public bool IsCompleted { get { return (_options & ConfigureAwaitOptions.ForceYielding) == 0 && _task.IsCompleted; } }
            public void GetResult()
            {
                if ((_options & ConfigureAwaitOptions.SuppressThrowing) == 0) { _task.WaitForAwait(); return; }
                if (!_task.IsCompleted) _task.InternalWait(-1, default(CancellationToken));
            }
            public void OnCompleted(Action continuation) { AwaitOptions.Continue(_task, continuation, _options); }
            public void UnsafeOnCompleted(Action continuation) { AwaitOptions.Continue(_task, continuation, _options); }
        }
    }

    public struct ConfiguredTaskAwaitable<TResult>
    {
        private readonly ConfiguredTaskAwaiter _awaiter;
        internal ConfiguredTaskAwaitable(Task<TResult> task, bool continueOnCapturedContext)
        {
            _awaiter = new ConfiguredTaskAwaiter(task, continueOnCapturedContext ? ConfigureAwaitOptions.ContinueOnCapturedContext : ConfigureAwaitOptions.None);
        }
        internal ConfiguredTaskAwaitable(Task<TResult> task, ConfigureAwaitOptions options) { _awaiter = new ConfiguredTaskAwaiter(task, options); }
        public ConfiguredTaskAwaiter GetAwaiter() { return _awaiter; }

        [System.Diagnostics.StackTraceHidden]
        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task<TResult> _task;
            private readonly ConfigureAwaitOptions _options;
            internal ConfiguredTaskAwaiter(Task<TResult> task, ConfigureAwaitOptions options) { _task = task; _options = options; }
            public bool IsCompleted { get { return (_options & ConfigureAwaitOptions.ForceYielding) == 0 && _task.IsCompleted; } }
            public TResult GetResult() { return _task.GetResultForAwait(); }
            public void OnCompleted(Action continuation) { AwaitOptions.Continue(_task, continuation, _options); }
            public void UnsafeOnCompleted(Action continuation) { AwaitOptions.Continue(_task, continuation, _options); }
        }
    }

    internal static class AwaitOptions
    {
        internal const ConfigureAwaitOptions All =
            ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding;

        internal static void Validate(ConfigureAwaitOptions options, bool generic)
        {
            if ((options & ~All) != 0) throw new ArgumentOutOfRangeException("options");
            if (generic && (options & ConfigureAwaitOptions.SuppressThrowing) != 0)
                throw new ArgumentOutOfRangeException("options", "Task<TResult>.ConfigureAwait does not support ConfigureAwaitOptions.SuppressThrowing. To suppress throwing, instead cast the Task<TResult> to its base class Task and await that with SuppressThrowing.");
        }

        internal static void Continue(Task task, Action continuation, ConfigureAwaitOptions options)
        {
            bool context = (options & ConfigureAwaitOptions.ContinueOnCapturedContext) != 0;
            if ((options & ConfigureAwaitOptions.ForceYielding) == 0) { task.SetContinuationForAwait(continuation, context); return; }
            if (continuation == null) throw new ArgumentNullException("continuation");
            // Never inline: run on the captured context or as a pool work item, once the task is done.
            SynchronizationContext sc = context ? SynchronizationContext.Current : null;
            if (sc != null && sc.GetType() == typeof(SynchronizationContext)) sc = null;
            task.SetContinuationForAwait(new Posted(sc, continuation).Run, false);
        }

        private sealed class Posted
        {
            private readonly SynchronizationContext _context;
            private readonly Action _action;
            internal Posted(SynchronizationContext context, Action action) { _context = context; _action = action; }
            internal void Run()
            {
                if (_context != null) _context.Post(Invoke, _action);
                else ThreadPool.Enqueue(new ActionWorkItem(_action));
            }
            private static void Invoke(object a) { ((Action)a)(); }
        }
    }

    // await Task.Yield(): the rest of the method runs later, as a pool work item
    // (or posted to the current SynchronizationContext, if one is set).
    public struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() { return default(YieldAwaiter); }

        public struct YieldAwaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted { get { return false; } }
            public void GetResult() { }
            public void OnCompleted(Action continuation) { Queue(continuation); }
            public void UnsafeOnCompleted(Action continuation) { Queue(continuation); }

            private static void Queue(Action continuation)
            {
                if (continuation == null) throw new ArgumentNullException("continuation");
                SynchronizationContext sc = SynchronizationContext.Current;
                if (sc != null && sc.GetType() != typeof(SynchronizationContext)) sc.Post(RunAction, continuation);
                else ThreadPool.Enqueue(new ActionWorkItem(continuation));
            }

            private static void RunAction(object a) { ((Action)a)(); }
        }
    }

    [System.Diagnostics.StackTraceHidden]
    internal sealed class MoveNextRunner
    {
        private readonly IAsyncStateMachine _sm;
        internal ExecutionContext Context;   // captured at the await this runner resumes
        internal MoveNextRunner(IAsyncStateMachine sm) { _sm = sm; }
        internal void Run()
        {
            ExecutionContext ec = Context;
            if (ec == null && Thread.CurrentThread._ec == null) _sm.MoveNext();
            else ExecutionContext.RunInternal(ec, s_moveNext, _sm);
        }
        private static readonly ContextCallback s_moveNext = MoveNextOf;
        private static void MoveNextOf(object sm) { ((IAsyncStateMachine)sm).MoveNext(); }

        // At an await: the resumer runs the rest of the method under the context of now.
        internal static Action Capture(Action resume)
        {
            MoveNextRunner r = resume.Target as MoveNextRunner;
            if (r != null) r.Context = ExecutionContext.CaptureForFlow();
            return resume;
        }
    }

    internal static class AsyncBuilderCore
    {
        internal static void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            // What the method's synchronous part sets in AsyncLocals stays in the method.
            Thread t = Thread.CurrentThread;
            ExecutionContext ec = t._ec;
            SynchronizationContext sc = t._syncContext;
            stateMachine.MoveNext();   // a state machine's MoveNext catches everything into its task
            if (t._ec != ec) ExecutionContext.Switch(t, t._ec, ec);
            t._syncContext = sc;
        }

        // The action that resumes the boxed state machine; the caller has already made its task.
        internal static Action BoxAndGetMoveNext<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            IAsyncStateMachine boxed = stateMachine;
            boxed.SetStateMachine(boxed);
            return new MoveNextRunner(boxed).Run;
        }

        internal static Action ForSetStateMachine(IAsyncStateMachine stateMachine)
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            return new MoveNextRunner(stateMachine).Run;
        }

        internal static InvalidOperationException AlreadyCompleted()
        {
            return new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        internal static void SetException(Task task, Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            OperationCanceledException oce = exception as OperationCanceledException;
            bool ok = oce != null ? task.TrySetCanceled(oce.CancellationToken, oce) : task.TrySetException(exception);
            if (!ok) throw AlreadyCompleted();
        }
    }

    public struct AsyncTaskMethodBuilder
    {
        private Task<VoidTaskResult> _task;
        private Action _moveNext;

        public static AsyncTaskMethodBuilder Create() { return default(AsyncTaskMethodBuilder); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine { AsyncBuilderCore.Start(ref stateMachine); }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            Action a = AsyncBuilderCore.ForSetStateMachine(stateMachine);
            if (_moveNext == null) _moveNext = a;
        }

        private Action MoveNextFor<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (_moveNext != null) return _moveNext;
            if (_task == null) _task = new Task<VoidTaskResult>(TaskCreationOptions.None, true);
            Action a = AsyncBuilderCore.BoxAndGetMoveNext(ref stateMachine);
            if (_moveNext == null) _moveNext = a;
            return a;
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(MoveNextRunner.Capture(MoveNextFor(ref stateMachine)));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(MoveNextRunner.Capture(MoveNextFor(ref stateMachine)));
        }

        public Task Task
        {
            get
            {
                if (_task == null) _task = new Task<VoidTaskResult>(TaskCreationOptions.None, true);
                return _task;
            }
        }

        public void SetResult()
        {
            if (_task == null) { _task = s_completed; return; }
            if (!_task.TrySetResult(default(VoidTaskResult))) throw AsyncBuilderCore.AlreadyCompleted();
        }

        private static readonly Task<VoidTaskResult> s_completed = new Task<VoidTaskResult>(default(VoidTaskResult));

        public void SetException(Exception exception)
        {
            if (_task == null) _task = new Task<VoidTaskResult>(TaskCreationOptions.None, true);
            AsyncBuilderCore.SetException(_task, exception);
        }
    }

    public struct AsyncTaskMethodBuilder<TResult>
    {
        private Task<TResult> _task;
        private Action _moveNext;

        public static AsyncTaskMethodBuilder<TResult> Create() { return default(AsyncTaskMethodBuilder<TResult>); }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine { AsyncBuilderCore.Start(ref stateMachine); }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            Action a = AsyncBuilderCore.ForSetStateMachine(stateMachine);
            if (_moveNext == null) _moveNext = a;
        }

        private Action MoveNextFor<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (_moveNext != null) return _moveNext;
            if (_task == null) _task = new Task<TResult>(TaskCreationOptions.None, true);
            Action a = AsyncBuilderCore.BoxAndGetMoveNext(ref stateMachine);
            if (_moveNext == null) _moveNext = a;
            return a;
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(MoveNextRunner.Capture(MoveNextFor(ref stateMachine)));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(MoveNextRunner.Capture(MoveNextFor(ref stateMachine)));
        }

        public Task<TResult> Task
        {
            get
            {
                if (_task == null) _task = new Task<TResult>(TaskCreationOptions.None, true);
                return _task;
            }
        }

        public void SetResult(TResult result)
        {
            if (_task == null) { _task = new Task<TResult>(result); return; }
            if (!_task.TrySetResult(result)) throw AsyncBuilderCore.AlreadyCompleted();
        }

        public void SetException(Exception exception)
        {
            if (_task == null) _task = new Task<TResult>(TaskCreationOptions.None, true);
            AsyncBuilderCore.SetException(_task, exception);
        }
    }

    // async void: an exception escaping the method is rethrown on a pool thread,
    // where it ends the process (as in .NET without a SynchronizationContext).
    public struct AsyncVoidMethodBuilder
    {
        private Action _moveNext;
        private SynchronizationContext _context;

        public static AsyncVoidMethodBuilder Create()
        {
            AsyncVoidMethodBuilder b = default(AsyncVoidMethodBuilder);
            SynchronizationContext sc = SynchronizationContext.Current;
            if (sc != null) { sc.OperationStarted(); b._context = sc; }
            return b;
        }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine { AsyncBuilderCore.Start(ref stateMachine); }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            Action a = AsyncBuilderCore.ForSetStateMachine(stateMachine);
            if (_moveNext == null) _moveNext = a;
        }

        private Action MoveNextFor<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (_moveNext != null) return _moveNext;
            Action a = AsyncBuilderCore.BoxAndGetMoveNext(ref stateMachine);
            if (_moveNext == null) _moveNext = a;
            return a;
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(MoveNextRunner.Capture(MoveNextFor(ref stateMachine)));
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(MoveNextRunner.Capture(MoveNextFor(ref stateMachine)));
        }

        public void SetResult()
        {
            if (_context != null) _context.OperationCompleted();
        }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            if (_context != null)
            {
                _context.Post(Rethrow, exception);
                _context.OperationCompleted();
            }
            else ThreadPool.Enqueue(new RethrowItem(exception));
        }

        private static void Rethrow(object e) { throw (Exception)e; }

        private sealed class RethrowItem : IThreadPoolWorkItem
        {
            private readonly Exception _e;
            internal RethrowItem(Exception e) { _e = e; }
            public void Execute() { throw _e; }
        }
    }
}
