// JS.cs — calls from .NET into the JavaScript host. Every call goes through
// one internal call (JS.Op, runtime/icalls/icall_interop.c), which marshals
// the arguments, calls the host's `cilantro_js_op` import and converts the
// answer to the type the caller asked for.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Cilantro.Interop
{
    public static class JS
    {
        // Operation codes shared with runtime/interop/interop.h and js/interop.mjs.
        internal const int OpCall = 1, OpGet = 2, OpSet = 3, OpInvoke = 4, OpGlobal = 5,
            OpRelease = 6, OpCreateCallback = 7, OpCallAsync = 8;

        // Status codes of Op: 0 ok, 1 the JS code threw (result: its message),
        // 2 a value could not be marshalled (result: why).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Op(int op, int handle, string name, object[] args, Type resultType, out object result);

        internal static object Call(int op, int handle, string name, object[] args, Type resultType)
        {
            object result;
            int status = Op(op, handle, name, args, resultType, out result);
            if (status == 0) return result;
            if (status == 1) throw new JSException((string)result);
            throw new InvalidCastException((string)result);
        }

        /// <summary>Calls a JS function the host registered (rt.registerFunction).</summary>
        public static object Invoke(string name, params object[] args)
        {
            return Call(OpCall, 0, name, args, typeof(object));
        }

        public static T Invoke<T>(string name, params object[] args)
        {
            return (T)Call(OpCall, 0, name, args, typeof(T));
        }

        /// <summary>Calls a registered JS function and awaits the Promise it returns
        /// (a plain value completes the task at once). Only the awaiting code waits.</summary>
        public static Task<T> InvokeAsync<T>(string name, params object[] args)
        {
            var tcs = new TaskCompletionSource<T>();
            int id = Pending.Add(new Completion<T>(tcs));
            object result;
            int status = Op(OpCallAsync, id, name, args, typeof(T), out result);
            if (status != 0)
            {
                Pending.Take(id);
                if (status == 1) tcs.SetException(new JSException((string)result));
                else tcs.SetException(new InvalidCastException((string)result));
            }
            return tcs.Task;
        }

        /// <summary>The JS global object; only when the host created the runtime with allowGlobals.</summary>
        public static JSObject Global
        {
            get { return (JSObject)Call(OpGlobal, 0, null, null, typeof(JSObject)); }
        }

        /// <summary>A JS function that runs handler (with its first argument) on a green thread
        /// each time JS calls it. It stays callable until the returned JSObject is disposed.</summary>
        public static JSObject CreateCallback(Action<JSObject> handler)
        {
            if (handler == null) throw new ArgumentNullException("handler");
            return MakeCallback(handler);
        }

        public static JSObject CreateCallback(Action handler)
        {
            if (handler == null) throw new ArgumentNullException("handler");
            return MakeCallback(handler);
        }

        static JSObject MakeCallback(Delegate handler)
        {
            int id = Callbacks.Add(handler);
            JSObject fn;
            try
            {
                fn = (JSObject)Call(OpCreateCallback, id, null, null, typeof(JSObject));
            }
            catch
            {
                Callbacks.Remove(id);
                throw;
            }
            fn._callback = id;
            return fn;
        }

        // ---- entry points the runtime starts green threads on ----

        // A JS callback was called (runtime/interop/interop_host.c).
        static void RunCallback(int id, JSObject arg)
        {
            Delegate d = Callbacks.Get(id);
            if (d == null) return;   // disposed meanwhile
            Action<JSObject> withArg = d as Action<JSObject>;
            if (withArg != null) withArg(arg);
            else ((Action)d)();
        }

        // A promise returned to InvokeAsync settled: status 0 fulfilled, 1 rejected, 2 not marshallable.
        static void Settle(int id, int status, object value)
        {
            CompletionBase c = Pending.Take(id);
            if (c != null) c.Complete(status, value);
        }

        // Awaits a Task an invocation returned; the runtime then reads its result.
        static void AwaitTask(Task task)
        {
            task.GetAwaiter().GetResult();
        }

        internal static void Release(int handle)
        {
            object ignored;
            Op(OpRelease, handle, null, null, null, out ignored);
        }
    }

    abstract class CompletionBase
    {
        public abstract void Complete(int status, object value);
    }

    sealed class Completion<T> : CompletionBase
    {
        readonly TaskCompletionSource<T> tcs;
        public Completion(TaskCompletionSource<T> tcs) { this.tcs = tcs; }
        public override void Complete(int status, object value)
        {
            if (status == 0) tcs.TrySetResult(value == null ? default(T) : (T)value);
            else if (status == 1) tcs.TrySetException(new JSException((string)value));
            else tcs.TrySetException(new InvalidCastException((string)value));
        }
    }

    // Green threads switch at calls and loops, so the tables are locked.
    static class Pending
    {
        static readonly Dictionary<int, CompletionBase> items = new Dictionary<int, CompletionBase>();
        static int next;
        public static int Add(CompletionBase c)
        {
            lock (items) { int id = ++next; items[id] = c; return id; }
        }
        public static CompletionBase Take(int id)
        {
            lock (items)
            {
                CompletionBase c;
                if (!items.TryGetValue(id, out c)) return null;
                items.Remove(id);
                return c;
            }
        }
    }

    static class Callbacks
    {
        static readonly Dictionary<int, Delegate> items = new Dictionary<int, Delegate>();
        static int next;
        public static int Add(Delegate d)
        {
            lock (items) { int id = ++next; items[id] = d; return id; }
        }
        public static Delegate Get(int id)
        {
            lock (items) { Delegate d; return items.TryGetValue(id, out d) ? d : null; }
        }
        public static void Remove(int id)
        {
            lock (items) { items.Remove(id); }
        }
        public static int Count { get { lock (items) { return items.Count; } } }
    }
}
