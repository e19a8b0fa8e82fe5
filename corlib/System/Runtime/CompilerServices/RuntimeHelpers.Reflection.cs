// RuntimeHelpers members that serializers and containers call: objects without
// a constructor run, and the execution-stack checks (the interpreter keeps
// managed frames off the C stack, so a deep recursion is bounded by the

// cousin StackOverflow only when really full).
namespace System.Runtime.CompilerServices
{
    public static partial class RuntimeHelpers
    {
        public static object GetUninitializedObject(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            RuntimeType rt = type as RuntimeType;
            if (rt == null) throw new ArgumentException("Type must be a type provided by the runtime.", "type");
            if (type.IsAbstract || type.IsInterface) throw new MemberAccessException("Cannot create an abstract class.");
            if (type.IsArray || type.IsByRef || type.IsPointer || type.ContainsGenericParameters || type == typeof(string))
                throw new ArgumentException(type == typeof(string) ? "Uninitialized Strings cannot be created." : "Type is not supported.", "type");
            return RuntimeType.InternalCreateInstanceDefaultCtor(rt._impl);
        }
        public static bool TryEnsureSufficientExecutionStack() { return true; }
    }
}

namespace System.Runtime.Serialization
{
    public static class FormatterServices
    {
        public static object GetUninitializedObject(Type type) { return System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type); }
        public static object GetSafeUninitializedObject(Type type) { return System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type); }
    }

    public abstract class SerializationBinder
    {
        protected SerializationBinder() { }
        public virtual void BindToName(Type serializedType, out string assemblyName, out string typeName) { assemblyName = null; typeName = null; }
        public abstract Type BindToType(string assemblyName, string typeName);
    }
}
