// JSObject.cs — a JS object held by managed code: an index into the host's
// handle table. Disposing it, or its finalizer, frees the table slot.
using System;

namespace Cilantro.Interop
{
    public sealed class JSObject : IDisposable
    {
        // Written by the runtime when it wraps a JS object (runtime/interop):
        // keep the name and type.
        internal int _handle;
        internal int _callback;   // CreateCallback: the managed handler's id

        JSObject() { }

        /// <summary>The handle-table index (for diagnostics).</summary>
        public int Handle
        {
            get
            {
                if (_handle == 0) throw new ObjectDisposedException("JSObject");
                return _handle;
            }
        }

        public bool IsDisposed { get { return _handle == 0; } }

        public object GetProperty(string name)
        {
            return JS.Call(JS.OpGet, Handle, name, null, typeof(object));
        }

        public T GetProperty<T>(string name)
        {
            return (T)JS.Call(JS.OpGet, Handle, name, null, typeof(T));
        }

        public void SetProperty(string name, object value)
        {
            JS.Call(JS.OpSet, Handle, name, new object[] { value }, typeof(object));
        }

        public object Invoke(string method, params object[] args)
        {
            return JS.Call(JS.OpInvoke, Handle, method, args, typeof(object));
        }

        public T Invoke<T>(string method, params object[] args)
        {
            return (T)JS.Call(JS.OpInvoke, Handle, method, args, typeof(T));
        }

        public void Dispose()
        {
            Free();
            GC.SuppressFinalize(this);
        }

        ~JSObject()
        {
            Free();
        }

        void Free()
        {
            int h = _handle;
            _handle = 0;
            if (_callback != 0) { Callbacks.Remove(_callback); _callback = 0; }
            if (h != 0) JS.Release(h);
        }

        public override string ToString()
        {
            return _handle == 0 ? "JSObject(disposed)" : "JSObject(" + _handle + ")";
        }
    }

    /// <summary>An exception thrown by JS code called from .NET; Message is the JS error's message.</summary>
    public class JSException : Exception
    {
        public JSException(string message) : base(message) { }
        public JSException(string message, Exception inner) : base(message, inner) { }
    }
}
