// JSBridge.cs — the corlib's door to the JS host for System.Runtime.InteropServices.JavaScript:
// operations on js/dotnet-interop.mjs (through the same host import as
// Cilantro.Interop, runtime/icalls/icall_interop.c), the table of .NET code JS
// may call (JSExport wrappers, delegates handed to JS, promise continuations),
// and the Task <-> Promise plumbing.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.InteropServices.JavaScript
{
    internal static unsafe class JSBridge
    {
        // Operations, shared with js/interop.mjs (2..6) and js/dotnet-interop.mjs (30..).
        internal const int OpGet = 2, OpSet = 3, OpGlobal = 5, OpRelease = 6,
            OpBind = 30, OpInvoke = 31, OpImport = 32, OpSettle = 33, OpAwait = 34, OpCallFunction = 35,
            OpHas = 36, OpTypeOf = 37, OpDotnet = 38;

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool Op(int op, int handle, string name, byte[] args, int argsLength, out byte[] answer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool Hold(int id, bool on);

        // A .NET function JS can call: args[0] the exception out, args[1] the result, args[2..] the arguments.
        internal delegate void Entry(JSMarshalerArgument* args);

        // id -> the entry and how many arguments it reads (fewer from JS are undefined)
        static readonly Dictionary<int, (Entry Run, int Args)> entries = new Dictionary<int, (Entry, int)>();
        static int nextEntry, nextPromise, nextError;

        // .NET exceptions handed to JS, so that one coming back is the same exception (weakly: JS may keep it forever).
        static readonly Dictionary<int, WeakReference<Exception>> errors = new Dictionary<int, WeakReference<Exception>>();

        // Calls JS; the answer as a wire value. what: the caller, for messages.
        internal static object Call(int op, int handle, string name, object[] args, string what)
        {
            int len;
            byte[] bytes = JSWire.Encode(args ?? Array.Empty<object>(), out len);
            byte[] answer;
            if (!Op(op, handle, name, bytes, len, out answer))
                throw new PlatformNotSupportedException(what + ": System.Runtime.InteropServices.JavaScript needs a JS host (Cilantro's wasm build in Node or a browser)");
            if (answer == null) return null;
            int pos = 8;
            object v = JSWire.Read(answer, ref pos);
            int status = answer[0];
            if (status == 0) return v;
            if (status == 1) throw ToException(v);
            throw new JSException(what + ": " + v);
        }

        internal static int AddEntry(Entry e, int args)
        {
            lock (entries)
            {
                do { nextEntry = nextEntry == int.MaxValue ? 1 : nextEntry + 1; } while (entries.ContainsKey(nextEntry));
                entries[nextEntry] = (e, args);
                return nextEntry;
            }
        }

        internal static void RemoveEntry(int id) { lock (entries) entries.Remove(id); }

        // JS -> .NET: runs entry id on the wire arguments; answers [threw, result or error].
        internal static byte[] Invoke(int id, byte[] args)
        {
            (Entry Run, int Args) e;
            lock (entries) entries.TryGetValue(id, out e);
            object[] values;
            try
            {
                int pos = 0;
                values = (object[])JSWire.Read(args, ref pos);
                if (e.Run == null) throw new InvalidOperationException("JS called .NET function #" + id + ", which was released (its delegate or export is gone)");
            }
            catch (Exception ex)
            {
                return Answer(true, ErrorOf(ex));
            }
            JSMarshalerArgument[] buf = new JSMarshalerArgument[Math.Max(values.Length, e.Args) + 2];
            for (int i = 0; i < values.Length; i++) buf[i + 2]._v = values[i];
            try
            {
                fixed (JSMarshalerArgument* p = buf) e.Run(p);
            }
            catch (Exception ex)
            {
                buf[0]._v = ErrorOf(ex);
            }
            return buf[0]._v != null ? Answer(true, buf[0]._v) : Answer(false, buf[1]._v);
        }

        static byte[] Answer(bool threw, object value)
        {
            int len;
            byte[] data = JSWire.Encode(new object[] { threw, value }, out len);
            if (data.Length != len) Array.Resize(ref data, len);
            return data;
        }

        // An Error for JS: [type, message, full text, id].
        internal static object ErrorOf(Exception e)
        {
            JSException js = e as JSException;
            if (js != null && js._jsError != null && !js._jsError.IsDisposed) return js._jsError;
            int id;
            lock (errors)
            {
                if (errors.Count >= 256)
                {
                    List<int> dead = new List<int>();
                    foreach (KeyValuePair<int, WeakReference<Exception>> kv in errors)
                        if (!kv.Value.TryGetTarget(out _)) dead.Add(kv.Key);
                    foreach (int d in dead) errors.Remove(d);
                }
                id = ++nextError;
                errors[id] = new WeakReference<Exception>(e);
            }
            return new JSSpecial(JSWire.Error, 0, null, new object[] { e.GetType().FullName, e.Message, e.ToString(), (double)id });
        }

        // A JS rejection reason or thrown value as a .NET exception.
        internal static Exception ToException(object reason)
        {
            JSSpecial back = reason as JSSpecial;
            if (back != null && back.Tag == JSWire.ErrorRef)
            {
                WeakReference<Exception> w;
                Exception original;
                lock (errors)
                    if (errors.TryGetValue((int)back.Number, out w) && w.TryGetTarget(out original)) return original;
                return new JSException("a .NET exception that went to JS and is no longer alive");
            }
            JSObject o = reason as JSObject;
            if (o == null) return new JSException(reason as string ?? JSWire.Describe(reason));
            string message = Call(OpGet, o.LiveHandle(), "message", null, "JS error") as string;
            return new JSException(message ?? "a JS value was thrown", o);
        }

        // Awaits a JS promise (or thenable); settled runs on a green thread with (fulfilled, value).
        internal static void Await(JSObject promise, Action<bool, object> settled, string what)
        {
            int id = 0;
            id = AddEntry(args =>
            {
                RemoveEntry(id);
                Hold(-id, false);
                settled(args[2]._v is bool ok && ok, args[3]._v);
            }, 2);
            if (!Hold(-id, true)) { RemoveEntry(id); throw new OutOfMemoryException(); }
            try
            {
                Call(OpAwait, promise.LiveHandle(), null, new object[] { (double)id }, what);
            }
            catch
            {
                RemoveEntry(id);
                Hold(-id, false);
                throw;
            }
        }

        internal static Task<T> AwaitAs<T>(object wire, Func<object, T> convert, string what)
        {
            TaskCompletionSource<T> tcs = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            JSObject promise = wire as JSObject;
            if (promise == null)
            {
                // a plain value stands for a settled promise
                try { tcs.SetResult(convert(wire)); } catch (Exception e) { tcs.SetException(e); }
                return tcs.Task;
            }
            Await(promise, (ok, v) =>
            {
                if (!ok) { tcs.TrySetException(ToException(v)); return; }
                try { tcs.TrySetResult(convert(v)); } catch (Exception e) { tcs.TrySetException(e); }
            }, what);
            promise.Dispose();
            return tcs.Task;
        }

        // A Task as a JS promise; result turns the finished task's result into a wire value.
        internal static object PromiseOf(Task task, Func<Task, object> result)
        {
            if (task.IsCompleted) return Settled(task, result);
            int id = Interlocked.Increment(ref nextPromise);
            task.ContinueWith(t =>
            {
                try { Call(OpSettle, id, null, new object[] { Settled(t, result) }, "Task -> Promise"); }
                catch (Exception) { /* the runtime is going away; nobody is left to tell */ }
            }, TaskContinuationOptions.ExecuteSynchronously);
            return new JSSpecial(JSWire.Promise, id);
        }

        static JSSpecial Settled(Task t, Func<Task, object> result)
        {
            if (t.IsFaulted) return new JSSpecial(JSWire.Rejected, 0, null, ErrorOf(t.Exception.InnerException));
            if (t.IsCanceled) return new JSSpecial(JSWire.Rejected, 0, null, ErrorOf(new TaskCanceledException(t)));
            try { return new JSSpecial(JSWire.Resolved, 0, null, result == null ? null : result(t)); }
            catch (Exception e) { return new JSSpecial(JSWire.Rejected, 0, null, ErrorOf(e)); }
        }
    }
}
