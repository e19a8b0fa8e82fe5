// Delegates. Layout contract: Delegate's three fields then MulticastDelegate's
// two, in this order. The runtime implements the delegate constructors and
// Invoke; everything below is plain C#. A delegate with _invocationList ==
// null is a single target; otherwise _invocationList[0.._invocationCount)
// holds single-target delegates.
using System.Reflection;

namespace System
{
    [Serializable]
    public abstract partial class Delegate : ICloneable
    {
        internal object _target;
        internal IntPtr _methodPtr;
        internal IntPtr _extra;

        public object Target { get { return _target; } }

        public MethodInfo Method
        {
            get
            {
                MulticastDelegate md = this as MulticastDelegate;
                if (md != null && md._invocationList != null) return md._invocationList[md._invocationCount - 1].Method;
                return new RuntimeMethodInfo(_methodPtr);
            }
        }

        public virtual object Clone() { return MemberwiseClone(); }

        public override bool Equals(object obj)
        {
            Delegate d = obj as Delegate;
            if (d == null || d.GetType() != GetType()) return false;
            return d._target == _target && d._methodPtr == _methodPtr && d._extra == _extra;
        }

        public override int GetHashCode() { return GetType().GetHashCode() ^ _methodPtr.GetHashCode(); }

        public virtual Delegate[] GetInvocationList() { return new Delegate[] { this }; }

        public static bool operator ==(Delegate d1, Delegate d2)
        {
            if ((object)d1 == null) return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(Delegate d1, Delegate d2) { return !(d1 == d2); }

        public object DynamicInvoke(params object[] args)
        {
            // through the delegate type's Invoke, so multicast lists and open/closed targets behave as a call would
            System.Reflection.MethodInfo invoke = GetType().GetMethod("Invoke");
            if (invoke == null) throw new MissingMethodException("Invoke");
            return invoke.Invoke(this, args);
        }

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if ((object)a == null) return b;
            if ((object)b == null) return a;
            if (a.GetType() != b.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            return ((MulticastDelegate)a).CombineImpl((MulticastDelegate)b);
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null) return null;
            Delegate d = null;
            for (int i = 0; i < delegates.Length; i++) d = Combine(d, delegates[i]);
            return d;
        }

        public static Delegate Remove(Delegate source, Delegate value)
        {
            if ((object)source == null) return null;
            if ((object)value == null) return source;
            if (source.GetType() != value.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            return ((MulticastDelegate)source).RemoveImpl((MulticastDelegate)value);
        }

        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate d;
            do
            {
                d = source;
                source = Remove(source, value);
            } while (source != d);
            return d;
        }
    }

    [Serializable]
    public abstract class MulticastDelegate : Delegate
    {
        internal Delegate[] _invocationList;
        internal int _invocationCount;

        private int Count { get { return _invocationList == null ? 1 : _invocationCount; } }
        private Delegate At(int i) { return _invocationList == null ? this : _invocationList[i]; }

        public sealed override Delegate[] GetInvocationList()
        {
            int n = Count;
            Delegate[] r = new Delegate[n];
            for (int i = 0; i < n; i++) r[i] = At(i);
            return r;
        }

        public sealed override bool Equals(object obj)
        {
            MulticastDelegate d = obj as MulticastDelegate;
            if (d == null || d.GetType() != GetType()) return false;
            int n = Count;
            if (d.Count != n) return false;
            if (_invocationList == null) return SingleEquals(this, d);
            for (int i = 0; i < n; i++)
                if (!SingleEquals(At(i), d.At(i))) return false;
            return true;
        }

        private static bool SingleEquals(Delegate a, Delegate b)
        {
            return a._target == b._target && a._methodPtr == b._methodPtr && a._extra == b._extra;
        }

        public sealed override int GetHashCode()
        {
            if (_invocationList == null) return base.GetHashCode();
            int h = 0;
            for (int i = 0; i < _invocationCount; i++) h = h * 33 + _invocationList[i].GetHashCode();
            return h;
        }

        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2)
        {
            if ((object)d1 == null) return (object)d2 == null;
            return d1.Equals(d2);
        }

        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) { return !(d1 == d2); }

        private MulticastDelegate NewMulti(Delegate[] list, int count)
        {
            if (count == 1) return (MulticastDelegate)list[0];
            MulticastDelegate r = (MulticastDelegate)MemberwiseClone();
            r._invocationList = list;
            r._invocationCount = count;
            // The runtime invokes through the list, but keep the last target in
            // the single-target fields so Target reports what .NET reports.
            r._target = list[count - 1]._target;
            r._methodPtr = list[count - 1]._methodPtr;
            r._extra = list[count - 1]._extra;
            return r;
        }

        internal MulticastDelegate CombineImpl(MulticastDelegate follow)
        {
            int n1 = Count, n2 = follow.Count;
            Delegate[] list = new Delegate[n1 + n2];
            for (int i = 0; i < n1; i++) list[i] = At(i);
            for (int i = 0; i < n2; i++) list[n1 + i] = follow.At(i);
            return NewMulti(list, n1 + n2);
        }

        internal Delegate RemoveImpl(MulticastDelegate value)
        {
            int n = Count, m = value.Count;
            // Remove the last occurrence of value's invocation list as a contiguous sub-list.
            for (int start = n - m; start >= 0; start--)
            {
                bool match = true;
                for (int j = 0; j < m; j++)
                    if (!SingleEquals(At(start + j), value.At(j))) { match = false; break; }
                if (!match) continue;
                int left = n - m;
                if (left == 0) return null;
                Delegate[] list = new Delegate[left];
                int k = 0;
                for (int i = 0; i < n; i++)
                    if (i < start || i >= start + m) list[k++] = At(i);
                return NewMulti(list, left);
            }
            return this;
        }
    }

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate bool Predicate<in T>(T obj);
    public delegate int Comparison<in T>(T x, T y);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);
    public delegate void AsyncCallback(IAsyncResult ar);

    [Serializable]
    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();
        public EventArgs() { }
    }
}
