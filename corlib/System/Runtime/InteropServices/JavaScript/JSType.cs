// JSType.cs — the JS types named in [JSMarshalAs<T>] (compile-time only) and
// the attributes the SDK's JSImport/JSExport source generator reads.
namespace System.Runtime.InteropServices.JavaScript
{
    public abstract class JSType
    {
        internal JSType() { }
        public sealed class Void : JSType { internal Void() { } }
        public sealed class Discard : JSType { internal Discard() { } }
        public sealed class Boolean : JSType { internal Boolean() { } }
        public sealed class Number : JSType { internal Number() { } }
        public sealed class BigInt : JSType { internal BigInt() { } }
        public sealed class Date : JSType { internal Date() { } }
        public sealed class String : JSType { internal String() { } }
        public sealed class Object : JSType { internal Object() { } }
        public sealed class Error : JSType { internal Error() { } }
        public sealed class MemoryView : JSType { internal MemoryView() { } }
        public sealed class Any : JSType { internal Any() { } }
        public sealed class Array<T> : JSType where T : JSType { internal Array() { } }
        public sealed class Promise<T> : JSType where T : JSType { internal Promise() { } }
        public sealed class Function : JSType { internal Function() { } }
        public sealed class Function<T> : JSType where T : JSType { internal Function() { } }
        public sealed class Function<T1, T2> : JSType where T1 : JSType where T2 : JSType { internal Function() { } }
        public sealed class Function<T1, T2, T3> : JSType where T1 : JSType where T2 : JSType where T3 : JSType { internal Function() { } }
        public sealed class Function<T1, T2, T3, T4> : JSType where T1 : JSType where T2 : JSType where T3 : JSType where T4 : JSType { internal Function() { } }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class JSImportAttribute : Attribute
    {
        public JSImportAttribute(string functionName) { FunctionName = functionName; }
        public JSImportAttribute(string functionName, string moduleName) { FunctionName = functionName; ModuleName = moduleName; }
        public string FunctionName { get; }
        public string ModuleName { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class JSExportAttribute : Attribute
    {
        public JSExportAttribute() { }
    }

    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.ReturnValue | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class JSMarshalAsAttribute<T> : Attribute where T : JSType
    {
        public JSMarshalAsAttribute() { }
    }

    /// <summary>An error thrown by JS code called from .NET (or a JS value a .NET exception stands for).</summary>
    public sealed class JSException : Exception
    {
        internal JSObject _jsError;   // the JS Error object, handed back to JS when this exception crosses again

        public JSException(string msg) : base(msg) { }
        internal JSException(string msg, JSObject jsError) : base(msg) { _jsError = jsError; }
    }
}
