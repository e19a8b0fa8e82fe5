// Delegate.CreateDelegate: a delegate of any delegate type bound to a method,
// open or closed, built as `newobj D(target, ldftn M)` builds it (the runtime
// reads only _target and _methodPtr; see DINV_SINGLE in interp_objects.inc).
using System.Reflection;

namespace System
{
    public abstract partial class Delegate
    {
        private const string BindFailure = "Cannot bind to the target method because its signature is not compatible with that of the delegate type.";

        public static Delegate CreateDelegate(Type type, MethodInfo method) { return CreateDelegate(type, method, true); }

        public static Delegate CreateDelegate(Type type, MethodInfo method, bool throwOnBindFailure)
        {
            if (method == null) throw new ArgumentNullException("method");
            return Bind(type, null, false, method, throwOnBindFailure);
        }

        public static Delegate CreateDelegate(Type type, object firstArgument, MethodInfo method) { return CreateDelegate(type, firstArgument, method, true); }

        public static Delegate CreateDelegate(Type type, object firstArgument, MethodInfo method, bool throwOnBindFailure)
        {
            if (method == null) throw new ArgumentNullException("method");
            return Bind(type, firstArgument, true, method, throwOnBindFailure);
        }

        public static Delegate CreateDelegate(Type type, object target, string method) { return CreateDelegate(type, target, method, false, true); }
        public static Delegate CreateDelegate(Type type, object target, string method, bool ignoreCase) { return CreateDelegate(type, target, method, ignoreCase, true); }

        public static Delegate CreateDelegate(Type type, object target, string method, bool ignoreCase, bool throwOnBindFailure)
        {
            if (target == null) throw new ArgumentNullException("target");
            if (method == null) throw new ArgumentNullException("method");
            return BindByName(type, target.GetType(), target, method, BindingFlags.Instance, ignoreCase, throwOnBindFailure);
        }

        public static Delegate CreateDelegate(Type type, Type target, string method) { return CreateDelegate(type, target, method, false, true); }
        public static Delegate CreateDelegate(Type type, Type target, string method, bool ignoreCase) { return CreateDelegate(type, target, method, ignoreCase, true); }

        public static Delegate CreateDelegate(Type type, Type target, string method, bool ignoreCase, bool throwOnBindFailure)
        {
            if (target == null) throw new ArgumentNullException("target");
            if (method == null) throw new ArgumentNullException("method");
            if (target.IsGenericTypeDefinition) throw new ArgumentException("Cannot bind to a generic type definition's method.", "target");
            return BindByName(type, target, null, method, BindingFlags.Static, ignoreCase, throwOnBindFailure);
        }

        private static MethodInfo InvokeMethodOf(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            if (!(type is RuntimeType)) throw new ArgumentException("Type must be a type provided by the runtime.", "type");
            if (type.BaseType != typeof(MulticastDelegate)) throw new ArgumentException("Type must derive from Delegate.", "type");
            return type.GetMethod("Invoke");
        }

        private static Delegate BindByName(Type type, Type owner, object target, string name, BindingFlags kind, bool ignoreCase, bool throwOnBindFailure)
        {
            MethodInfo invoke = InvokeMethodOf(type);
            BindingFlags flags = kind | BindingFlags.Public | BindingFlags.NonPublic | (ignoreCase ? BindingFlags.IgnoreCase : 0);
            for (Type t = owner; t != null; t = t.BaseType)
                foreach (MethodInfo m in t.GetMethods(flags | BindingFlags.DeclaredOnly))
                {
                    if (!(ignoreCase ? string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase) : m.Name == name)) continue;
                    if (m.IsGenericMethodDefinition) continue;
                    if (Compatible(invoke, m, target != null, false)) return Make(type, target, m);
                }
            if (throwOnBindFailure) throw new ArgumentException(BindFailure);
            return null;
        }

        private static Delegate Bind(Type type, object first, bool closed, MethodInfo method, bool throwOnBindFailure)
        {
            MethodInfo invoke = InvokeMethodOf(type);
            if (!(method is RuntimeMethodInfo)) throw new ArgumentException("MethodInfo must be a runtime MethodInfo object.", "method");
            if (method.ContainsGenericParameters) throw new ArgumentException(BindFailure);
            int pn = method.GetParameters().Length, dn = invoke.GetParameters().Length;
            bool ok;
            if (method.IsStatic)
                ok = closed && pn == dn + 1 ? Compatible(invoke, method, false, true) && (first == null ? !method.GetParameters()[0].ParameterType.IsValueType : method.GetParameters()[0].ParameterType.IsInstanceOfType(first))
                   : pn == dn && (first == null || !closed) && Compatible(invoke, method, false, false);
            else if (closed && first != null)
                ok = pn == dn && method.DeclaringType.IsInstanceOfType(first) && Compatible(invoke, method, true, false);
            else if (pn == dn - 1)
                ok = Compatible(invoke, method, false, false);   // open instance: the first argument is `this`
            else
                ok = closed && pn == dn && Compatible(invoke, method, true, false);   // closed over null
            if (!ok)
            {
                if (throwOnBindFailure) throw new ArgumentException(BindFailure);
                return null;
            }
            return Make(type, closed ? first : null, method);
        }

        // Parameters of the delegate must be assignable to the method's (reference
        // types may vary), the method's return to the delegate's.
        private static bool Compatible(MethodInfo invoke, MethodInfo method, bool hasTarget, bool closedStatic)
        {
            ParameterInfo[] dp = invoke.GetParameters(), mp = method.GetParameters();
            int skipM = closedStatic ? 1 : 0;
            int skipD = 0;
            if (!method.IsStatic && !hasTarget && dp.Length == mp.Length + 1)
            {
                if (!ArgCompatible(dp[0].ParameterType, method.DeclaringType)) return false;
                skipD = 1;
            }
            if (dp.Length - skipD != mp.Length - skipM) return false;
            for (int i = 0; i < mp.Length - skipM; i++)
                if (!ArgCompatible(dp[i + skipD].ParameterType, mp[i + skipM].ParameterType)) return false;
            return ArgCompatible(method.ReturnType, invoke.ReturnType);
        }

        private static bool ArgCompatible(Type from, Type to)
        {
            if (from == to) return true;
            if (from.IsValueType || to.IsValueType) return false;
            return to.IsAssignableFrom(from);
        }

        internal static Delegate Make(Type type, object target, MethodInfo method)
        {
            Delegate d = (Delegate)RuntimeType.InternalCreateInstanceDefaultCtor(((RuntimeType)type)._impl);
            d._target = target;
            d._methodPtr = ((RuntimeMethodInfo)method)._ptr;
            return d;
        }
    }
}
