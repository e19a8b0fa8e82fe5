// JSHost.cs — the JS global object, the runtime's JS API object, and ES
// module imports for [JSImport(name, moduleName)] (js/dotnet-interop.mjs).
using System.Threading;

namespace System.Runtime.InteropServices.JavaScript
{
    public static class JSHost
    {
        /// <summary>The JS global object (needs createRuntime({ allowGlobals: true })).</summary>
        public static JSObject GlobalThis
        {
            get { return (JSObject)JSBridge.Call(JSBridge.OpGlobal, 0, null, null, "JSHost.GlobalThis"); }
        }

        /// <summary>The runtime's JS API object (setModuleImports, getAssemblyExports, ...; needs allowGlobals).</summary>
        public static JSObject DotnetInstance
        {
            get { return (JSObject)JSBridge.Call(JSBridge.OpDotnet, 0, null, null, "JSHost.DotnetInstance"); }
        }

        /// <summary>Imports the ES module at moduleUrl (relative to the app, or to the page) under moduleName,
        /// for [JSImport(name, moduleName)]; resolves to its namespace object.</summary>
        public static System.Threading.Tasks.Task<JSObject> ImportAsync(string moduleName, string moduleUrl, CancellationToken cancellationToken = default)
        {
            if (moduleName == null) throw new ArgumentNullException(nameof(moduleName));
            if (moduleUrl == null) throw new ArgumentNullException(nameof(moduleUrl));
            string what = "JSHost.ImportAsync(\"" + moduleName + "\", \"" + moduleUrl + "\")";
            cancellationToken.ThrowIfCancellationRequested();
            object promise = JSBridge.Call(JSBridge.OpImport, 0, moduleName, new object[] { moduleUrl }, what);
            return JSBridge.AwaitAs(promise, v => v as JSObject, what);
        }
    }
}
