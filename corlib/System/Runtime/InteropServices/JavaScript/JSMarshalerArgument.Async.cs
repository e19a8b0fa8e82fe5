// JSMarshalerArgument.Async.cs — tasks and delegates. A Task goes to JS as a
// Promise that JSBridge settles when the task ends; a JS promise comes back
// as a Task completed on a green thread. A .NET delegate goes to JS as a
// function that calls a JSBridge entry; a JS function comes to .NET as a
// delegate that calls it (op CallFunction).
using System.Threading.Tasks;

namespace System.Runtime.InteropServices.JavaScript
{
    public unsafe partial struct JSMarshalerArgument
    {
        public delegate void ArgumentToManagedCallback<T>(ref JSMarshalerArgument arg, out T value);
        public delegate void ArgumentToJSCallback<T>(ref JSMarshalerArgument arg, T value);

        // ---- Task <-> Promise ----
        public void ToJS(Task value) { _v = value == null ? null : JSBridge.PromiseOf(value, null); }

        public void ToJS<T>(Task<T> value, ArgumentToJSCallback<T> marshaler)
        {
            if (value == null) { _v = null; return; }
            _v = JSBridge.PromiseOf(value, t => ToWire(marshaler, ((Task<T>)t).Result));
        }

        public void ToManaged(out Task value)
        {
            value = _v == null ? null : JSBridge.AwaitAs<object>(_v, v => null, _what ?? "a JS promise");
        }

        public void ToManaged<T>(out Task<T> value, ArgumentToManagedCallback<T> marshaler)
        {
            value = _v == null ? null : JSBridge.AwaitAs(_v, v => FromWire(marshaler, v), _what ?? "a JS promise");
        }

        static object ToWire<T>(ArgumentToJSCallback<T> marshaler, T value)
        {
            JSMarshalerArgument a = default;
            marshaler(ref a, value);
            return a._v;
        }

        static T FromWire<T>(ArgumentToManagedCallback<T> marshaler, object wire)
        {
            JSMarshalerArgument a = default;
            a._v = wire;
            T value;
            marshaler(ref a, out value);
            return value;
        }

        // ---- .NET delegates -> JS functions ----
        void Function(Delegate d, JSBridge.Entry entry, int args)
        {
            _v = d == null ? null : new JSSpecial(JSWire.Function, JSBridge.AddEntry(entry, args));
        }

        public void ToJS(Action value) { Function(value, a => value(), 0); }

        public void ToJS<T>(Action<T> value, ArgumentToManagedCallback<T> arg1Marshaler)
        {
            Function(value, a => value(FromWire(arg1Marshaler, a[2]._v)), 1);
        }

        public void ToJS<T1, T2>(Action<T1, T2> value, ArgumentToManagedCallback<T1> arg1Marshaler, ArgumentToManagedCallback<T2> arg2Marshaler)
        {
            Function(value, a => value(FromWire(arg1Marshaler, a[2]._v), FromWire(arg2Marshaler, a[3]._v)), 2);
        }

        public void ToJS<T1, T2, T3>(Action<T1, T2, T3> value, ArgumentToManagedCallback<T1> arg1Marshaler, ArgumentToManagedCallback<T2> arg2Marshaler, ArgumentToManagedCallback<T3> arg3Marshaler)
        {
            Function(value, a => value(FromWire(arg1Marshaler, a[2]._v), FromWire(arg2Marshaler, a[3]._v), FromWire(arg3Marshaler, a[4]._v)), 3);
        }

        public void ToJS<TResult>(Func<TResult> value, ArgumentToJSCallback<TResult> resMarshaler)
        {
            Function(value, a => a[1]._v = ToWire(resMarshaler, value()), 0);
        }

        public void ToJS<T, TResult>(Func<T, TResult> value, ArgumentToManagedCallback<T> arg1Marshaler, ArgumentToJSCallback<TResult> resMarshaler)
        {
            Function(value, a => a[1]._v = ToWire(resMarshaler, value(FromWire(arg1Marshaler, a[2]._v))), 1);
        }

        public void ToJS<T1, T2, TResult>(Func<T1, T2, TResult> value, ArgumentToManagedCallback<T1> arg1Marshaler, ArgumentToManagedCallback<T2> arg2Marshaler, ArgumentToJSCallback<TResult> resMarshaler)
        {
            Function(value, a => a[1]._v = ToWire(resMarshaler, value(FromWire(arg1Marshaler, a[2]._v), FromWire(arg2Marshaler, a[3]._v))), 2);
        }

