// Threading basics for a runtime whose managed threads are green threads
// scheduled cooperatively (docs/threading.md). Interlocked operations are plain
// C#: a thread switch only happens at the interpreter's safepoints (calls and
// backward branches), never inside these straight-line bodies.
namespace System.Threading
{
    public static class Interlocked
    {
        public static int Increment(ref int location) { return ++location; }
        public static long Increment(ref long location) { return ++location; }
        public static uint Increment(ref uint location) { return ++location; }
        public static ulong Increment(ref ulong location) { return ++location; }
        public static int Decrement(ref int location) { return --location; }
        public static long Decrement(ref long location) { return --location; }
        public static uint Decrement(ref uint location) { return --location; }
        public static ulong Decrement(ref ulong location) { return --location; }
        public static int Add(ref int location1, int value) { location1 += value; return location1; }
        public static long Add(ref long location1, long value) { location1 += value; return location1; }
        public static uint Add(ref uint location1, uint value) { location1 += value; return location1; }
        public static ulong Add(ref ulong location1, ulong value) { location1 += value; return location1; }
        public static int And(ref int location1, int value) { int o = location1; location1 = o & value; return o; }
        public static long And(ref long location1, long value) { long o = location1; location1 = o & value; return o; }
        public static int Or(ref int location1, int value) { int o = location1; location1 = o | value; return o; }
        public static long Or(ref long location1, long value) { long o = location1; location1 = o | value; return o; }
        public static uint And(ref uint location1, uint value) { uint o = location1; location1 = o & value; return o; }
        public static ulong And(ref ulong location1, ulong value) { ulong o = location1; location1 = o & value; return o; }
        public static uint Or(ref uint location1, uint value) { uint o = location1; location1 = o | value; return o; }
        public static ulong Or(ref ulong location1, ulong value) { ulong o = location1; location1 = o | value; return o; }
        public static int Exchange(ref int location1, int value) { int o = location1; location1 = value; return o; }
        public static long Exchange(ref long location1, long value) { long o = location1; location1 = value; return o; }
        public static uint Exchange(ref uint location1, uint value) { uint o = location1; location1 = value; return o; }
        public static ulong Exchange(ref ulong location1, ulong value) { ulong o = location1; location1 = value; return o; }
        public static double Exchange(ref double location1, double value) { double o = location1; location1 = value; return o; }
        public static float Exchange(ref float location1, float value) { float o = location1; location1 = value; return o; }
        public static object Exchange(ref object location1, object value) { object o = location1; location1 = value; return o; }
        public static IntPtr Exchange(ref IntPtr location1, IntPtr value) { IntPtr o = location1; location1 = value; return o; }
        public static T Exchange<T>(ref T location1, T value) where T : class { T o = location1; location1 = value; return o; }
        public static int CompareExchange(ref int location1, int value, int comparand) { int o = location1; if (o == comparand) location1 = value; return o; }
        public static long CompareExchange(ref long location1, long value, long comparand) { long o = location1; if (o == comparand) location1 = value; return o; }
        public static uint CompareExchange(ref uint location1, uint value, uint comparand) { uint o = location1; if (o == comparand) location1 = value; return o; }
        public static ulong CompareExchange(ref ulong location1, ulong value, ulong comparand) { ulong o = location1; if (o == comparand) location1 = value; return o; }
        public static double CompareExchange(ref double location1, double value, double comparand) { double o = location1; if (o == comparand) location1 = value; return o; }
        public static float CompareExchange(ref float location1, float value, float comparand) { float o = location1; if (o == comparand) location1 = value; return o; }
        public static object CompareExchange(ref object location1, object value, object comparand) { object o = location1; if (o == comparand) location1 = value; return o; }
        public static IntPtr CompareExchange(ref IntPtr location1, IntPtr value, IntPtr comparand) { IntPtr o = location1; if (o == comparand) location1 = value; return o; }
        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class { T o = location1; if ((object)o == (object)comparand) location1 = value; return o; }
        public static long Read(ref long location) { return location; }
        public static ulong Read(ref ulong location) { return location; }
        public static void MemoryBarrier() { }
        public static void MemoryBarrierProcessWide() { }
    }

