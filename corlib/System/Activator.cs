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

        public static object CreateInstance(Type type, params object[] args) =>
            CreateInstance(type, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.CreateInstance, null, args, null);

        public static object CreateInstance(Type type, object[] args, object[] activationAttributes) =>
            CreateInstance(type, args);

        public static object CreateInstance(Type type, System.Reflection.BindingFlags bindingAttr, System.Reflection.Binder binder, object[] args, System.Globalization.CultureInfo culture, object[] activationAttributes) =>
            CreateInstance(type, bindingAttr, binder, args, culture);

        // The first constructor bindingAttr finds whose parameters accept the arguments (null fits any reference type).
        public static object CreateInstance(Type type, System.Reflection.BindingFlags bindingAttr, System.Reflection.Binder binder, object[] args, System.Globalization.CultureInfo culture)
        {
            if (type == null) throw new ArgumentNullException("type");
            if ((bindingAttr & (System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)) == 0)
                bindingAttr |= System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance;
            if (args == null || args.Length == 0)
            {
                if (type.IsValueType) return CreateInstance(type, true);
                bool nonPublic = (bindingAttr & System.Reflection.BindingFlags.NonPublic) != 0;
                bool isPublic = (bindingAttr & System.Reflection.BindingFlags.Public) != 0;
                System.Reflection.ConstructorInfo c0 = null;
                foreach (System.Reflection.ConstructorInfo c in type.GetConstructors(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
                    if (c.GetParameters().Length == 0) c0 = c;
                if (c0 != null && (c0.IsPublic ? isPublic : nonPublic)) return CreateInstance(type, nonPublic);
                throw new MissingMethodException("Constructor on type '" + type.FullName + "' not found.");
            }
            foreach (System.Reflection.ConstructorInfo c in type.GetConstructors(bindingAttr | System.Reflection.BindingFlags.Instance))
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
