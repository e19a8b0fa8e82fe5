// JSObject.cs — a .NET handle to a JS object (an entry of the JS handle table
// in js/interop.mjs, reference-counted: one count per JSObject; the capability
// rule of docs/interop.md applies to what .NET does with it).
using System.Threading;

namespace System.Runtime.InteropServices.JavaScript
{
    public class JSObject : IDisposable
    {
        int _handle;   // 0 once disposed

        internal JSObject(int handle) { _handle = handle; }

        ~JSObject() { Release(); }

        public bool IsDisposed { get { return _handle == 0; } }

        internal int LiveHandle()
        {
            int h = _handle;
            if (h == 0) throw new ObjectDisposedException(nameof(JSObject), "the JSObject was disposed; its JS object is no longer reachable from .NET");
            return h;
        }

        object Get(string propertyName)
        {
            if (propertyName == null) throw new ArgumentNullException(nameof(propertyName));
            return JSBridge.Call(JSBridge.OpGet, LiveHandle(), propertyName, null, "JSObject property '" + propertyName + "'");
        }

        void Set(string propertyName, object wire)
        {
            if (propertyName == null) throw new ArgumentNullException(nameof(propertyName));
            JSBridge.Call(JSBridge.OpSet, LiveHandle(), propertyName, new object[] { wire }, "JSObject.SetProperty('" + propertyName + "')");
        }

        public bool HasProperty(string propertyName)
        {
            if (propertyName == null) throw new ArgumentNullException(nameof(propertyName));
            return JSBridge.Call(JSBridge.OpHas, LiveHandle(), propertyName, null, "JSObject.HasProperty") is bool b && b;
        }

        public string GetTypeOfProperty(string propertyName)
        {
            if (propertyName == null) throw new ArgumentNullException(nameof(propertyName));
            return (string)JSBridge.Call(JSBridge.OpTypeOf, LiveHandle(), propertyName, null, "JSObject.GetTypeOfProperty");
        }

        public bool GetPropertyAsBoolean(string propertyName) { return As(propertyName).AsBoolean(); }
        public int GetPropertyAsInt32(string propertyName) { return (int)As(propertyName).Number("Int32"); }
        public double GetPropertyAsDouble(string propertyName) { return As(propertyName).Number("Double"); }
        public string GetPropertyAsString(string propertyName) { string s; As(propertyName).ToManaged(out s); return s; }
        public JSObject GetPropertyAsJSObject(string propertyName) { JSObject o; As(propertyName).ToManaged(out o); return o; }
        public byte[] GetPropertyAsByteArray(string propertyName) { byte[] b; As(propertyName).ToManaged(out b); return b; }

        JSMarshalerArgument As(string propertyName)
        {
            JSMarshalerArgument a = default;
            a._v = Get(propertyName);
            a._what = "JS property '" + propertyName + "'";
            return a;
        }

        public void SetProperty(string propertyName, bool value) { Set(propertyName, value); }
        public void SetProperty(string propertyName, int value) { Set(propertyName, (double)value); }
        public void SetProperty(string propertyName, double value) { Set(propertyName, value); }
        public void SetProperty(string propertyName, string value) { Set(propertyName, value); }
        public void SetProperty(string propertyName, JSObject value) { Set(propertyName, value); }
        public void SetProperty(string propertyName, byte[] value) { Set(propertyName, value); }

        public void Dispose()
        {
            Release();
            GC.SuppressFinalize(this);
        }

        void Release()
        {
            int h = Interlocked.Exchange(ref _handle, 0);
            if (h == 0) return;
            try { JSBridge.Call(JSBridge.OpRelease, h, null, null, "JSObject.Dispose"); }
            catch (Exception) { /* no host left: nothing holds the object */ }
        }

        public override string ToString() { return "(js-obj js '" + _handle + "')"; }
    }
}
