// The GetRuntime* extension methods: every member, public or not, instance
// or static, inherited ones included (GetRuntimeX(name): public members only).
using System.Collections.Generic;

namespace System.Reflection
{
    public static class RuntimeReflectionExtensions
    {
        private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        private const BindingFlags PublicAll = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

        private static Type Check(Type type) { if (type == null) throw new ArgumentNullException("type"); return type; }
        public static IEnumerable<PropertyInfo> GetRuntimeProperties(this Type type) { return Check(type).GetProperties(Everything); }
        public static IEnumerable<EventInfo> GetRuntimeEvents(this Type type) { return Check(type).GetEvents(Everything); }
        public static IEnumerable<MethodInfo> GetRuntimeMethods(this Type type) { return Check(type).GetMethods(Everything); }
        public static IEnumerable<FieldInfo> GetRuntimeFields(this Type type) { return Check(type).GetFields(Everything); }
        public static PropertyInfo GetRuntimeProperty(this Type type, string name) { return Check(type).GetProperty(name, PublicAll); }
        public static EventInfo GetRuntimeEvent(this Type type, string name) { return Check(type).GetEvent(name, PublicAll); }
        public static MethodInfo GetRuntimeMethod(this Type type, string name, Type[] parameters) { return Check(type).GetMethod(name, PublicAll, null, parameters, null); }
        public static FieldInfo GetRuntimeField(this Type type, string name) { return Check(type).GetField(name, PublicAll); }
        public static MethodInfo GetRuntimeBaseDefinition(this MethodInfo method)
        {
            if (method == null) throw new ArgumentNullException("method");
            return method.GetBaseDefinition();
        }
    }
}
