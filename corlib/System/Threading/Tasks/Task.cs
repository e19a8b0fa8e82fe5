// Task: a unit of work or a promise, completed once. Waiting blocks the green
// thread in Monitor.Wait on the task; completion pulses waiters (only when
// there are any) and then runs the continuations: await continuations and
// internal completion actions inline on the completing thread (as .NET does
// for await), ContinueWith tasks on the pool unless ExecuteSynchronously.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public enum TaskStatus
    {
        Created = 0, WaitingForActivation = 1, WaitingToRun = 2, Running = 3,
        WaitingForChildrenToComplete = 4, RanToCompletion = 5, Canceled = 6, Faulted = 7,
    }

    [Flags]
    public enum TaskCreationOptions
    {
        None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8,
        HideScheduler = 16, RunContinuationsAsynchronously = 64,
    }

    [Flags]
    public enum TaskContinuationOptions
    {
        None = 0, PreferFairness = 1, LongRunning = 2, AttachedToParent = 4, DenyChildAttach = 8,
        HideScheduler = 16, LazyCancellation = 32, RunContinuationsAsynchronously = 64,
        NotOnRanToCompletion = 0x10000, NotOnFaulted = 0x20000, NotOnCanceled = 0x40000,
        OnlyOnRanToCompletion = 0x60000, OnlyOnFaulted = 0x50000, OnlyOnCanceled = 0x30000,
        ExecuteSynchronously = 0x80000,
    }

    // The result type of promises that are exposed as a plain Task.
    internal struct VoidTaskResult { }

    // Runs synchronously on the completing thread; internal use only.
    internal interface ITaskCompletionAction { void Invoke(Task completedTask); }

    public class TaskCanceledException : OperationCanceledException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected TaskCanceledException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        private readonly Task _task;
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message) { }
        public TaskCanceledException(string message, Exception innerException) : base(message, innerException) { }
        public TaskCanceledException(string message, Exception innerException, CancellationToken token) : base(message, innerException) { }
        public TaskCanceledException(Task task) : base("A task was canceled.", task != null ? task.CancellationTokenForException : default(CancellationToken)) { _task = task; }
        public Task Task { get { return _task; } }
    }

    public class TaskSchedulerException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected TaskSchedulerException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public TaskSchedulerException() : base("An exception was thrown by a TaskScheduler.") { }
        public TaskSchedulerException(string message) : base(message) { }
        public TaskSchedulerException(Exception innerException) : base("An exception was thrown by a TaskScheduler.", innerException) { }
        public TaskSchedulerException(string message, Exception innerException) : base(message, innerException) { }
    }

    public partial class Task : IAsyncResult, IDisposable
    {
        private static readonly object s_completedMarker = new object();
        private static int s_lastId;
        private static Task s_completedTask;
        private static TaskFactory s_factory;

        internal volatile int _status;           // a TaskStatus
        internal Delegate _action;
        private ExecutionContext _context;   // captured when a delegate task is made; its delegate runs under it
        internal object _stateObject;
        internal TaskCreationOptions _options;
        internal TaskScheduler _scheduler;
        internal CancellationToken _token;
        private CancellationTokenRegistration _tokenRegistration;
        private object _continuations;           // null, one item, object[] or s_completedMarker
        private List<Exception> _exceptions;
        private AggregateException _aggregate;
        private OperationCanceledException _cancellation;
        private int _waiters;
        private int _id;
        private ManualResetEvent _waitHandle;
        // Continuations (ContinueWith)
        internal Task _antecedent;
        internal TaskContinuationOptions _continuationOptions;

        public Task(Action action) : this(action, null, default(CancellationToken), TaskCreationOptions.None) { }
        public Task(Action action, CancellationToken cancellationToken) : this(action, null, cancellationToken, TaskCreationOptions.None) { }
        public Task(Action action, TaskCreationOptions creationOptions) : this(action, null, default(CancellationToken), creationOptions) { }
        public Task(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions) : this(action, null, cancellationToken, creationOptions) { }
        public Task(Action<object> action, object state) : this(action, state, default(CancellationToken), TaskCreationOptions.None) { }
        public Task(Action<object> action, object state, CancellationToken cancellationToken) : this(action, state, cancellationToken, TaskCreationOptions.None) { }
        public Task(Action<object> action, object state, TaskCreationOptions creationOptions) : this(action, state, default(CancellationToken), creationOptions) { }
        public Task(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : this((Delegate)action, state, cancellationToken, creationOptions) { }

        internal Task(Delegate action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
        {
            if (action == null) throw new ArgumentNullException("action");
            if ((creationOptions & ~(TaskCreationOptions.PreferFairness | TaskCreationOptions.LongRunning | TaskCreationOptions.AttachedToParent |
                                     TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException("creationOptions");
            _action = action;
            _context = ExecutionContext.CaptureForFlow();
            _stateObject = state;
            _options = creationOptions;
            _status = (int)TaskStatus.Created;
            SetToken(cancellationToken);
        }

        // A promise: completed by its owner (builders, TaskCompletionSource, combinators).
        internal Task(TaskCreationOptions options, bool promise)
        {
            _options = options;
            _status = (int)TaskStatus.WaitingForActivation;
        }

        internal Task(bool canceled, CancellationToken token)
        {
            _token = token;
            _status = canceled ? (int)TaskStatus.Canceled : (int)TaskStatus.RanToCompletion;
            _continuations = s_completedMarker;
        }

        internal Task(object stateObject, TaskCreationOptions options, bool promise) : this(options, promise) { _stateObject = stateObject; }

        private void SetToken(CancellationToken token)
        {
            _token = token;
            if (!token.CanBeCanceled) return;
            if (token.IsCancellationRequested) { TrySetCanceled(token); return; }
            _tokenRegistration = token.Register(s_cancelFromToken, this);
        }

        private static readonly Action<object> s_cancelFromToken = CancelFromToken;
        private static void CancelFromToken(object o)
        {
            Task t = (Task)o;
            // Only a task that has not started yet is canceled by its token.
            if (t._status < (int)TaskStatus.Running) t.TrySetCanceled(t._token);
        }

        internal CancellationToken CancellationTokenForException { get { return _token; } }

        // ---- properties ----

        public int Id
        {
            get
            {
                if (_id == 0) _id = Interlocked.Increment(ref s_lastId);
                return _id;
            }
        }

        public static int? CurrentId
        {
            get
            {
                Task t = InternalCurrent;
                if (t == null) return null;
                return t.Id;
            }
        }

        internal static Task InternalCurrent { get { return Thread.CurrentThread._currentTask; } }

        public TaskStatus Status { get { return (TaskStatus)_status; } }
        public bool IsCompleted { get { return _status >= (int)TaskStatus.RanToCompletion; } }
        public bool IsCompletedSuccessfully { get { return _status == (int)TaskStatus.RanToCompletion; } }
        public bool IsCanceled { get { return _status == (int)TaskStatus.Canceled; } }
        public bool IsFaulted { get { return _status == (int)TaskStatus.Faulted; } }
        public object AsyncState { get { return _stateObject; } }
        public TaskCreationOptions CreationOptions { get { return _options & ~(TaskCreationOptions)0xFF00; } }
        bool IAsyncResult.CompletedSynchronously { get { return false; } }

        public AggregateException Exception
        {
            get
            {
                if (_status != (int)TaskStatus.Faulted) return null;
                if (_aggregate == null) _aggregate = new AggregateException(_exceptions);
                return _aggregate;
            }
        }

        public WaitHandle AsyncWaitHandle
        {
            get
            {
                if (_waitHandle == null)
                {
                    ManualResetEvent e = new ManualResetEvent(false);
                    if (_waitHandle == null)
                    {
                        _waitHandle = e;
                        AddCompletionAction(new SetEventAction(e));
                    }
                }
                return _waitHandle;
            }
        }

        private sealed class SetEventAction : ITaskCompletionAction
        {
            private readonly ManualResetEvent _e;
            internal SetEventAction(ManualResetEvent e) { _e = e; }
            public void Invoke(Task t) { _e.Set(); }
        }

        public static TaskFactory Factory
        {
            get
            {
                if (s_factory == null) s_factory = new TaskFactory();
                return s_factory;
            }
        }

        public static Task CompletedTask
        {
            get
            {
                if (s_completedTask == null) s_completedTask = new Task(false, default(CancellationToken));
                return s_completedTask;
            }
        }

        // ---- starting and running ----

        public void Start() { Start(TaskScheduler.Current); }

        public void Start(TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            if (_status != (int)TaskStatus.Created)
            {
                if (IsCompleted) throw new InvalidOperationException("Start may not be called on a task that has completed.");
                if (_action == null) throw new InvalidOperationException("Start may not be called on a promise-style task.");
                if (_antecedent != null) throw new InvalidOperationException("Start may not be called on a continuation task.");
                throw new InvalidOperationException("Start may not be called on a task that was already started.");
            }
            Schedule(scheduler);
        }

        public void RunSynchronously() { RunSynchronously(TaskScheduler.Current); }

        public void RunSynchronously(TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            if (_status != (int)TaskStatus.Created)
            {
                if (IsCompleted) throw new InvalidOperationException("RunSynchronously may not be called on a task that has already completed.");
                throw new InvalidOperationException("RunSynchronously may not be called on a task that was already started.");
            }
            _scheduler = scheduler;
            _status = (int)TaskStatus.WaitingToRun;
            ExecuteEntry();
        }

        internal void Schedule(TaskScheduler scheduler)
        {
            _scheduler = scheduler;
            _status = (int)TaskStatus.WaitingToRun;
            if ((_options & TaskCreationOptions.LongRunning) != 0 && scheduler.IsDefault)
            {
                Thread t = new Thread(RunOnOwnThread);
                t.IsBackground = true;
                t.Start();
                return;
            }
            try { scheduler.QueueTask(this); }
            catch (Exception e)
            {
                TaskSchedulerException tse = new TaskSchedulerException(e);
                TrySetException(tse);
                throw tse;
            }
        }

        private void RunOnOwnThread() { ExecuteEntry(); }

        // Runs the task's delegate once; false if it already ran or was canceled.
        internal bool ExecuteEntry()
        {
            if (_status >= (int)TaskStatus.Running) return false;
            _status = (int)TaskStatus.Running;
            Thread me = Thread.CurrentThread;
            Task saved = me._currentTask;
            me._currentTask = this;
            try
            {
                if (_context == null && me._ec == null) InnerInvoke();
                else ExecutionContext.RunInternal(_context, s_invoke, this);
                _tokenRegistration.Dispose();
                FinishRun();
            }
            catch (Exception e)
            {
                OperationCanceledException oce = e as OperationCanceledException;
                if (oce != null && _token.IsCancellationRequested && oce.CancellationToken == _token)
                    TrySetCanceled(_token, oce);
                else
                    TrySetException(e);
            }
            finally { me._currentTask = saved; }
            return true;
        }

        private static readonly ContextCallback s_invoke = InvokeUnder;
        private static void InvokeUnder(object task) { ((Task)task).InnerInvoke(); }

        internal virtual void FinishRun() { TrySetResult(); }

        internal virtual void InnerInvoke()
        {
            Action a = _action as Action;
            if (a != null) { a(); return; }
            Action<object> ao = _action as Action<object>;
            if (ao != null) { ao(_stateObject); return; }
            Action<Task> at = _action as Action<Task>;
            if (at != null) { at(_antecedent); return; }
            Action<Task, object> ato = _action as Action<Task, object>;
            if (ato != null) { ato(_antecedent, _stateObject); return; }
            throw new InvalidOperationException("Invalid delegate type for a task.");
        }

        // ---- completion ----

        internal bool TrySetResult()
        {
            if (_status >= (int)TaskStatus.RanToCompletion) return false;
            _status = (int)TaskStatus.RanToCompletion;
            FinishCompletion();
            return true;
        }

        // exception: an Exception or an IEnumerable<Exception>.
        internal bool TrySetException(object exception)
        {
            if (_status >= (int)TaskStatus.RanToCompletion) return false;
            List<Exception> list = new List<Exception>();
            Exception single = exception as Exception;
            if (single != null) list.Add(single);
            else foreach (Exception e in (IEnumerable<Exception>)exception) list.Add(e);
            if (_status >= (int)TaskStatus.RanToCompletion) return false;
            _exceptions = list;
            _status = (int)TaskStatus.Faulted;
            FinishCompletion();
            return true;
        }

        internal bool TrySetCanceled(CancellationToken token) { return TrySetCanceled(token, null); }

        internal bool TrySetCanceled(CancellationToken token, OperationCanceledException exception)
        {
            if (_status >= (int)TaskStatus.RanToCompletion) return false;
            _token = token;
            _cancellation = exception;
            _status = (int)TaskStatus.Canceled;
            FinishCompletion();
            return true;
        }

        private void FinishCompletion()
        {
            if (_waiters > 0) lock (this) Monitor.PulseAll(this);
            _tokenRegistration.Dispose();
            object c = _continuations;
            _continuations = s_completedMarker;
            if (c == null || c == s_completedMarker) return;
            bool forceAsync = (_options & TaskCreationOptions.RunContinuationsAsynchronously) != 0;
            object[] many = c as object[];
            if (many == null) RunContinuation(c, forceAsync);
            else for (int i = 0; i < many.Length; i++) RunContinuation(many[i], forceAsync);
        }

        private void RunContinuation(object c, bool forceAsync)
        {
            Action a = c as Action;
            if (a != null)
            {
                if (forceAsync) ThreadPool.Enqueue(new ActionWorkItem(a));
                else a();
                return;
            }
            // Promises may be completion actions too, so test that before Task.
            ITaskCompletionAction action = c as ITaskCompletionAction;
            if (action != null) { action.Invoke(this); return; }
            ((Task)c).ActivateContinuation(this);
        }

        // False when the task has already completed (the caller then runs the item itself).
        internal bool AddContinuation(object item)
        {
            for (;;)
            {
                object cur = _continuations;
                if (cur == s_completedMarker) return false;
                object next;
                if (cur == null) next = item;
                else
                {
                    object[] old = cur as object[];
                    if (old == null) next = new object[] { cur, item };
                    else
                    {
                        object[] grown = new object[old.Length + 1];
                        Array.Copy(old, grown, old.Length);
                        grown[old.Length] = item;
                        next = grown;
                    }
                }
                if (Interlocked.CompareExchange(ref _continuations, next, cur) == cur) return true;
            }
        }

        internal void AddCompletionAction(ITaskCompletionAction action)
        {
            if (!AddContinuation(action)) action.Invoke(this);
        }

        // Awaiters: continuation runs inline when this task completes (or now, if it already has).
        internal void SetContinuationForAwait(Action continuation, bool continueOnCapturedContext)
        {
            if (continuation == null) throw new ArgumentNullException("continuation");
            if (continueOnCapturedContext)
            {
                SynchronizationContext sc = SynchronizationContext.Current;
                if (sc != null && sc.GetType() != typeof(SynchronizationContext))
                    continuation = new PostToContext(sc, continuation).Run;
            }
            if (!AddContinuation(continuation)) continuation();
        }

        private sealed class PostToContext
        {
            private readonly SynchronizationContext _context;
            private readonly Action _action;
            internal PostToContext(SynchronizationContext context, Action action) { _context = context; _action = action; }
            internal void Run() { _context.Post(Invoke, _action); }
            private static void Invoke(object a) { ((Action)a)(); }
        }

        private void ActivateContinuation(Task antecedent)
        {
            TaskContinuationOptions o = _continuationOptions;
            bool run;
            if (antecedent.IsCanceled) run = (o & TaskContinuationOptions.NotOnCanceled) == 0;
            else if (antecedent.IsFaulted) run = (o & TaskContinuationOptions.NotOnFaulted) == 0;
            else run = (o & TaskContinuationOptions.NotOnRanToCompletion) == 0;
            if (!run) { TrySetCanceled(default(CancellationToken)); return; }
            if (_status != (int)TaskStatus.WaitingForActivation) return;   // canceled by its token meanwhile
            if ((o & TaskContinuationOptions.ExecuteSynchronously) != 0)
            {
                _status = (int)TaskStatus.WaitingToRun;
                ExecuteEntry();
            }
            else Schedule(_scheduler ?? TaskScheduler.Default);
        }

        internal static TaskCreationOptions CreationOptionsOf(TaskContinuationOptions o)
        {
            return (TaskCreationOptions)((int)o & 0xFF & ~(int)TaskContinuationOptions.LazyCancellation);
        }

        internal void ContinueWithCore(Task continuation, TaskScheduler scheduler, TaskContinuationOptions options)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            const TaskContinuationOptions notOn = TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnCanceled;
            if ((options & notOn) == notOn) throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions excluded all continuation kinds.");
            continuation._antecedent = this;
            continuation._continuationOptions = options;
            continuation._scheduler = scheduler;
            if (continuation._status == (int)TaskStatus.Created) continuation._status = (int)TaskStatus.WaitingForActivation;
            if (!AddContinuation(continuation)) continuation.ActivateContinuation(this);
        }

        // ---- waiting ----

        public void Wait() { Wait(-1, default(CancellationToken)); }
        public bool Wait(int millisecondsTimeout) { return Wait(millisecondsTimeout, default(CancellationToken)); }
        public bool Wait(TimeSpan timeout) { return Wait(WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public void Wait(CancellationToken cancellationToken) { Wait(-1, cancellationToken); }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            if (!IsCompleted && !InternalWait(millisecondsTimeout, cancellationToken)) return false;
            ThrowIfExceptional(true);
            return true;
        }

        internal bool InternalWait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsCompleted) return true;
            if (millisecondsTimeout == 0) return false;
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            CancellationTokenRegistration reg = SlimWait.Register(cancellationToken, this);
            try
            {
                lock (this)
                {
                    _waiters++;
                    try
                    {
                        while (_status < (int)TaskStatus.RanToCompletion)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            int left = WaitTime.Remaining(deadline);
                            if (left == 0) return false;
                            Monitor.Wait(this, left);
                        }
                        return true;
                    }
                    finally { _waiters--; }
                }
            }
            finally { reg.Dispose(); }
        }

        internal void ThrowIfExceptional(bool includeTaskCanceledExceptions)
        {
            if (_status == (int)TaskStatus.Faulted) throw new AggregateException(_exceptions);
            if (includeTaskCanceledExceptions && _status == (int)TaskStatus.Canceled)
                throw new AggregateException(new TaskCanceledException(this));
        }

        // What await throws: the first exception itself, or the cancellation.
        [System.Diagnostics.StackTraceHidden]
        internal void ThrowForAwait()
        {
            // rethrown keeping the frames it was first thrown through, as an await does
            if (_status == (int)TaskStatus.Faulted) System.Runtime.ExceptionServices.ExceptionDispatchInfo.ThrowForAwait(_exceptions[0]);
            if (_status == (int)TaskStatus.Canceled)
            {
                if (_cancellation != null) throw _cancellation;
                throw new TaskCanceledException(this);
            }
        }

        [System.Diagnostics.StackTraceHidden]
        internal void WaitForAwait()
        {
            if (_status < (int)TaskStatus.RanToCompletion) InternalWait(-1, default(CancellationToken));
            if (_status != (int)TaskStatus.RanToCompletion) ThrowForAwait();
        }

        internal List<Exception> ExceptionList { get { return _exceptions; } }
        internal OperationCanceledException CancellationException { get { return _cancellation; } }

        internal virtual object ResultObject { get { return null; } }

        public static void WaitAll(params Task[] tasks) { WaitAll(tasks, -1, default(CancellationToken)); }
        public static bool WaitAll(Task[] tasks, int millisecondsTimeout) { return WaitAll(tasks, millisecondsTimeout, default(CancellationToken)); }
        public static bool WaitAll(Task[] tasks, TimeSpan timeout) { return WaitAll(tasks, WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public static void WaitAll(Task[] tasks, CancellationToken cancellationToken) { WaitAll(tasks, -1, cancellationToken); }

        public static bool WaitAll(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckTasks(tasks);
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            long deadline = WaitTime.Deadline(millisecondsTimeout);
            for (int i = 0; i < tasks.Length; i++)
                if (!tasks[i].InternalWait(WaitTime.Remaining(deadline), cancellationToken)) return false;
            List<Exception> errors = null;
            for (int i = 0; i < tasks.Length; i++)
            {
                Task t = tasks[i];
                if (t.IsFaulted) { if (errors == null) errors = new List<Exception>(); errors.AddRange(t._exceptions); }
                else if (t.IsCanceled) { if (errors == null) errors = new List<Exception>(); errors.Add(new TaskCanceledException(t)); }
            }
            if (errors != null) throw new AggregateException(errors);
            return true;
        }

        public static int WaitAny(params Task[] tasks) { return WaitAny(tasks, -1, default(CancellationToken)); }
        public static int WaitAny(Task[] tasks, int millisecondsTimeout) { return WaitAny(tasks, millisecondsTimeout, default(CancellationToken)); }
        public static int WaitAny(Task[] tasks, TimeSpan timeout) { return WaitAny(tasks, WaitTime.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }
        public static int WaitAny(Task[] tasks, CancellationToken cancellationToken) { return WaitAny(tasks, -1, cancellationToken); }

        public static int WaitAny(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckTasks(tasks);
            WaitTime.Check(millisecondsTimeout, "millisecondsTimeout");
            for (int i = 0; i < tasks.Length; i++) if (tasks[i].IsCompleted) return i;
            Task<Task> any = WhenAny(tasks);
            if (!any.InternalWait(millisecondsTimeout, cancellationToken)) return -1;
            return Array.IndexOf(tasks, any._result);
        }

        private static void CheckTasks(Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            for (int i = 0; i < tasks.Length; i++)
                if (tasks[i] == null) throw new ArgumentException("The tasks array included at least one null element.", "tasks");
        }

        // ---- awaiting ----

        public TaskAwaiter GetAwaiter() { return new TaskAwaiter(this); }
        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) { return new ConfiguredTaskAwaitable(this, continueOnCapturedContext); }
        public ConfiguredTaskAwaitable ConfigureAwait(ConfigureAwaitOptions options)
        {
            AwaitOptions.Validate(options, false);
            return new ConfiguredTaskAwaitable(this, options);
        }
        public static YieldAwaitable Yield() { return default(YieldAwaitable); }

        // ---- ContinueWith ----

        public Task ContinueWith(Action<Task> continuationAction) { return ContinueWith(continuationAction, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None); }
        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken) { return ContinueWith(continuationAction, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None); }
        public Task ContinueWith(Action<Task> continuationAction, TaskScheduler scheduler) { return ContinueWith(continuationAction, scheduler, default(CancellationToken), TaskContinuationOptions.None); }
        public Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationAction, TaskScheduler.Current, default(CancellationToken), continuationOptions); }
        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return ContinueWith(continuationAction, scheduler, cancellationToken, continuationOptions); }

        private Task ContinueWith(Action<Task> continuationAction, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions options)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task c = new Task(continuationAction, null, cancellationToken, CreationOptionsOf(options));
            ContinueWithCore(c, scheduler, options);
            return c;
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state) { return ContinueWith(continuationAction, state, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None); }
        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken) { return ContinueWith(continuationAction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None); }
        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskScheduler scheduler) { return ContinueWith(continuationAction, state, scheduler, default(CancellationToken), TaskContinuationOptions.None); }
        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationAction, state, TaskScheduler.Current, default(CancellationToken), continuationOptions); }
        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return ContinueWith(continuationAction, state, scheduler, cancellationToken, continuationOptions); }

        private Task ContinueWith(Action<Task, object> continuationAction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions options)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task c = new Task(continuationAction, state, cancellationToken, CreationOptionsOf(options));
            ContinueWithCore(c, scheduler, options);
            return c;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction) { return ContinueWith(continuationFunction, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWith(continuationFunction, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskScheduler scheduler) { return ContinueWith(continuationFunction, scheduler, default(CancellationToken), TaskContinuationOptions.None); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationFunction, TaskScheduler.Current, default(CancellationToken), continuationOptions); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return ContinueWith(continuationFunction, scheduler, cancellationToken, continuationOptions); }

        private Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions options)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> c = new Task<TResult>(continuationFunction, null, cancellationToken, CreationOptionsOf(options));
            ContinueWithCore(c, scheduler, options);
            return c;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state) { return ContinueWith(continuationFunction, state, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken) { return ContinueWith(continuationFunction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskScheduler scheduler) { return ContinueWith(continuationFunction, state, scheduler, default(CancellationToken), TaskContinuationOptions.None); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskContinuationOptions continuationOptions) { return ContinueWith(continuationFunction, state, TaskScheduler.Current, default(CancellationToken), continuationOptions); }
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) { return ContinueWith(continuationFunction, state, scheduler, cancellationToken, continuationOptions); }

        private Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions options)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> c = new Task<TResult>(continuationFunction, state, cancellationToken, CreationOptionsOf(options));
            ContinueWithCore(c, scheduler, options);
            return c;
        }

        // ---- factories ----

        public static Task Run(Action action) { return Run(action, default(CancellationToken)); }

        public static Task Run(Action action, CancellationToken cancellationToken)
        {
            if (action == null) throw new ArgumentNullException("action");
            Task t = new Task(action, null, cancellationToken, TaskCreationOptions.DenyChildAttach);
            if (!t.IsCompleted) t.Schedule(TaskScheduler.Default);
            return t;
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function) { return Run(function, default(CancellationToken)); }

        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            Task<TResult> t = new Task<TResult>(function, null, cancellationToken, TaskCreationOptions.DenyChildAttach);
            if (!t.IsCompleted) t.Schedule(TaskScheduler.Default);
            return t;
        }

        public static Task Run(Func<Task> function) { return Run(function, default(CancellationToken)); }

        public static Task Run(Func<Task> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            return TaskExtensions.Unwrap(Run<Task>(function, cancellationToken));
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function) { return Run(function, default(CancellationToken)); }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            return TaskExtensions.Unwrap(Run<Task<TResult>>(function, cancellationToken));
        }

        public static Task<TResult> FromResult<TResult>(TResult result) { return new Task<TResult>(result); }

        public static Task FromException(Exception exception) { return FromException<VoidTaskResult>(exception); }

        public static Task<TResult> FromException<TResult>(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            Task<TResult> t = new Task<TResult>(TaskCreationOptions.None, true);
            t.TrySetException(exception);
            return t;
        }

        public static Task FromCanceled(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested) throw new ArgumentOutOfRangeException("cancellationToken");
            return new Task(true, cancellationToken);
        }

        public static Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested) throw new ArgumentOutOfRangeException("cancellationToken");
            Task<TResult> t = new Task<TResult>(TaskCreationOptions.None, true);
            t.TrySetCanceled(cancellationToken);
            return t;
        }

        public static Task Delay(int millisecondsDelay) { return Delay(millisecondsDelay, default(CancellationToken)); }
        public static Task Delay(TimeSpan delay) { return Delay(WaitTime.ToMilliseconds(delay, "delay"), default(CancellationToken)); }
        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken) { return Delay(WaitTime.ToMilliseconds(delay, "delay"), cancellationToken); }

        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay", "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.");
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (millisecondsDelay == 0) return CompletedTask;
            return new DelayPromise(millisecondsDelay, cancellationToken);
        }

        private sealed class DelayPromise : Task<VoidTaskResult>
        {
            private sealed class Entry : TimerEntry
            {
                internal DelayPromise Promise;
                internal override void Fire() { Promise.OnTimer(); }
            }

            private readonly Entry _entry;
            private readonly CancellationToken _delayToken;
            private CancellationTokenRegistration _reg;

            internal DelayPromise(int ms, CancellationToken token) : base(TaskCreationOptions.None, true)
            {
                _delayToken = token;
                if (ms != -1)
                {
                    _entry = new Entry();
                    _entry.Promise = this;
                    TimerQueue.Change(_entry, ms, -1);
                }
                if (token.CanBeCanceled) _reg = token.Register(s_onCancel, this);
            }

            private static readonly Action<object> s_onCancel = OnCancel;
            private static void OnCancel(object o)
            {
                DelayPromise p = (DelayPromise)o;
                if (p._entry != null) TimerQueue.Change(p._entry, -1, -1);
                p.TrySetCanceled(p._delayToken);
            }

            private void OnTimer()
            {
                _reg.Dispose();
                TrySetResult(default(VoidTaskResult));
            }
        }

        // ---- combinators ----

        public static Task WhenAll(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAll(new List<Task>(tasks).ToArray());
        }

        public static Task WhenAll(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            Task[] copy = CopyTasks(tasks);
            if (copy.Length == 0) return CompletedTask;
            return new WhenAllPromise<VoidTaskResult>(copy, false);
        }

        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAll(new List<Task<TResult>>(tasks).ToArray());
        }

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            Task[] copy = CopyTasks(tasks);
            if (copy.Length == 0) return FromResult(new TResult[0]);
            return new WhenAllPromise<TResult>(copy, true);
        }

        private static Task[] CopyTasks(Task[] tasks)
        {
            Task[] copy = new Task[tasks.Length];
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i] == null) throw new ArgumentException("The tasks argument included a null value.", "tasks");
                copy[i] = tasks[i];
            }
            return copy;
        }

        // TElement: the element type of the Task<TElement[]> result, or VoidTaskResult.
        private sealed class WhenAllPromise<TElement> : Task<TElement[]>, ITaskCompletionAction
        {
            private readonly Task[] _tasks;
            private readonly bool _collect;
            private int _remaining;
            private List<Task> _unsuccessful;   // WhenAll(Task[]): faulted/canceled tasks as they completed

            internal WhenAllPromise(Task[] tasks, bool collect) : base(TaskCreationOptions.None, true)
            {
                _tasks = tasks;
                _collect = collect;
                _remaining = tasks.Length;
                for (int i = 0; i < tasks.Length; i++) tasks[i].AddCompletionAction(this);
            }

            public void Invoke(Task completed)
            {
                // .NET 9+: WhenAll(Task[]) reports failures in completion order,
                // WhenAll<T>(Task<T>[]) in argument order.
                if (!_collect && !completed.IsCompletedSuccessfully)
                {
                    if (_unsuccessful == null) _unsuccessful = new List<Task>();
                    _unsuccessful.Add(completed);
                }
                if (--_remaining != 0) return;
                List<Exception> errors = null;
                Task canceled = null;
                Task[] order = _collect || _unsuccessful == null ? _tasks : _unsuccessful.ToArray();
                for (int i = 0; i < order.Length; i++)
                {
                    Task t = order[i];
                    if (t.IsFaulted)
                    {
                        if (errors == null) errors = new List<Exception>();
                        errors.AddRange(t.ExceptionList);
                    }
                    else if (t.IsCanceled && canceled == null) canceled = t;
                }
                if (errors != null) { TrySetException(errors); return; }
                if (canceled != null) { TrySetCanceled(canceled._token, canceled.CancellationException); return; }
                TElement[] results = null;
                if (_collect)
                {
                    results = new TElement[_tasks.Length];
                    for (int i = 0; i < _tasks.Length; i++) results[i] = ((Task<TElement>)_tasks[i])._result;
                }
                TrySetResult(results);
            }
        }

        public static Task<Task> WhenAny(params Task[] tasks) { return WhenAnyCore<Task>(tasks); }
        public static Task<Task> WhenAny(Task task1, Task task2) { return WhenAnyCore<Task>(new Task[] { task1, task2 }); }

        public static Task<Task> WhenAny(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAnyCore<Task>(new List<Task>(tasks).ToArray());
        }

        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks) { return WhenAnyCore<Task<TResult>>(tasks); }

        public static Task<Task<TResult>> WhenAny<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAnyCore<Task<TResult>>(new List<Task<TResult>>(tasks).ToArray());
        }

        private static Task<TTask> WhenAnyCore<TTask>(TTask[] tasks) where TTask : Task
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", "tasks");
            for (int i = 0; i < tasks.Length; i++)
                if (tasks[i] == null) throw new ArgumentException("The tasks argument included a null value.", "tasks");
            // The first already-completed task in argument order wins, as in .NET.
            for (int i = 0; i < tasks.Length; i++)
                if (tasks[i].IsCompleted) return FromResult(tasks[i]);
            return new WhenAnyPromise<TTask>(tasks);
        }

        private sealed class WhenAnyPromise<TTask> : Task<TTask>, ITaskCompletionAction where TTask : Task
        {
            internal WhenAnyPromise(TTask[] tasks) : base(TaskCreationOptions.None, true)
            {
                for (int i = 0; i < tasks.Length && !IsCompleted; i++) tasks[i].AddCompletionAction(this);
            }

            public void Invoke(Task completed) { TrySetResult((TTask)completed); }
        }

        public void Dispose() { Dispose(true); }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            if (!IsCompleted) throw new InvalidOperationException("A task may only be disposed if it is in a completion state (RanToCompletion, Faulted or Canceled).");
            if (_waitHandle != null) _waitHandle.Dispose();
        }
    }
}
