// ExecutionContext: the AsyncLocal values of a logical flow of control. It is
// immutable; each green thread points at its current one (Thread._ec, null
// for the empty default, so code that never sets an AsyncLocal pays one null
// test per flow point). Flow points capture it (Thread.Start, Task creation,
// ThreadPool.QueueUserWorkItem, Timer creation, each await in the async
// method builders) and run their callback under it with RunInternal, which
// restores the thread's previous context afterwards.
using System.Runtime.Serialization;

namespace System.Threading
{
    internal interface IAsyncLocal
    {
        void OnValueChanged(object previousValue, object currentValue, bool contextChanged);
    }

    public sealed class ExecutionContext : IDisposable, ISerializable
    {
        internal static readonly ExecutionContext Default = new ExecutionContext(new IAsyncLocal[0], new object[0], new IAsyncLocal[0], false);

        private readonly IAsyncLocal[] _keys;
        private readonly object[] _values;
        private readonly IAsyncLocal[] _notify;   // locals with a value-changed handler that were set in this flow
        private readonly bool _suppressed;

        private ExecutionContext(IAsyncLocal[] keys, object[] values, IAsyncLocal[] notify, bool suppressed)
        {
            _keys = keys; _values = values; _notify = notify; _suppressed = suppressed;
        }

        private bool IsEmpty { get { return _keys.Length == 0 && _notify.Length == 0; } }

        // ---- public API ----
        public static ExecutionContext Capture()
        {
            ExecutionContext ec = Thread.CurrentThread._ec;
            if (ec == null) return Default;
            return ec._suppressed ? null : ec;
        }

        public static void Run(ExecutionContext executionContext, ContextCallback callback, object state)
        {
            if (executionContext == null) throw new InvalidOperationException("Cannot call Set on a null context");
            RunInternal(executionContext == Default ? null : executionContext, callback, state);
        }

        public static void Restore(ExecutionContext executionContext)
        {
            if (executionContext == null) throw new InvalidOperationException("Cannot call Set on a null context");
            Thread t = Thread.CurrentThread;
            Switch(t, t._ec, executionContext == Default ? null : executionContext);
        }

        public static AsyncFlowControl SuppressFlow()
        {
            Thread t = Thread.CurrentThread;
            ExecutionContext ec = t._ec ?? Default;
            // .NET 10 lets a suppressed flow be suppressed again
            if (!ec._suppressed) t._ec = new ExecutionContext(ec._keys, ec._values, ec._notify, true);
            return new AsyncFlowControl(t);
        }

        public static void RestoreFlow()
        {
            Thread t = Thread.CurrentThread;
            ExecutionContext ec = t._ec;
            if (ec == null || !ec._suppressed) throw new InvalidOperationException("Cannot restore context flow when it is not suppressed.");
            ExecutionContext restored = new ExecutionContext(ec._keys, ec._values, ec._notify, false);
            t._ec = restored.IsEmpty ? null : restored;
        }

        public static bool IsFlowSuppressed()
        {
            ExecutionContext ec = Thread.CurrentThread._ec;
            return ec != null && ec._suppressed;
        }

        public ExecutionContext CreateCopy() { return this; }
        public void Dispose() { }

        public void GetObjectData(SerializationInfo info, StreamingContext context)
        {
            throw new PlatformNotSupportedException("ExecutionContext serialization is not supported.");
        }

        // ---- flow points ----
        // What a flow point keeps: null for the default context or a suppressed flow.
        internal static ExecutionContext CaptureForFlow()
        {
            ExecutionContext ec = Thread.CurrentThread._ec;
            return ec == null || ec._suppressed ? null : ec;
        }

        internal static void RunInternal(ExecutionContext ec, ContextCallback callback, object state)
        {
            Thread t = Thread.CurrentThread;
            ExecutionContext prev = t._ec;
            if (prev == null && ec == null) { callback(state); return; }
            SynchronizationContext sc = t._syncContext;
            Switch(t, prev, ec);
            try { callback(state); }
            finally
            {
                Switch(t, t._ec, prev);
                t._syncContext = sc;
            }
        }

        // Back to the default context (a pool worker between work items).
        internal static void ResetThread(Thread t)
        {
            if (t._ec != null) Switch(t, t._ec, null);
        }

        internal static void Switch(Thread t, ExecutionContext from, ExecutionContext to)
        {
            if (from == to) return;
            t._ec = to;
            if (from != null) Notify(from._notify, from, to);
            if (to != null) Notify(to._notify, from, to, from);
        }

        // Tells each local of `list` (once: those also in `skip` were told already) that the switch changed its value.
        private static void Notify(IAsyncLocal[] list, ExecutionContext from, ExecutionContext to, ExecutionContext skip = null)
        {
            for (int i = 0; i < list.Length; i++)
            {
                IAsyncLocal local = list[i];
                if (skip != null && Array.IndexOf(skip._notify, local) >= 0) continue;
                object before = from == null ? null : from.Get(local);
                object after = to == null ? null : to.Get(local);
                if (before != after) local.OnValueChanged(before, after, true);
            }
        }

