// JSImportAttribute.cs — typed calls into JavaScript without strings at the
// call site. A `static extern` method marked [JSImport("name")] has no body:
// the runtime binds it to the JS function the host registered under that
// name (rt.registerFunction / registerModule), checks when it is first bound
// that every parameter and the return type can cross to JS (else
// NotSupportedException), and converts the arguments and the result as
// JS.Invoke<T> does (runtime/interop/interop_import.c, docs/interop.md).
//
//     [JSImport("math.add")] static extern int Add(int a, int b);
using System;

namespace Cilantro.Interop
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class JSImportAttribute : Attribute
    {
        public JSImportAttribute(string functionName) { FunctionName = functionName; }

        /// <summary>The registered JS function, e.g. "math.add".</summary>
        public string FunctionName { get; }
    }

    /// <summary>Marks a public static method JS may call; `cilantro types App.dll`
    /// writes a TypeScript declaration for each, and rt.exports(name) calls them
    /// by their exact signature (no overload guessing).</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class JSExportAttribute : Attribute
    {
    }
}
