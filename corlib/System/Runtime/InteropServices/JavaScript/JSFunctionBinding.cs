// JSFunctionBinding.cs — what the SDK's generated code binds [JSImport] and
// [JSExport] methods with. A JS function is resolved once, by name, in
// js/dotnet-interop.mjs and called by its binding id; a [JSExport] method's
// generated __Wrapper_ becomes a JSBridge entry that getAssemblyExports lists.
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace System.Runtime.InteropServices.JavaScript
{
    public sealed class JSFunctionBinding
    {
        internal int _id;
        internal string _what;

        JSFunctionBinding(int id, string what) { _id = id; _what = what; }

        // [JSExport] methods bound so far: "[assembly]Ns.Type:Method" -> entry id.
        static readonly Dictionary<string, int> exports = new Dictionary<string, int>();

        [DynamicDependency("InvokeEntry", typeof(Cilantro.Runtime.JSEntry))]
        [DynamicDependency("ReleaseEntry", typeof(Cilantro.Runtime.JSEntry))]
        public static JSFunctionBinding BindJSFunction(string functionName, string moduleName, ReadOnlySpan<JSMarshalerType> signatures)
        {
            if (functionName == null) throw new ArgumentNullException(nameof(functionName));
            string what = moduleName == null ? "[JSImport(\"" + functionName + "\")]"
                : "[JSImport(\"" + functionName + "\", \"" + moduleName + "\")]";
            bool returnsTask = signatures.Length > 0 && signatures[0]._isTask;
            object id = JSBridge.Call(JSBridge.OpBind, 0, functionName, new object[] { moduleName, returnsTask }, what);
            return new JSFunctionBinding((int)(double)id, what);
        }

        public static void InvokeJS(JSFunctionBinding signature, Span<JSMarshalerArgument> arguments)
        {
            if (signature == null) throw new ArgumentNullException(nameof(signature));
            if (arguments.Length < 2) throw new ArgumentException("the arguments start with the exception and the result slots", nameof(arguments));
            object[] args = new object[arguments.Length - 2];
            for (int i = 0; i < args.Length; i++) args[i] = arguments[i + 2]._v;
            arguments[1]._v = JSBridge.Call(JSBridge.OpInvoke, signature._id, null, args, signature._what);
        }

        [DynamicDependency("BindExports", typeof(Cilantro.Runtime.JSEntry))]
        [DynamicDependency("InvokeEntry", typeof(Cilantro.Runtime.JSEntry))]
        [DynamicDependency("ReleaseEntry", typeof(Cilantro.Runtime.JSEntry))]
        public static unsafe JSFunctionBinding BindManagedFunction(string fullyQualifiedName, int signatureHash, ReadOnlySpan<JSMarshalerType> signatures)
        {
            if (fullyQualifiedName == null) throw new ArgumentNullException(nameof(fullyQualifiedName));
            string key = fullyQualifiedName + "#" + signatureHash;
            lock (exports)
            {
                int known;
                if (exports.TryGetValue(key, out known)) return new JSFunctionBinding(known, fullyQualifiedName);
            }
            int close = fullyQualifiedName.IndexOf(']'), colon = fullyQualifiedName.LastIndexOf(':');
            if (!fullyQualifiedName.StartsWith("[") || close < 0 || colon < close)
                throw new ArgumentException("[JSExport] binding '" + fullyQualifiedName + "': expected \"[assembly]Namespace.Type:Method\"", nameof(fullyQualifiedName));
            string asm = fullyQualifiedName.Substring(1, close - 1), typeName = fullyQualifiedName.Substring(close + 1, colon - close - 1);
            string wrapperName = "__Wrapper_" + fullyQualifiedName.Substring(colon + 1) + "_" + signatureHash;
            Type type = Assembly.Load(asm).GetType(typeName);
            MethodInfo wrapper = type?.GetMethod(wrapperName, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
            if (wrapper == null)
                throw new InvalidOperationException("[JSExport] " + fullyQualifiedName + ": no generated method " + typeName + "." + wrapperName + " in assembly " + asm);
            int id = JSBridge.AddEntry((JSBridge.Entry)Delegate.CreateDelegate(typeof(JSBridge.Entry), wrapper), Math.Max(0, signatures.Length - 1));
            lock (exports) exports[key] = id;
            return new JSFunctionBinding(id, fullyQualifiedName);
        }

        // "id:Ns.Type:Method" for each [JSExport] of the assembly bound so far.
        internal static string[] ExportsOf(string assembly)
        {
            List<string> list = new List<string>();
            string prefix = "[" + assembly + "]";
            lock (exports)
            {
                foreach (KeyValuePair<string, int> e in exports)
                    if (e.Key.StartsWith(prefix, StringComparison.Ordinal))
                        list.Add(e.Value + ":" + e.Key.Substring(prefix.Length, e.Key.LastIndexOf('#') - prefix.Length));
            }
            return list.ToArray();
        }
    }
}

namespace Cilantro.Runtime
{
    using System;
    using System.ComponentModel;
    using System.Reflection;
    using System.Runtime.InteropServices.JavaScript;

    /// <summary>Entry points js/dotnet-interop.mjs calls through rt.invoke; not an API for programs.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JSEntry
    {
        /// <summary>Runs the generated [JSExport] registration of an assembly; its exports as "id:Ns.Type:Method".</summary>
        public static string[] BindExports(string assembly)
        {
            Type init = Assembly.Load(assembly).GetType("System.Runtime.InteropServices.JavaScript.__GeneratedInitializer");
            MethodInfo register = init?.GetMethod("__Register_", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
            if (register != null) register.Invoke(null, null);
            return JSFunctionBinding.ExportsOf(assembly);
        }

        /// <summary>Calls .NET function id (an export, a delegate, a promise continuation) with wire-encoded arguments.</summary>
        public static byte[] InvokeEntry(int id, byte[] args)
        {
            return JSBridge.Invoke(id, args);
        }

        /// <summary>JS dropped the function that called .NET function id (a delegate handed to JS).</summary>
        public static void ReleaseEntry(int id)
        {
            JSBridge.RemoveEntry(id);
        }
    }
}
