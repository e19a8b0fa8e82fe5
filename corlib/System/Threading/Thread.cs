// Managed threads are green threads scheduled by the runtime (runtime/threads/):
// Start, Sleep, Join and Yield are internal calls that park or switch the
// current green thread; nothing ever blocks the host's event loop.
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public delegate void ThreadStart();
    public delegate void ParameterizedThreadStart(object obj);

    [Flags]
    public enum ThreadState { Running = 0, StopRequested = 1, SuspendRequested = 2, Background = 4, Unstarted = 8, Stopped = 16, WaitSleepJoin = 32, Suspended = 64, AbortRequested = 128, Aborted = 256 }

    public enum ThreadPriority { Lowest = 0, BelowNormal = 1, Normal = 2, AboveNormal = 3, Highest = 4 }

    public sealed partial class Thread
    {
        // Layout known to the runtime (icall_threading.c): keep these first and in this order.
        internal IntPtr _native;
        internal int _id;
        internal int _state;          // 0 unstarted, 1 running, 2 stopped
        internal Delegate _start;
        internal object _param;
        private string _name;
        private bool _isBackground;
        // Per-thread state of the Threading library (not read by the runtime).
        internal System.Threading.Tasks.Task _currentTask;
        internal SynchronizationContext _syncContext;
        internal ExecutionContext _ec;              // current AsyncLocal values (null: none)
        private ExecutionContext _startContext;     // captured by Start, the new thread's first context

        public Thread(ThreadStart start) : this(start, 0) { }
        public Thread(ThreadStart start, int maxStackSize)
        {
            if (start == null) throw new ArgumentNullException("start");
            _start = start;
        }
        public Thread(ParameterizedThreadStart start) : this(start, 0) { }
        public Thread(ParameterizedThreadStart start, int maxStackSize)
        {
            if (start == null) throw new ArgumentNullException("start");
            _start = start;
        }

        public void Start()
        {
            if (_state != 0) throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
            _state = 1;
            _startContext = ExecutionContext.CaptureForFlow();
            InternalStart(_isBackground);
        }

        public void Start(object parameter)
        {
            if (!(_start is ParameterizedThreadStart))
                throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            _param = parameter;
            Start();
        }

        // The runtime starts every new green thread here.
        internal void StartCallback()
        {
            _ec = _startContext;
            _startContext = null;
            ParameterizedThreadStart p = _start as ParameterizedThreadStart;
            if (p != null) p(_param);
            else ((ThreadStart)_start)();
        }

        [MethodImpl(MethodImplOptions.InternalCall)] private extern void InternalStart(bool background);
        [MethodImpl(MethodImplOptions.InternalCall)] private extern bool InternalJoin(int millisecondsTimeout);
        [MethodImpl(MethodImplOptions.InternalCall)] private extern bool InternalIsAlive();
        [MethodImpl(MethodImplOptions.InternalCall)] private extern void InternalSetBackground(bool background);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Thread InternalCurrentThread();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalSleep(int millisecondsTimeout);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalYield();

        public void Join()
        {
            if (_state == 0) throw new ThreadStateException("Thread has not been started.");
            InternalJoin(-1);
        }

        public bool Join(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            if (_state == 0) throw new ThreadStateException("Thread has not been started.");
            return InternalJoin(millisecondsTimeout);
        }

        public bool Join(TimeSpan timeout) { return Join((int)timeout.TotalMilliseconds); }

        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            InternalSleep(millisecondsTimeout);
        }

        public static void Sleep(TimeSpan timeout) { Sleep((int)timeout.TotalMilliseconds); }

        public static bool Yield() { InternalYield(); return true; }

        public static void SpinWait(int iterations) { InternalYield(); }

        public static Thread CurrentThread { get { return InternalCurrentThread(); } }

        public int ManagedThreadId { get { return _id; } }

        public string Name
        {
            get { return _name; }
            set { _name = value; }   // .NET Core 3.0+ lets a thread be renamed
        }

        public bool IsBackground
        {
            get { return _isBackground; }
            set { _isBackground = value; if (_state == 1) InternalSetBackground(value); }
        }

        public bool IsAlive { get { return _state == 1 && InternalIsAlive(); } }

        public bool IsThreadPoolThread { get; internal set; }

        public ThreadPriority Priority { get; set; }

        public ThreadState ThreadState
        {
            get
            {
                if (_state == 0) return ThreadState.Unstarted;
                if (!IsAlive) return ThreadState.Stopped;
                return _isBackground ? ThreadState.Background : ThreadState.Running;
            }
        }

        public override int GetHashCode() { return _id; }
    }

    public static partial class Monitor
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalEnter(object obj);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool InternalTryEnter(object obj, int millisecondsTimeout);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalExit(object obj);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool InternalWait(object obj, int millisecondsTimeout);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalPulse(object obj, bool all);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool InternalIsEntered(object obj);

        public static void Enter(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            InternalEnter(obj);
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be false.", "lockTaken");
            Enter(obj);
            lockTaken = true;
        }

        public static bool TryEnter(object obj) { return TryEnter(obj, 0); }

        public static bool TryEnter(object obj, int millisecondsTimeout)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            return InternalTryEnter(obj, millisecondsTimeout);
        }

        public static bool TryEnter(object obj, TimeSpan timeout) { return TryEnter(obj, (int)timeout.TotalMilliseconds); }

        public static void TryEnter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be false.", "lockTaken");
            lockTaken = TryEnter(obj, 0);
        }

        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be false.", "lockTaken");
            lockTaken = TryEnter(obj, millisecondsTimeout);
        }

        public static void Exit(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            InternalExit(obj);
        }

        public static bool IsEntered(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return InternalIsEntered(obj);
        }

        public static bool Wait(object obj) { return Wait(obj, -1); }

        public static bool Wait(object obj, int millisecondsTimeout)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            return InternalWait(obj, millisecondsTimeout);
        }

        public static bool Wait(object obj, TimeSpan timeout) { return Wait(obj, (int)timeout.TotalMilliseconds); }

        public static void Pulse(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            InternalPulse(obj, false);
        }

        public static void PulseAll(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            InternalPulse(obj, true);
        }
    }
}
