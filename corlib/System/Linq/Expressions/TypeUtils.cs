// Type questions the factories and the interpreter ask: nullable forms,
// numeric kinds, reference and primitive conversions, operator methods.
using System.Reflection;

namespace System.Linq.Expressions
{
    internal static class TypeUtils
    {
        internal static bool IsNullableType(Type t) { return t.IsConstructedGenericType && t.GetGenericTypeDefinition() == typeof(Nullable<>); }
        internal static bool IsNullableOrReferenceType(Type t) { return !t.IsValueType || IsNullableType(t); }
        internal static Type GetNonNullableType(Type t) { return IsNullableType(t) ? t.GetGenericArguments()[0] : t; }
        internal static Type GetNullableType(Type t) { return t.IsValueType && !IsNullableType(t) && t != typeof(void) ? typeof(Nullable<>).MakeGenericType(t) : t; }
        internal static bool AreEquivalent(Type a, Type b) { return a == b; }
        internal static bool IsBool(Type t) { return GetNonNullableType(t) == typeof(bool); }

        internal static TypeCode Code(Type t)
        {
            t = GetNonNullableType(t);
            return t.IsEnum ? TypeCode.Object : Type.GetTypeCode(t);
        }

        internal static bool IsNumeric(Type t)
        {
            switch (Code(t))
            {
                case TypeCode.Char: case TypeCode.SByte: case TypeCode.Byte: case TypeCode.Int16: case TypeCode.Int32:
                case TypeCode.Int64: case TypeCode.Double: case TypeCode.Single: case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64:
                    return true;
            }
            return false;
        }

        internal static bool IsInteger(Type t)
        {
            switch (Code(t))
            {
                case TypeCode.Byte: case TypeCode.SByte: case TypeCode.Int16: case TypeCode.Int32: case TypeCode.Int64:
                case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64:
                    return true;
            }
            return false;
        }

        internal static bool IsInteger64(Type t)
        {
            switch (Code(t)) { case TypeCode.Int64: case TypeCode.UInt64: return true; }
            return false;
        }

        internal static bool IsArithmetic(Type t)
        {
            switch (Code(t))
            {
                case TypeCode.Int16: case TypeCode.Int32: case TypeCode.Int64: case TypeCode.Double: case TypeCode.Single:
                case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64:
                    return true;
            }
            return false;
        }

        internal static bool IsUnsignedInt(Type t)
        {
            switch (Code(t)) { case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64: return true; }
            return false;
        }

        internal static bool IsIntegerOrBool(Type t) { return IsInteger(t) || Code(t) == TypeCode.Boolean; }
        internal static bool IsNumericOrBool(Type t) { return IsNumeric(t) || Code(t) == TypeCode.Boolean; }

        internal static bool AreReferenceAssignable(Type dest, Type src)
        {
            if (dest == src) return true;
            return !dest.IsValueType && !src.IsValueType && dest.IsAssignableFrom(src);
        }

        internal static bool HasReferenceConversionTo(Type source, Type dest)
        {
            if (source == typeof(void) || dest == typeof(void)) return false;
            Type nnSource = GetNonNullableType(source), nnDest = GetNonNullableType(dest);
            if (nnSource.IsAssignableFrom(nnDest) || nnDest.IsAssignableFrom(nnSource)) return true;
            if (source.IsInterface || dest.IsInterface) return true;
            if (source == typeof(object) || dest == typeof(object)) return true;
            return false;
        }

        internal static bool IsConvertible(Type t)
        {
            t = GetNonNullableType(t);
            if (t.IsEnum) return true;
            switch (Type.GetTypeCode(t))
            {
                case TypeCode.Boolean: case TypeCode.Byte: case TypeCode.SByte: case TypeCode.Int16: case TypeCode.Int32:
                case TypeCode.Int64: case TypeCode.UInt16: case TypeCode.UInt32: case TypeCode.UInt64: case TypeCode.Single:
                case TypeCode.Double: case TypeCode.Char:
                    return true;
            }
            return false;
        }

