// The thread pool: background green threads taking work items from one FIFO
// queue. Up to MinWorkers workers start on demand; beyond that, when items
// wait and no item has completed for StarvationMs (every worker is blocked or
// busy for long), the timer thread adds a worker, up to MaxWorkers. So a work
// item that blocks waiting for a later item never starves the pool, while a
// worker that queues the next item of a chain (await Task.Yield) simply takes
// it itself when it is done.
using System.Threading.Tasks;

namespace System.Threading
{
    public delegate void WaitCallback(object state);
    public delegate void WaitOrTimerCallback(object state, bool timedOut);

    public interface IThreadPoolWorkItem { void Execute(); }

    internal sealed class QueueUserWorkItemCallback : IThreadPoolWorkItem
    {
        private readonly WaitCallback _callback;
        private readonly object _state;
        private readonly ExecutionContext _context;
        internal QueueUserWorkItemCallback(WaitCallback callback, object state, bool flow)
        {
            _callback = callback; _state = state;
            if (flow) _context = ExecutionContext.CaptureForFlow();
        }
        public void Execute()
        {
            if (_context == null) _callback(_state);
            else ExecutionContext.RunInternal(_context, Invoke, this);
        }
        private static void Invoke(object self) { QueueUserWorkItemCallback w = (QueueUserWorkItemCallback)self; w._callback(w._state); }
    }

    internal sealed class QueueUserWorkItemCallback<TState> : IThreadPoolWorkItem
    {
        private readonly Action<TState> _callback;
        private readonly TState _state;
        private readonly ExecutionContext _context;
        internal QueueUserWorkItemCallback(Action<TState> callback, TState state, bool flow)
        {
            _callback = callback; _state = state;
            if (flow) _context = ExecutionContext.CaptureForFlow();
        }
        public void Execute()
        {
            if (_context == null) _callback(_state);
            else ExecutionContext.RunInternal(_context, Invoke, this);
        }
        private static void Invoke(object self) { QueueUserWorkItemCallback<TState> w = (QueueUserWorkItemCallback<TState>)self; w._callback(w._state); }
    }

    internal sealed class ActionWorkItem : IThreadPoolWorkItem
    {
        private readonly Action _action;
        internal ActionWorkItem(Action action) { _action = action; }
        public void Execute() { _action(); }
    }

    public static class ThreadPool
    {
        private const int MaxWorkers = 512;
        private const int MinWorkers = 4;
        private const int StarvationMs = 10;
        private static StarvationCheck s_check;
        private static bool s_checkArmed;
        private static long s_completedAtArm;
        private static readonly object s_lock = new object();
        private static object[] s_queue = new object[64];   // IThreadPoolWorkItem or Task
        private static int s_head, s_count;
        private static int s_workers, s_idle, s_busy;
        private static long s_completed;
        private static int s_min = 1, s_max = MaxWorkers;

        internal static void Enqueue(object item)
        {
            lock (s_lock)
            {
                if (s_count == s_queue.Length)
                {
                    object[] bigger = new object[s_queue.Length * 2];
                    for (int i = 0; i < s_count; i++) bigger[i] = s_queue[(s_head + i) % s_queue.Length];
                    s_queue = bigger;
                    s_head = 0;
                }
                s_queue[(s_head + s_count) % s_queue.Length] = item;
                s_count++;
                if (s_idle > 0)
                {
                    // The woken worker is no longer idle as of now, so a second item
                    // queued before it runs does not count on it.
                    s_idle--;
                    Monitor.Pulse(s_lock);
                    return;
                }
                if (s_workers < MinWorkers && s_workers < s_max)
                {
                    StartWorker();
                    return;
                }
                if (s_checkArmed || s_workers >= s_max) return;
                s_checkArmed = true;
                s_completedAtArm = s_completed;
                if (s_check == null) s_check = new StarvationCheck();
            }
            // Outside s_lock: the timer thread takes its own lock, then ours.
            TimerQueue.Change(s_check, StarvationMs, -1);
        }

        private static void StartWorker()
        {
            s_workers++;
            Thread t = new Thread(WorkerLoop);
            t.IsBackground = true;
            t.IsThreadPoolThread = true;
            t.Name = ".NET ThreadPool Worker";
            t.Start();
        }

        // Runs on the timer thread itself, since the pool may be starved.
        private sealed class StarvationCheck : TimerEntry
        {
            internal StarvationCheck() { OnTimerThread = true; }

            internal override void Fire()
            {
                bool rearm = false;
                lock (s_lock)
                {
                    s_checkArmed = false;
                    if (s_count == 0 || s_idle > 0) return;
                    if (s_completed == s_completedAtArm && s_workers < s_max) StartWorker();
                    s_checkArmed = rearm = true;
                    s_completedAtArm = s_completed;
                }
                if (rearm) TimerQueue.Change(this, StarvationMs, -1);
            }
        }

