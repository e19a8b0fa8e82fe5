// JSMarshalerType.cs — the signature elements the generated code passes to
// JSFunctionBinding. Cilantro's marshalling is driven by the generated
// ToJS/ToManaged calls, so a type only keeps its name (for messages) and
// whether it is a Task (a JS result then becomes a Promise first).
namespace System.Runtime.InteropServices.JavaScript
{
    public sealed class JSMarshalerType
    {
        internal readonly string _name;
        internal readonly bool _isTask;

        JSMarshalerType(string name, bool isTask = false) { _name = name; _isTask = isTask; }

        static JSMarshalerType Of(string name, params JSMarshalerType[] args)
        {
            string[] names = new string[args.Length];
            for (int i = 0; i < args.Length; i++) names[i] = (args[i] ?? throw new ArgumentNullException("argument")).ToString();
            return new JSMarshalerType(name + "<" + string.Join(", ", names) + ">");
        }

        public override string ToString() { return _name; }

        public static JSMarshalerType Void => new JSMarshalerType("Void");
        public static JSMarshalerType Discard => new JSMarshalerType("Discard");
        public static JSMarshalerType Boolean => new JSMarshalerType("Boolean");
        public static JSMarshalerType Byte => new JSMarshalerType("Byte");
        public static JSMarshalerType Char => new JSMarshalerType("Char");
        public static JSMarshalerType Int16 => new JSMarshalerType("Int16");
        public static JSMarshalerType Int32 => new JSMarshalerType("Int32");
        public static JSMarshalerType Int52 => new JSMarshalerType("Int52");
        public static JSMarshalerType BigInt64 => new JSMarshalerType("BigInt64");
        public static JSMarshalerType Double => new JSMarshalerType("Double");
        public static JSMarshalerType Single => new JSMarshalerType("Single");
        public static JSMarshalerType IntPtr => new JSMarshalerType("IntPtr");
        public static JSMarshalerType JSObject => new JSMarshalerType("JSObject");
        public static JSMarshalerType Object => new JSMarshalerType("Object");
        public static JSMarshalerType String => new JSMarshalerType("String");
        public static JSMarshalerType Exception => new JSMarshalerType("Exception");
        public static JSMarshalerType DateTime => new JSMarshalerType("DateTime");
        public static JSMarshalerType DateTimeOffset => new JSMarshalerType("DateTimeOffset");

        public static JSMarshalerType Nullable(JSMarshalerType primitive) { return Of("Nullable", primitive); }
        public static JSMarshalerType Task() { return new JSMarshalerType("Task", true); }
        public static JSMarshalerType Task(JSMarshalerType result) { JSMarshalerType t = Of("Task", result); return new JSMarshalerType(t._name, true); }
        public static JSMarshalerType Array(JSMarshalerType element) { return Of("Array", element); }
        public static JSMarshalerType ArraySegment(JSMarshalerType element) { return Of("ArraySegment", element); }
        public static JSMarshalerType Span(JSMarshalerType element) { return Of("Span", element); }
        public static JSMarshalerType Action() { return new JSMarshalerType("Action"); }
        public static JSMarshalerType Action(JSMarshalerType arg1) { return Of("Action", arg1); }
        public static JSMarshalerType Action(JSMarshalerType arg1, JSMarshalerType arg2) { return Of("Action", arg1, arg2); }
        public static JSMarshalerType Action(JSMarshalerType arg1, JSMarshalerType arg2, JSMarshalerType arg3) { return Of("Action", arg1, arg2, arg3); }
        public static JSMarshalerType Function(JSMarshalerType result) { return Of("Function", result); }
        public static JSMarshalerType Function(JSMarshalerType arg1, JSMarshalerType result) { return Of("Function", arg1, result); }
        public static JSMarshalerType Function(JSMarshalerType arg1, JSMarshalerType arg2, JSMarshalerType result) { return Of("Function", arg1, arg2, result); }
        public static JSMarshalerType Function(JSMarshalerType arg1, JSMarshalerType arg2, JSMarshalerType arg3, JSMarshalerType result) { return Of("Function", arg1, arg2, arg3, result); }
    }
}