        // ---- values ----
        private object Get(IAsyncLocal local)
        {
            int i = Array.IndexOf(_keys, local);
            return i < 0 ? null : _values[i];
        }

        internal static object GetLocalValue(IAsyncLocal local)
        {
            ExecutionContext ec = Thread.CurrentThread._ec;
            return ec == null ? null : ec.Get(local);
        }

        internal static void SetLocalValue(IAsyncLocal local, object value, bool notifies)
        {
            Thread t = Thread.CurrentThread;
            ExecutionContext ec = t._ec ?? Default;
            int i = Array.IndexOf(ec._keys, local);
            object previous = i < 0 ? null : ec._values[i];
            if (previous == value) return;
            IAsyncLocal[] keys = ec._keys;
            object[] values = ec._values;
            if (value == null && !notifies)
            {
                if (i >= 0)
                {
                    keys = new IAsyncLocal[ec._keys.Length - 1];
                    values = new object[keys.Length];
                    for (int j = 0, k = 0; j < ec._keys.Length; j++)
                    {
                        if (j == i) continue;
                        keys[k] = ec._keys[j]; values[k] = ec._values[j]; k++;
                    }
                }
            }
            else if (i >= 0)
            {
                values = (object[])ec._values.Clone();
                values[i] = value;
            }
            else
            {
                keys = new IAsyncLocal[ec._keys.Length + 1];
                values = new object[keys.Length];
                Array.Copy(ec._keys, keys, ec._keys.Length);
                Array.Copy(ec._values, values, ec._values.Length);
                keys[keys.Length - 1] = local;
                values[values.Length - 1] = value;
            }
            IAsyncLocal[] notify = ec._notify;
            if (notifies && Array.IndexOf(notify, local) < 0)
            {
                notify = new IAsyncLocal[ec._notify.Length + 1];
                Array.Copy(ec._notify, notify, ec._notify.Length);
                notify[notify.Length - 1] = local;
            }
            ExecutionContext next = new ExecutionContext(keys, values, notify, ec._suppressed);
            t._ec = next.IsEmpty && !next._suppressed ? null : next;
            if (notifies) local.OnValueChanged(previous, value, false);
        }
    }

    public delegate void ContextCallback(object state);

    public struct AsyncFlowControl : IEquatable<AsyncFlowControl>, IDisposable
    {
        private Thread _thread;

        internal AsyncFlowControl(Thread thread) { _thread = thread; }

        public void Undo()
        {
            if (_thread == null) throw new InvalidOperationException("AsyncFlowControl object can be used only once to call Undo().");
            if (Thread.CurrentThread != _thread) throw new InvalidOperationException("AsyncFlowControl object must be used on the thread where it was created.");
            if (!ExecutionContext.IsFlowSuppressed()) throw new InvalidOperationException("AsyncFlowControl objects can be used to restore flow only on a Context that had its flow suppressed.");
            _thread = null;
            ExecutionContext.RestoreFlow();
        }

        public void Dispose() { Undo(); }

        public override bool Equals(object obj) { return obj is AsyncFlowControl && Equals((AsyncFlowControl)obj); }
        public bool Equals(AsyncFlowControl obj) { return _thread == obj._thread; }
        public override int GetHashCode() { return _thread == null ? 0 : _thread.GetHashCode(); }
        public static bool operator ==(AsyncFlowControl a, AsyncFlowControl b) { return a.Equals(b); }
        public static bool operator !=(AsyncFlowControl a, AsyncFlowControl b) { return !a.Equals(b); }
    }

    public sealed class AsyncLocal<T> : IAsyncLocal
    {
        private readonly Action<AsyncLocalValueChangedArgs<T>> _handler;

        public AsyncLocal() { }
        public AsyncLocal(Action<AsyncLocalValueChangedArgs<T>> valueChangedHandler) { _handler = valueChangedHandler; }

        public T Value
        {
            get
            {
                object v = ExecutionContext.GetLocalValue(this);
                return v == null ? default(T) : (T)v;
            }
            set { ExecutionContext.SetLocalValue(this, value, _handler != null); }
        }

        void IAsyncLocal.OnValueChanged(object previousValue, object currentValue, bool contextChanged)
        {
            T before = previousValue == null ? default(T) : (T)previousValue;
            T after = currentValue == null ? default(T) : (T)currentValue;
            _handler(new AsyncLocalValueChangedArgs<T>(before, after, contextChanged));
        }
    }

    public readonly struct AsyncLocalValueChangedArgs<T>
    {
        internal AsyncLocalValueChangedArgs(T previousValue, T currentValue, bool contextChanged)
        {
            PreviousValue = previousValue;
            CurrentValue = currentValue;
            ThreadContextChanged = contextChanged;
        }

        public T PreviousValue { get; }
        public T CurrentValue { get; }
        public bool ThreadContextChanged { get; }
    }
}