        internal static bool HasIdentityPrimitiveOrNullableConversionTo(Type source, Type dest)
        {
            if (source == dest) return true;
            if (IsNullableType(source) && dest == GetNonNullableType(source)) return true;
            if (IsNullableType(dest) && source == GetNonNullableType(dest)) return true;
            if (IsConvertible(source) && IsConvertible(dest)) return GetNonNullableType(dest) != typeof(bool);
            return false;
        }

        internal static bool IsImplicitlyConvertibleTo(Type source, Type dest)
        {
            return source == dest || (IsNullableType(dest) && GetNonNullableType(dest) == source) || AreReferenceAssignable(dest, source) ||
                   IsImplicitNumericConversion(source, dest);
        }

        private static bool IsImplicitNumericConversion(Type source, Type dest)
        {
            TypeCode s = Type.GetTypeCode(source), d = Type.GetTypeCode(dest);
            if (source.IsEnum || dest.IsEnum) return false;
            switch (s)
            {
                case TypeCode.SByte: return d == TypeCode.Int16 || d == TypeCode.Int32 || d == TypeCode.Int64 || d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.Byte: return d == TypeCode.Int16 || d == TypeCode.UInt16 || d == TypeCode.Int32 || d == TypeCode.UInt32 || d == TypeCode.Int64 || d == TypeCode.UInt64 || d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.Int16: return d == TypeCode.Int32 || d == TypeCode.Int64 || d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.UInt16: return d == TypeCode.Int32 || d == TypeCode.UInt32 || d == TypeCode.Int64 || d == TypeCode.UInt64 || d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.Int32: return d == TypeCode.Int64 || d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.UInt32: return d == TypeCode.UInt64 || d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.Int64: case TypeCode.UInt64: return d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.Char: return d == TypeCode.UInt16 || d == TypeCode.Int32 || d == TypeCode.UInt32 || d == TypeCode.Int64 || d == TypeCode.UInt64 || d == TypeCode.Single || d == TypeCode.Double || d == TypeCode.Decimal;
                case TypeCode.Single: return d == TypeCode.Double;
            }
            return false;
        }

        // A public or non-public static operator method `name` of either type taking (a, b).
        internal static MethodInfo FindBinaryOperator(Type declaring, string name, Type a, Type b)
        {
            foreach (MethodInfo m in declaring.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            {
                if (m.Name != name) continue;
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length == 2 && ps[0].ParameterType == a && ps[1].ParameterType == b) return m;
            }
            return null;
        }

        internal static MethodInfo FindUnaryOperator(Type declaring, string name, Type a)
        {
            foreach (MethodInfo m in declaring.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            {
                if (m.Name != name) continue;
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length == 1 && ps[0].ParameterType == a) return m;
            }
            return null;
        }

        internal static MethodInfo FindConversionOperator(Type convertFrom, Type convertTo)
        {
            Type nnFrom = GetNonNullableType(convertFrom), nnTo = GetNonNullableType(convertTo);
            MethodInfo m = FindConversion(convertFrom, convertFrom, convertTo) ?? FindConversion(convertTo, convertFrom, convertTo);
            if (m != null) return m;
            if (nnFrom != convertFrom || nnTo != convertTo)
                m = FindConversion(nnFrom, nnFrom, nnTo) ?? FindConversion(nnTo, nnFrom, nnTo);
            return m;
        }

        private static MethodInfo FindConversion(Type declaring, Type from, Type to)
        {
            foreach (MethodInfo m in declaring.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            {
                if (m.Name != "op_Implicit" && m.Name != "op_Explicit") continue;
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length == 1 && ps[0].ParameterType == from && m.ReturnType == to) return m;
            }
            return null;
        }

        internal static bool IsSameOrSubclass(Type type, Type subType) { return type == subType || subType.IsSubclassOf(type); }

        internal static object DefaultValue(Type t)
        {
            if (!t.IsValueType || IsNullableType(t) || t == typeof(void)) return null;
            return RuntimeType.InternalCreateInstanceDefaultCtor(((RuntimeType)t)._impl);
        }
    }
}