    // One host thread: every access is already sequentially consistent.
    public static class Volatile
    {
        public static bool Read(ref bool location) { return location; }
        public static byte Read(ref byte location) { return location; }
        public static sbyte Read(ref sbyte location) { return location; }
        public static short Read(ref short location) { return location; }
        public static ushort Read(ref ushort location) { return location; }
        public static int Read(ref int location) { return location; }
        public static uint Read(ref uint location) { return location; }
        public static long Read(ref long location) { return location; }
        public static ulong Read(ref ulong location) { return location; }
        public static float Read(ref float location) { return location; }
        public static double Read(ref double location) { return location; }
        public static IntPtr Read(ref IntPtr location) { return location; }
        public static UIntPtr Read(ref UIntPtr location) { return location; }
        public static T Read<T>(ref T location) where T : class { return location; }
        public static void Write(ref bool location, bool value) { location = value; }
        public static void Write(ref byte location, byte value) { location = value; }
        public static void Write(ref sbyte location, sbyte value) { location = value; }
        public static void Write(ref short location, short value) { location = value; }
        public static void Write(ref ushort location, ushort value) { location = value; }
        public static void Write(ref int location, int value) { location = value; }
        public static void Write(ref uint location, uint value) { location = value; }
        public static void Write(ref long location, long value) { location = value; }
        public static void Write(ref ulong location, ulong value) { location = value; }
        public static void Write(ref float location, float value) { location = value; }
        public static void Write(ref double location, double value) { location = value; }
        public static void Write(ref IntPtr location, IntPtr value) { location = value; }
        public static void Write(ref UIntPtr location, UIntPtr value) { location = value; }
        public static void Write<T>(ref T location, T value) where T : class { location = value; }
    }

    // Deadlines for the timed waits built on Monitor.Wait.
    internal static class WaitTime
    {
        internal static long Deadline(int millisecondsTimeout)
        {
            return millisecondsTimeout < 0 ? -1 : Environment.TickCount64 + millisecondsTimeout;
        }

        // -1: infinite; 0: expired; otherwise milliseconds left.
        internal static int Remaining(long deadline)
        {
            if (deadline < 0) return -1;
            long left = deadline - Environment.TickCount64;
            if (left <= 0) return 0;
            return left > int.MaxValue ? int.MaxValue : (int)left;
        }

        internal static int ToMilliseconds(TimeSpan timeout, string paramName)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException(paramName);
            return (int)ms;
        }

        internal static void Check(int millisecondsTimeout, string paramName)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(paramName);
        }
    }

    public class SemaphoreFullException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected SemaphoreFullException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public SemaphoreFullException() : base("Adding the specified count to the semaphore would cause it to exceed its maximum count.") { }
        public SemaphoreFullException(string message) : base(message) { }
        public SemaphoreFullException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class AbandonedMutexException : SystemException
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected AbandonedMutexException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public AbandonedMutexException() : base("The wait completed due to an abandoned mutex.") { HResult = unchecked((int)0x8013152D); }
        public AbandonedMutexException(string message) : base(message) { HResult = unchecked((int)0x8013152D); }
        public AbandonedMutexException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x8013152D); }
        public AbandonedMutexException(int location, WaitHandle handle) : this() { SetupMutex(location, handle); }
        public AbandonedMutexException(string message, int location, WaitHandle handle) : this(message) { SetupMutex(location, handle); }
        public AbandonedMutexException(string message, Exception inner, int location, WaitHandle handle) : this(message, inner) { SetupMutex(location, handle); }

        private int _mutexIndex = -1;
        private Mutex _mutex;
        private void SetupMutex(int location, WaitHandle handle) { _mutexIndex = location; _mutex = handle as Mutex; }
        public Mutex Mutex { get { return _mutex; } }
        public int MutexIndex { get { return _mutexIndex; } }
    }

    public class LockRecursionException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected LockRecursionException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public LockRecursionException() : base("Recursive lock acquisitions are not allowed.") { }
        public LockRecursionException(string message) : base(message) { }
    }

    public class BarrierPostPhaseException : Exception
    {
        [Obsolete("Formatter-based serialization is obsolete and should not be used.")]
        protected BarrierPostPhaseException(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) : base(info, context) { }
        public BarrierPostPhaseException() : base("The postPhaseAction failed with an exception.") { }
        public BarrierPostPhaseException(Exception innerException) : base("The postPhaseAction failed with an exception.", innerException) { }
        public BarrierPostPhaseException(string message) : base(message) { }
        public BarrierPostPhaseException(string message, Exception innerException) : base(message, innerException) { }
    }
}
