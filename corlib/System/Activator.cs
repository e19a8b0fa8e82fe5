// Activator: what `new T()` compiles to, and CreateInstance(Type) for
// parameterless constructors (RuntimeType.CreateInstanceDefault).
namespace System
{
    public static class Activator
    {
        public static T CreateInstance<T>() { return (T)((RuntimeType)typeof(T)).CreateInstanceDefault(false); }

        public static object CreateInstance(Type type) { return CreateInstance(type, false); }

        public static object CreateInstance(Type type, bool nonPublic)
        {
            if (type == null) throw new ArgumentNullException("type");
            RuntimeType rt = type as RuntimeType;
            if (rt == null) throw new ArgumentException("Type must be a type provided by the runtime.", "type");
            if (rt.IsGenericTypeDefinition) throw new ArgumentException("Cannot create an instance of " + rt + " because Type.ContainsGenericParameters is true.");
            return rt.CreateInstanceDefault(nonPublic);
        }

        public static object CreateInstance(Type type, params object[] args)
        {
            if (args == null || args.Length == 0) return CreateInstance(type, false);
            if (type == null) throw new ArgumentNullException("type");
            // the first public constructor whose parameters accept the arguments (null fits any reference type)
            foreach (System.Reflection.ConstructorInfo c in type.GetConstructors())
            {
                System.Reflection.ParameterInfo[] ps = c.GetParameters();
                if (ps.Length != args.Length) continue;
                bool fits = true;
                for (int i = 0; i < ps.Length && fits; i++)
                    fits = args[i] == null ? !ps[i].ParameterType.IsValueType : ps[i].ParameterType.IsAssignableFrom(args[i].GetType());
                if (fits) return c.Invoke(args);
            }
            throw new MissingMethodException("Constructor on type '" + type.FullName + "' not found.");
        }
    }
}