        public void ToJS<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> value, ArgumentToManagedCallback<T1> arg1Marshaler, ArgumentToManagedCallback<T2> arg2Marshaler, ArgumentToManagedCallback<T3> arg3Marshaler, ArgumentToJSCallback<TResult> resMarshaler)
        {
            Function(value, a => a[1]._v = ToWire(resMarshaler, value(FromWire(arg1Marshaler, a[2]._v), FromWire(arg2Marshaler, a[3]._v), FromWire(arg3Marshaler, a[4]._v))), 3);
        }

        // ---- JS functions -> .NET delegates ----
        JSObject Fn(string target)
        {
            if (_v == null) return null;
            JSObject fn = _v as JSObject;
            if (fn == null) throw Bad(target);
            return fn;
        }

        static object CallJS(JSObject fn, params object[] args)
        {
            return JSBridge.Call(JSBridge.OpCallFunction, fn.LiveHandle(), null, args, "a JS function called from .NET");
        }

        public void ToManaged(out Action value)
        {
            JSObject fn = Fn("Action");
            value = fn == null ? null : (Action)(() => CallJS(fn));
        }

        public void ToManaged<T>(out Action<T> value, ArgumentToJSCallback<T> arg1Marshaler)
        {
            JSObject fn = Fn("Action<T>");
            value = fn == null ? null : (Action<T>)(x => CallJS(fn, ToWire(arg1Marshaler, x)));
        }

        public void ToManaged<T1, T2>(out Action<T1, T2> value, ArgumentToJSCallback<T1> arg1Marshaler, ArgumentToJSCallback<T2> arg2Marshaler)
        {
            JSObject fn = Fn("Action<T1, T2>");
            value = fn == null ? null : (Action<T1, T2>)((x, y) => CallJS(fn, ToWire(arg1Marshaler, x), ToWire(arg2Marshaler, y)));
        }

        public void ToManaged<T1, T2, T3>(out Action<T1, T2, T3> value, ArgumentToJSCallback<T1> arg1Marshaler, ArgumentToJSCallback<T2> arg2Marshaler, ArgumentToJSCallback<T3> arg3Marshaler)
        {
            JSObject fn = Fn("Action<T1, T2, T3>");
            value = fn == null ? null : (Action<T1, T2, T3>)((x, y, z) => CallJS(fn, ToWire(arg1Marshaler, x), ToWire(arg2Marshaler, y), ToWire(arg3Marshaler, z)));
        }

        public void ToManaged<TResult>(out Func<TResult> value, ArgumentToManagedCallback<TResult> resMarshaler)
        {
            JSObject fn = Fn("Func<TResult>");
            value = fn == null ? null : (Func<TResult>)(() => FromWire(resMarshaler, CallJS(fn)));
        }

        public void ToManaged<T, TResult>(out Func<T, TResult> value, ArgumentToJSCallback<T> arg1Marshaler, ArgumentToManagedCallback<TResult> resMarshaler)
        {
            JSObject fn = Fn("Func<T, TResult>");
            value = fn == null ? null : (Func<T, TResult>)(x => FromWire(resMarshaler, CallJS(fn, ToWire(arg1Marshaler, x))));
        }

        public void ToManaged<T1, T2, TResult>(out Func<T1, T2, TResult> value, ArgumentToJSCallback<T1> arg1Marshaler, ArgumentToJSCallback<T2> arg2Marshaler, ArgumentToManagedCallback<TResult> resMarshaler)
        {
            JSObject fn = Fn("Func<T1, T2, TResult>");
            value = fn == null ? null : (Func<T1, T2, TResult>)((x, y) => FromWire(resMarshaler, CallJS(fn, ToWire(arg1Marshaler, x), ToWire(arg2Marshaler, y))));
        }

        public void ToManaged<T1, T2, T3, TResult>(out Func<T1, T2, T3, TResult> value, ArgumentToJSCallback<T1> arg1Marshaler, ArgumentToJSCallback<T2> arg2Marshaler, ArgumentToJSCallback<T3> arg3Marshaler, ArgumentToManagedCallback<TResult> resMarshaler)
        {
            JSObject fn = Fn("Func<T1, T2, T3, TResult>");
            value = fn == null ? null : (Func<T1, T2, T3, TResult>)((x, y, z) => FromWire(resMarshaler, CallJS(fn, ToWire(arg1Marshaler, x), ToWire(arg2Marshaler, y), ToWire(arg3Marshaler, z))));
        }
    }
}