        private static void WorkerLoop()
        {
            for (;;)
            {
                object item;
                lock (s_lock)
                {
                    while (s_count == 0)
                    {
                        s_idle++;
                        Monitor.Wait(s_lock);
                    }
                    item = s_queue[s_head];
                    s_queue[s_head] = null;
                    s_head = (s_head + 1) % s_queue.Length;
                    s_count--;
                    s_busy++;
                }
                // An exception escaping a work item ends the process, as in .NET.
                Task task = item as Task;
                if (task != null) task.ExecuteEntry();
                else ((IThreadPoolWorkItem)item).Execute();
                ExecutionContext.ResetThread(Thread.CurrentThread);
                lock (s_lock)
                {
                    s_busy--;
                    s_completed++;
                }
            }
        }

        public static bool QueueUserWorkItem(WaitCallback callBack) { return QueueUserWorkItem(callBack, null); }

        public static bool QueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback(callBack, state, true));
            return true;
        }

        public static bool QueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback<TState>(callBack, state, true));
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback(callBack, state, false));
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(IThreadPoolWorkItem callBack, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            Enqueue(callBack);
            return true;
        }

        public static bool UnsafeQueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback<TState>(callBack, state, false));
            return true;
        }

        public static RegisteredWaitHandle RegisterWaitForSingleObject(WaitHandle waitObject, WaitOrTimerCallback callBack, object state, int millisecondsTimeOutInterval, bool executeOnlyOnce)
        {
            if (waitObject == null) throw new ArgumentNullException("waitObject");
            if (callBack == null) throw new ArgumentNullException("callBack");
            WaitTime.Check(millisecondsTimeOutInterval, "millisecondsTimeOutInterval");
            RegisteredWaitHandle r = new RegisteredWaitHandle(waitObject, callBack, state, millisecondsTimeOutInterval, executeOnlyOnce);
            Enqueue(r);
            return r;
        }

        public static RegisteredWaitHandle RegisterWaitForSingleObject(WaitHandle waitObject, WaitOrTimerCallback callBack, object state, TimeSpan timeout, bool executeOnlyOnce)
        {
            return RegisterWaitForSingleObject(waitObject, callBack, state, WaitTime.ToMilliseconds(timeout, "timeout"), executeOnlyOnce);
        }

        public static bool SetMaxThreads(int workerThreads, int completionPortThreads)
        {
            if (workerThreads < 1 || workerThreads < s_min) return false;
            s_max = workerThreads > MaxWorkers ? MaxWorkers : workerThreads;
            return true;
        }

        public static bool SetMinThreads(int workerThreads, int completionPortThreads)
        {
            if (workerThreads < 0 || workerThreads > s_max) return false;
            s_min = workerThreads;
            return true;
        }

        public static void GetMaxThreads(out int workerThreads, out int completionPortThreads) { workerThreads = s_max; completionPortThreads = 0; }
        public static void GetMinThreads(out int workerThreads, out int completionPortThreads) { workerThreads = s_min; completionPortThreads = 0; }
        public static void GetAvailableThreads(out int workerThreads, out int completionPortThreads) { workerThreads = s_max - s_busy; completionPortThreads = 0; }
        public static int ThreadCount { get { return s_workers; } }
        public static long PendingWorkItemCount { get { return s_count; } }
        public static long CompletedWorkItemCount { get { return s_completed; } }
    }

    // Occupies one pool worker: waits for the handle (or the timeout), calls
    // back, and unless executeOnlyOnce waits again; Unregister wakes it to end.
    public sealed class RegisteredWaitHandle : IThreadPoolWorkItem
    {
        private readonly WaitHandle _handle;
        private readonly WaitOrTimerCallback _callback;
        private readonly object _state;
        private readonly int _timeout;
        private readonly bool _once;
        private bool _unregistered;

        internal RegisteredWaitHandle(WaitHandle handle, WaitOrTimerCallback callback, object state, int timeout, bool once)
        {
            _handle = handle; _callback = callback; _state = state; _timeout = timeout; _once = once;
        }

        void IThreadPoolWorkItem.Execute()
        {
            Thread me = Thread.CurrentThread;
            for (;;)
            {
                bool signaled;
                lock (WaitHandle.s_lock)
                {
                    long deadline = WaitTime.Deadline(_timeout);
                    for (;;)
                    {
                        if (_unregistered) return;
                        if (_handle.IsAvailable(me)) { _handle.Acquire(me); signaled = true; break; }
                        int left = WaitTime.Remaining(deadline);
                        if (left == 0) { signaled = false; break; }
                        Monitor.Wait(WaitHandle.s_lock, left);
                    }
                }
                _callback(_state, !signaled);
                if (_once) return;
            }
        }

        public bool Unregister(WaitHandle waitObject)
        {
            lock (WaitHandle.s_lock)
            {
                if (_unregistered) return false;
                _unregistered = true;
                WaitHandle.Changed();
            }
            EventWaitHandle e = waitObject as EventWaitHandle;
            if (e != null) e.Set();
            return true;
        }
    }
}
