// TaskFactory, TaskFactory<TResult> and TaskScheduler. The default scheduler
// is the thread pool; a custom TaskScheduler gets QueueTask calls and runs
// tasks with TryExecuteTask, as in .NET.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public abstract class TaskScheduler
    {
        private static readonly TaskScheduler s_default = new ThreadPoolTaskScheduler();
        private static int s_lastId;
        private int _id;

        protected TaskScheduler() { }

        public static TaskScheduler Default { get { return s_default; } }

        public static TaskScheduler Current
        {
            get
            {
                Task t = Task.InternalCurrent;
                if (t != null && t._scheduler != null && (t._options & TaskCreationOptions.HideScheduler) == 0) return t._scheduler;
                return s_default;
            }
        }

        internal bool IsDefault { get { return this == s_default; } }

        public int Id
        {
            get
            {
                if (_id == 0) _id = Interlocked.Increment(ref s_lastId);
                return _id;
            }
        }

        public virtual int MaximumConcurrencyLevel { get { return int.MaxValue; } }

        protected internal abstract void QueueTask(Task task);
        protected abstract bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued);
        protected abstract IEnumerable<Task> GetScheduledTasks();
        protected internal virtual bool TryDequeue(Task task) { return false; }

        protected bool TryExecuteTask(Task task)
        {
            if (task._scheduler != this) throw new InvalidOperationException("ExecuteTask may not be called for a task which was previously queued to a different TaskScheduler.");
            return task.ExecuteEntry();
        }

        public static TaskScheduler FromCurrentSynchronizationContext()
        {
            SynchronizationContext sc = SynchronizationContext.Current;
            if (sc == null) throw new InvalidOperationException("The current SynchronizationContext may not be used as a TaskScheduler.");
            return new SynchronizationContextTaskScheduler(sc);
        }

        public static event EventHandler<UnobservedTaskExceptionEventArgs> UnobservedTaskException;

    }

    public class UnobservedTaskExceptionEventArgs : EventArgs
    {
        private readonly AggregateException _exception;
        private bool _observed;
        public UnobservedTaskExceptionEventArgs(AggregateException exception) { _exception = exception; }
        public void SetObserved() { _observed = true; }
        public bool Observed { get { return _observed; } }
        public AggregateException Exception { get { return _exception; } }
    }

    internal sealed class ThreadPoolTaskScheduler : TaskScheduler
    {
        protected internal override void QueueTask(Task task) { ThreadPool.Enqueue(task); }
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) { return TryExecuteTask(task); }
        protected override IEnumerable<Task> GetScheduledTasks() { return new Task[0]; }
    }

    internal sealed class SynchronizationContextTaskScheduler : TaskScheduler
    {
        private readonly SynchronizationContext _context;
        internal SynchronizationContextTaskScheduler(SynchronizationContext context) { _context = context; }
        protected internal override void QueueTask(Task task) { _context.Post(Run, task); }
        private void Run(object t) { TryExecuteTask((Task)t); }
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) { return SynchronizationContext.Current == _context && TryExecuteTask(task); }
        protected override IEnumerable<Task> GetScheduledTasks() { return new Task[0]; }
        public override int MaximumConcurrencyLevel { get { return 1; } }
    }

    public partial class TaskFactory
    {
        private readonly CancellationToken _token;
        private readonly TaskCreationOptions _creation;
        private readonly TaskContinuationOptions _continuation;
        private readonly TaskScheduler _scheduler;

        public TaskFactory() : this(default(CancellationToken), TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(CancellationToken cancellationToken) : this(cancellationToken, TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(TaskScheduler scheduler) : this(default(CancellationToken), TaskCreationOptions.None, TaskContinuationOptions.None, scheduler) { }
        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions) : this(default(CancellationToken), creationOptions, continuationOptions, null) { }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            _token = cancellationToken;
            _creation = creationOptions;
            _continuation = continuationOptions;
            _scheduler = scheduler;
        }

        public CancellationToken CancellationToken { get { return _token; } }
        public TaskCreationOptions CreationOptions { get { return _creation; } }
        public TaskContinuationOptions ContinuationOptions { get { return _continuation; } }
        public TaskScheduler Scheduler { get { return _scheduler; } }

        private TaskScheduler Sched { get { return _scheduler ?? TaskScheduler.Current; } }

        internal static Task Start(Task t, TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            if (!t.IsCompleted) t.Schedule(scheduler);
            return t;
        }

        public Task StartNew(Action action) { return StartNew(action, _token, _creation, Sched); }
        public Task StartNew(Action action, CancellationToken cancellationToken) { return StartNew(action, cancellationToken, _creation, Sched); }
        public Task StartNew(Action action, TaskCreationOptions creationOptions) { return StartNew(action, _token, creationOptions, Sched); }
        public Task StartNew(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            return Start(new Task(action, cancellationToken, creationOptions), scheduler);
        }

        public Task StartNew(Action<object> action, object state) { return StartNew(action, state, _token, _creation, Sched); }
        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken) { return StartNew(action, state, cancellationToken, _creation, Sched); }
        public Task StartNew(Action<object> action, object state, TaskCreationOptions creationOptions) { return StartNew(action, state, _token, creationOptions, Sched); }
        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            return Start(new Task(action, state, cancellationToken, creationOptions), scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<TResult> function) { return StartNew(function, _token, _creation, Sched); }
        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken) { return StartNew(function, cancellationToken, _creation, Sched); }
        public Task<TResult> StartNew<TResult>(Func<TResult> function, TaskCreationOptions creationOptions) { return StartNew(function, _token, creationOptions, Sched); }
        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            return (Task<TResult>)Start(new Task<TResult>(function, cancellationToken, creationOptions), scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state) { return StartNew(function, state, _token, _creation, Sched); }
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken) { return StartNew(function, state, cancellationToken, _creation, Sched); }
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) { return StartNew(function, state, _token, creationOptions, Sched); }
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            return (Task<TResult>)Start(new Task<TResult>(function, state, cancellationToken, creationOptions), scheduler);
        }

        // ---- ContinueWhenAll / ContinueWhenAny ----

        public Task ContinueWhenAll(Task[] tasks, Action<Task[]> continuationAction) { return ContinueWhenAll(tasks, continuationAction, _token, _continuation, Sched); }
        public Task ContinueWhenAll(Task[] tasks, Action<Task[]> continuationAction, CancellationToken cancellationToken) { return ContinueWhenAll(tasks, continuationAction, cancellationToken, _continuation, Sched); }
        public Task ContinueWhenAll(Task[] tasks, Action<Task[]> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWhenAll(tasks, continuationAction, _token, continuationOptions, Sched); }

        public Task ContinueWhenAll(Task[] tasks, Action<Task[]> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task[] copy = (Task[])tasks.Clone();
            return WhenAllCompleted(copy).ContinueWith(delegate(Task _) { continuationAction(copy); }, cancellationToken, continuationOptions, scheduler);
        }

        public Task<TResult> ContinueWhenAll<TResult>(Task[] tasks, Func<Task[], TResult> continuationFunction) { return ContinueWhenAll(tasks, continuationFunction, _token, _continuation, Sched); }
        public Task<TResult> ContinueWhenAll<TResult>(Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWhenAll(tasks, continuationFunction, cancellationToken, _continuation, Sched); }
        public Task<TResult> ContinueWhenAll<TResult>(Task[] tasks, Func<Task[], TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWhenAll(tasks, continuationFunction, _token, continuationOptions, Sched); }

        public Task<TResult> ContinueWhenAll<TResult>(Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task[] copy = (Task[])tasks.Clone();
            return WhenAllCompleted(copy).ContinueWith(delegate(Task _) { return continuationFunction(copy); }, cancellationToken, continuationOptions, scheduler);
        }

        public Task ContinueWhenAny(Task[] tasks, Action<Task> continuationAction) { return ContinueWhenAny(tasks, continuationAction, _token, _continuation, Sched); }
        public Task ContinueWhenAny(Task[] tasks, Action<Task> continuationAction, CancellationToken cancellationToken) { return ContinueWhenAny(tasks, continuationAction, cancellationToken, _continuation, Sched); }
        public Task ContinueWhenAny(Task[] tasks, Action<Task> continuationAction, TaskContinuationOptions continuationOptions) { return ContinueWhenAny(tasks, continuationAction, _token, continuationOptions, Sched); }

        public Task ContinueWhenAny(Task[] tasks, Action<Task> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            return Task.WhenAny(tasks).ContinueWith(delegate(Task<Task> t) { continuationAction(t.Result); }, cancellationToken, continuationOptions, scheduler);
        }

        public Task<TResult> ContinueWhenAny<TResult>(Task[] tasks, Func<Task, TResult> continuationFunction) { return ContinueWhenAny(tasks, continuationFunction, _token, _continuation, Sched); }
        public Task<TResult> ContinueWhenAny<TResult>(Task[] tasks, Func<Task, TResult> continuationFunction, CancellationToken cancellationToken) { return ContinueWhenAny(tasks, continuationFunction, cancellationToken, _continuation, Sched); }
        public Task<TResult> ContinueWhenAny<TResult>(Task[] tasks, Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions) { return ContinueWhenAny(tasks, continuationFunction, _token, continuationOptions, Sched); }

        public Task<TResult> ContinueWhenAny<TResult>(Task[] tasks, Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            return Task.WhenAny(tasks).ContinueWith(delegate(Task<Task> t) { return continuationFunction(t.Result); }, cancellationToken, continuationOptions, scheduler);
        }

        public Task ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction) { return ContinueWhenAll(tasks, continuationAction, _token, _continuation, Sched); }

        public Task ContinueWhenAll<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task<TAntecedentResult>[] copy = (Task<TAntecedentResult>[])tasks.Clone();
            return WhenAllCompleted(copy).ContinueWith(delegate(Task _) { continuationAction(copy); }, cancellationToken, continuationOptions, scheduler);
        }

        public Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction) { return ContinueWhenAll(tasks, continuationFunction, _token, _continuation, Sched); }

        public Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TAntecedentResult>[] copy = (Task<TAntecedentResult>[])tasks.Clone();
            return WhenAllCompleted(copy).ContinueWith(delegate(Task _) { return continuationFunction(copy); }, cancellationToken, continuationOptions, scheduler);
        }

        public Task ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>> continuationAction) { return ContinueWhenAny(tasks, continuationAction, _token, _continuation, Sched); }

        public Task ContinueWhenAny<TAntecedentResult>(Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            return Task.WhenAny(tasks).ContinueWith(delegate(Task<Task<TAntecedentResult>> t) { continuationAction(t.Result); }, cancellationToken, continuationOptions, scheduler);
        }

        public Task<TResult> ContinueWhenAny<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction) { return ContinueWhenAny(tasks, continuationFunction, _token, _continuation, Sched); }

        public Task<TResult> ContinueWhenAny<TAntecedentResult, TResult>(Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            return Task.WhenAny(tasks).ContinueWith(delegate(Task<Task<TAntecedentResult>> t) { return continuationFunction(t.Result); }, cancellationToken, continuationOptions, scheduler);
        }

        // Completes (successfully) when every task has completed, whatever their outcome.
        internal static Task WhenAllCompleted(Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", "tasks");
            return new AllCompletedPromise(tasks);
        }

        private sealed class AllCompletedPromise : Task<VoidTaskResult>, ITaskCompletionAction
        {
            private int _remaining;
            internal AllCompletedPromise(Task[] tasks) : base(TaskCreationOptions.None, true)
            {
                _remaining = tasks.Length;
                for (int i = 0; i < tasks.Length; i++)
                {
                    if (tasks[i] == null) throw new ArgumentException("The tasks argument included a null value.", "tasks");
                    tasks[i].AddCompletionAction(this);
                }
            }
            public void Invoke(Task t) { if (--_remaining == 0) TrySetResult(default(VoidTaskResult)); }
        }
    }

    public partial class TaskFactory<TResult>
    {
        private readonly CancellationToken _token;
        private readonly TaskCreationOptions _creation;
        private readonly TaskContinuationOptions _continuation;
        private readonly TaskScheduler _scheduler;

        public TaskFactory() : this(default(CancellationToken), TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(CancellationToken cancellationToken) : this(cancellationToken, TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(TaskScheduler scheduler) : this(default(CancellationToken), TaskCreationOptions.None, TaskContinuationOptions.None, scheduler) { }
        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions) : this(default(CancellationToken), creationOptions, continuationOptions, null) { }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            _token = cancellationToken;
            _creation = creationOptions;
            _continuation = continuationOptions;
            _scheduler = scheduler;
        }

        public CancellationToken CancellationToken { get { return _token; } }
        public TaskCreationOptions CreationOptions { get { return _creation; } }
        public TaskContinuationOptions ContinuationOptions { get { return _continuation; } }
        public TaskScheduler Scheduler { get { return _scheduler; } }

        private TaskScheduler Sched { get { return _scheduler ?? TaskScheduler.Current; } }

        public Task<TResult> StartNew(Func<TResult> function) { return StartNew(function, _token, _creation, Sched); }
        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken) { return StartNew(function, cancellationToken, _creation, Sched); }
        public Task<TResult> StartNew(Func<TResult> function, TaskCreationOptions creationOptions) { return StartNew(function, _token, creationOptions, Sched); }
        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            return (Task<TResult>)TaskFactory.Start(new Task<TResult>(function, cancellationToken, creationOptions), scheduler);
        }

        public Task<TResult> StartNew(Func<object, TResult> function, object state) { return StartNew(function, state, _token, _creation, Sched); }
        public Task<TResult> StartNew(Func<object, TResult> function, object state, CancellationToken cancellationToken) { return StartNew(function, state, cancellationToken, _creation, Sched); }
        public Task<TResult> StartNew(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) { return StartNew(function, state, _token, creationOptions, Sched); }
        public Task<TResult> StartNew(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            return (Task<TResult>)TaskFactory.Start(new Task<TResult>(function, state, cancellationToken, creationOptions), scheduler);
        }

        public Task<TResult> ContinueWhenAll(Task[] tasks, Func<Task[], TResult> continuationFunction)
        {
            return new TaskFactory(_token, _creation, _continuation, _scheduler).ContinueWhenAll(tasks, continuationFunction);
        }

        public Task<TResult> ContinueWhenAny(Task[] tasks, Func<Task, TResult> continuationFunction)
        {
            return new TaskFactory(_token, _creation, _continuation, _scheduler).ContinueWhenAny(tasks, continuationFunction);
        }
    }
}
