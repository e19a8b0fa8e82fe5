// Threading basics for a runtime whose managed threads are green threads
// scheduled cooperatively (DESIGN rule 5). Interlocked operations are plain
// C#: a thread switch only happens at the interpreter's safepoints (calls and
// backward branches), never inside these straight-line bodies.
namespace System.Threading
{
    public static class Interlocked
    {
        public static int Increment(ref int location) { return ++location; }
        public static long Increment(ref long location) { return ++location; }
        public static int Decrement(ref int location) { return --location; }
        public static long Decrement(ref long location) { return --location; }
        public static int Add(ref int location1, int value) { location1 += value; return location1; }
        public static long Add(ref long location1, long value) { location1 += value; return location1; }
        public static int Exchange(ref int location1, int value) { int o = location1; location1 = value; return o; }
        public static long Exchange(ref long location1, long value) { long o = location1; location1 = value; return o; }
        public static double Exchange(ref double location1, double value) { double o = location1; location1 = value; return o; }
        public static float Exchange(ref float location1, float value) { float o = location1; location1 = value; return o; }
        public static object Exchange(ref object location1, object value) { object o = location1; location1 = value; return o; }
        public static IntPtr Exchange(ref IntPtr location1, IntPtr value) { IntPtr o = location1; location1 = value; return o; }
        public static T Exchange<T>(ref T location1, T value) where T : class { T o = location1; location1 = value; return o; }
        public static int CompareExchange(ref int location1, int value, int comparand) { int o = location1; if (o == comparand) location1 = value; return o; }
        public static long CompareExchange(ref long location1, long value, long comparand) { long o = location1; if (o == comparand) location1 = value; return o; }
        public static double CompareExchange(ref double location1, double value, double comparand) { double o = location1; if (o == comparand) location1 = value; return o; }
        public static float CompareExchange(ref float location1, float value, float comparand) { float o = location1; if (o == comparand) location1 = value; return o; }
        public static object CompareExchange(ref object location1, object value, object comparand) { object o = location1; if (o == comparand) location1 = value; return o; }
        public static IntPtr CompareExchange(ref IntPtr location1, IntPtr value, IntPtr comparand) { IntPtr o = location1; if (o == comparand) location1 = value; return o; }
        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class { T o = location1; if ((object)o == (object)comparand) location1 = value; return o; }
        public static long Read(ref long location) { return location; }
        public static void MemoryBarrier() { }
    }

    public static class Volatile
    {
        public static int Read(ref int location) { return location; }
        public static long Read(ref long location) { return location; }
        public static bool Read(ref bool location) { return location; }
        public static T Read<T>(ref T location) where T : class { return location; }
        public static void Write(ref int location, int value) { location = value; }
        public static void Write(ref long location, long value) { location = value; }
        public static void Write(ref bool location, bool value) { location = value; }
        public static void Write<T>(ref T location, T value) where T : class { location = value; }
    }

    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;
        protected WaitHandle() { }
        public virtual bool WaitOne() { return WaitOne(-1); }
        public abstract bool WaitOne(int millisecondsTimeout);
        public virtual void Close() { Dispose(true); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool explicitDisposing) { }
    }

    public struct CancellationToken
    {
        private CancellationTokenSource _source;

        internal CancellationToken(CancellationTokenSource source) { _source = source; }
        public CancellationToken(bool canceled) { _source = canceled ? CancellationTokenSource.CanceledSource : null; }

        public static CancellationToken None { get { return new CancellationToken(); } }
        public bool IsCancellationRequested { get { return _source != null && _source.IsCancellationRequested; } }
        public bool CanBeCanceled { get { return _source != null; } }

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

    public class CancellationTokenSource : IDisposable
    {
        internal static readonly CancellationTokenSource CanceledSource = MakeCanceled();
        private bool _canceled;

        private static CancellationTokenSource MakeCanceled() { CancellationTokenSource s = new CancellationTokenSource(); s._canceled = true; return s; }

        public CancellationTokenSource() { }
        public bool IsCancellationRequested { get { return _canceled; } }
        public CancellationToken Token { get { return new CancellationToken(this); } }
        public void Cancel() { _canceled = true; }
        public void Cancel(bool throwOnFirstException) { _canceled = true; }
        public void Dispose() { }
    }
}
