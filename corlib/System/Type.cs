// System.Type and its one implementation RuntimeType, a thin wrapper over the
// runtime's type pointer (_impl). Every query goes through a runtime-provided
// internal call; see docs/corlib.md for the list and the attribute bits.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract partial class Type : MemberInfo
    {
        public static readonly Type[] EmptyTypes = new Type[0];
        public static readonly object Missing = System.Reflection.Missing.Value;

        protected Type() { }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Type GetTypeFromHandle(RuntimeTypeHandle handle);

        public static RuntimeTypeHandle GetTypeHandle(object o)
        {
            if (o == null) throw new ArgumentNullException(null, "Invalid handle.");
            return o.GetType().TypeHandle;
        }

        public abstract string Namespace { get; }
        public abstract string FullName { get; }
        public abstract Type BaseType { get; }
        public abstract string AssemblyQualifiedName { get; }
        public virtual RuntimeTypeHandle TypeHandle { get { throw new NotSupportedException(); } }
        public override MemberTypes MemberType { get { return IsNested ? MemberTypes.NestedType : MemberTypes.TypeInfo; } }
        public override Type DeclaringType { get { return null; } }
        public override Type ReflectedType { get { return null; } }
        public virtual Type UnderlyingSystemType { get { return this; } }
        public virtual Assembly Assembly { get { return null; } }

        internal virtual int Attributes { get { return 0; } }

        public bool IsValueType { get { return (Attributes & RuntimeType.AttrValueType) != 0; } }
        public bool IsEnum { get { return (Attributes & RuntimeType.AttrEnum) != 0; } }
        public bool IsInterface { get { return (Attributes & RuntimeType.AttrInterface) != 0; } }
        public bool IsArray { get { return (Attributes & RuntimeType.AttrArray) != 0; } }
        public bool IsClass { get { return (Attributes & RuntimeType.AttrClass) != 0; } }
        public bool IsAbstract { get { return (Attributes & RuntimeType.AttrAbstract) != 0; } }
        public bool IsSealed { get { return (Attributes & RuntimeType.AttrSealed) != 0; } }
        public bool IsPrimitive { get { return (Attributes & RuntimeType.AttrPrimitive) != 0; } }
        public bool IsPointer { get { return (Attributes & RuntimeType.AttrPointer) != 0; } }
        public bool IsByRef { get { return (Attributes & RuntimeType.AttrByRef) != 0; } }
        // A ref struct: Roslyn marks every one with [IsByRefLike] (pointers, byrefs and
        // generic parameters are never by-ref-like themselves).
        public virtual bool IsByRefLike { get { return IsValueType && !IsGenericParameter && IsDefined(typeof(IsByRefLikeAttribute), false); } }
        public bool IsNested { get { return (Attributes & RuntimeType.AttrNested) != 0; } }
        public bool IsPublic { get { return (Attributes & RuntimeType.AttrPublic) != 0 && !IsNested; } }
        public bool IsNotPublic { get { return (Attributes & RuntimeType.AttrPublic) == 0 && !IsNested; } }
        public bool IsNestedPublic { get { return (Attributes & RuntimeType.AttrPublic) != 0 && IsNested; } }
        public virtual bool IsGenericType { get { return (Attributes & RuntimeType.AttrGeneric) != 0; } }
        public virtual bool IsGenericTypeDefinition { get { return (Attributes & RuntimeType.AttrGenericDefinition) != 0; } }
        public virtual bool IsConstructedGenericType { get { return IsGenericType && !IsGenericTypeDefinition; } }
        public virtual bool IsGenericParameter { get { return false; } }
        public virtual bool ContainsGenericParameters { get { return IsGenericTypeDefinition; } }
        public bool HasElementType { get { return IsArray || IsPointer || IsByRef; } }

        public virtual Type[] GetGenericArguments() { throw new NotSupportedException(); }
        public virtual Type[] GenericTypeArguments { get { return IsConstructedGenericType ? GetGenericArguments() : EmptyTypes; } }
        public virtual Type GetGenericTypeDefinition() { throw new NotSupportedException(); }
        public virtual Type GetElementType() { return null; }
        public virtual Type MakeGenericType(params Type[] typeArguments) { throw new NotSupportedException(); }
        public virtual Type MakeArrayType() { throw new NotSupportedException(); }
        public virtual Type MakeByRefType() { throw new NotSupportedException(); }
        public virtual Type MakePointerType() { throw new NotSupportedException(); }
        public virtual int GetArrayRank() { throw new ArgumentException("Must be an array type."); }
        public virtual Type GetEnumUnderlyingType()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            throw new NotSupportedException();
        }

        public virtual string[] GetEnumNames() { return Enum.GetNames(this); }
        public virtual Array GetEnumValues() { return Enum.GetValues(this); }

        public virtual bool IsAssignableFrom(Type c) { return c != null && (c == this || c.IsSubclassOf(this)); }

        public virtual bool IsInstanceOfType(object o) { return o != null && IsAssignableFrom(o.GetType()); }

        public virtual bool IsSubclassOf(Type c)
        {
            if (c == null) throw new ArgumentNullException("c");
            Type t = BaseType;
            while (t != null)
            {
                if (t == c) return true;
                t = t.BaseType;
            }
            return false;
        }

        public virtual bool IsEquivalentTo(Type other) { return this == other; }

        public override string ToString() { return "Type: " + Name; }

        public override bool Equals(object o) { return (object)this == o; }
        public virtual bool Equals(Type o) { return (object)this == (object)o; }
        public override int GetHashCode() { return base.GetHashCode(); }

        public static bool operator ==(Type left, Type right) { return (object)left == (object)right; }
        public static bool operator !=(Type left, Type right) { return (object)left != (object)right; }

        public static TypeCode GetTypeCode(Type type)
        {
            if (type == null) return TypeCode.Empty;
            if (type.IsEnum) type = type.GetEnumUnderlyingType();
            if (type == typeof(bool)) return TypeCode.Boolean;
            if (type == typeof(char)) return TypeCode.Char;
            if (type == typeof(sbyte)) return TypeCode.SByte;
            if (type == typeof(byte)) return TypeCode.Byte;
            if (type == typeof(short)) return TypeCode.Int16;
            if (type == typeof(ushort)) return TypeCode.UInt16;
            if (type == typeof(int)) return TypeCode.Int32;
            if (type == typeof(uint)) return TypeCode.UInt32;
            if (type == typeof(long)) return TypeCode.Int64;
            if (type == typeof(ulong)) return TypeCode.UInt64;
            if (type == typeof(float)) return TypeCode.Single;
            if (type == typeof(double)) return TypeCode.Double;
            if (type == typeof(decimal)) return TypeCode.Decimal;
            if (type == typeof(DateTime)) return TypeCode.DateTime;
            if (type == typeof(string)) return TypeCode.String;
            return TypeCode.Object;
        }
    }

    [Serializable]
    internal sealed partial class RuntimeType : TypeInfo
    {
        internal IntPtr _impl;

        // Attribute bits returned by InternalGetAttributes (documented in docs/corlib.md).
        internal const int AttrValueType = 1, AttrEnum = 2, AttrInterface = 4, AttrArray = 8, AttrGeneric = 16,
            AttrGenericDefinition = 32, AttrAbstract = 64, AttrSealed = 128, AttrPrimitive = 256, AttrClass = 512,
            AttrPointer = 1024, AttrByRef = 2048, AttrNested = 4096, AttrPublic = 8192;

        private RuntimeType() { }

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string InternalGetName(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string InternalGetNamespace(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string InternalGetFullName(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string InternalGetQualifiedFullName(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string InternalGetAssemblyQualifiedName(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalGetBaseType(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalGetDeclaringType(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalGetAttributes(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type[] InternalGetGenericArguments(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalGetGenericTypeDefinition(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalGetElementType(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool InternalIsAssignableFrom(IntPtr type, IntPtr from);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalMakeGenericType(IntPtr type, Type[] typeArguments);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalMakeArrayType(IntPtr type, int rank);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalGetArrayRank(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalGetEnumUnderlyingType(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object CreateInstanceForAnotherGenericParameter(Type genericTypeDefinition, Type genericArgument);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object InternalCreateInstanceDefaultCtor(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalGetDefaultCtor(IntPtr type);

        // Allocates and runs the parameterless constructor. The constructor
        // is invoked through a delegate whose target is the new object: no
        // internal call ever runs managed code.
        internal object CreateInstanceDefault(bool nonPublic)
        {
            int attrs = Attributes;
            if ((attrs & (AttrAbstract | AttrInterface)) != 0 && (attrs & AttrValueType) == 0)
                throw new MissingMethodException("Cannot create an abstract class or interface '" + FullName + "'.");
            object o = InternalCreateInstanceDefaultCtor(_impl);
            if ((attrs & AttrValueType) != 0) return o;
            IntPtr ctor = InternalGetDefaultCtor(_impl);
            if (ctor == IntPtr.Zero) throw new MissingMethodException("No parameterless constructor defined for type '" + FullName + "'.");
            Action run = (Action)s_ctorInvoker.Clone();
            run._target = o;
            run._methodPtr = ctor;
            run();
            return o;
        }

        private static readonly Action s_ctorInvoker = new Action(new CtorInvokerTemplate().Run);
        private sealed class CtorInvokerTemplate { public void Run() { } }

        public override string Name { get { return InternalGetName(_impl); } }
        public override string Namespace { get { return InternalGetNamespace(_impl); } }
        public override string FullName { get { return IsGenericParameter ? null : InternalGetQualifiedFullName(_impl); } }
        public override string AssemblyQualifiedName { get { return IsGenericParameter ? null : InternalGetAssemblyQualifiedName(_impl); } }
        public override Type BaseType { get { return InternalGetBaseType(_impl); } }
        public override Type DeclaringType { get { return InternalGetDeclaringType(_impl); } }
        public override RuntimeTypeHandle TypeHandle { get { return new RuntimeTypeHandle(_impl); } }
        internal override int Attributes { get { return InternalGetAttributes(_impl); } }

        public override Type[] GetGenericArguments()
        {
            if (!IsGenericType) return EmptyTypes;
            return InternalGetGenericArguments(_impl);
        }

        public override Type GetGenericTypeDefinition()
        {
            if (!IsGenericType) throw new InvalidOperationException("This operation is only valid on generic types.");
            return InternalGetGenericTypeDefinition(_impl);
        }

        public override Type GetElementType() { return HasElementType ? InternalGetElementType(_impl) : null; }

        public override Type MakeGenericType(params Type[] typeArguments)
        {
            if (typeArguments == null) throw new ArgumentNullException("typeArguments");
            if (!IsGenericTypeDefinition) throw new InvalidOperationException(ToString() + " is not a GenericTypeDefinition. MakeGenericType may only be called on a type for which Type.IsGenericTypeDefinition is true.");
            for (int i = 0; i < typeArguments.Length; i++)
                if (typeArguments[i] == null) throw new ArgumentNullException("typeArguments");
            return InternalMakeGenericType(_impl, typeArguments);
        }

        public override Type MakeArrayType() { return InternalMakeArrayType(_impl, 0); }
        public override Type MakeByRefType()
        {
            if (IsByRef) throw new TypeLoadException("Could not load type '" + FullName + "&' from assembly '" + Assembly.FullName + "'.");
            return InternalMakeByRefType(_impl, false);
        }
        public override Type MakePointerType()
        {
            if (IsByRef) throw new TypeLoadException("Could not load type '" + FullName + "*' from assembly '" + Assembly.FullName + "'.");
            return InternalMakeByRefType(_impl, true);
        }
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalMakeByRefType(IntPtr type, bool pointer);

        public override int GetArrayRank()
        {
            if (!IsArray) throw new ArgumentException("Must be an array type.");
            return InternalGetArrayRank(_impl);
        }

        public override Type GetEnumUnderlyingType()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return InternalGetEnumUnderlyingType(_impl);
        }

        public override bool IsAssignableFrom(Type c)
        {
            RuntimeType rt = c as RuntimeType;
            if (rt == null) return false;
            return InternalIsAssignableFrom(_impl, rt._impl);
        }

        public override bool IsSubclassOf(Type c)
        {
            if (c == null) throw new ArgumentNullException("c");
            if (c == this) return false;
            return base.IsSubclassOf(c);
        }

        public override string ToString() { return InternalGetFullName(_impl); }

        public override int GetHashCode() { return _impl.GetHashCode(); }
    }

    [Serializable]
    public struct RuntimeTypeHandle
    {
        internal IntPtr _value;
        internal RuntimeTypeHandle(IntPtr value) { _value = value; }
        public IntPtr Value { get { return _value; } }
        public override bool Equals(object obj) { return obj is RuntimeTypeHandle && ((RuntimeTypeHandle)obj)._value == _value; }
        public bool Equals(RuntimeTypeHandle handle) { return handle._value == _value; }
        public override int GetHashCode() { return _value.GetHashCode(); }
        public static bool operator ==(RuntimeTypeHandle left, RuntimeTypeHandle right) { return left._value == right._value; }
        public static bool operator !=(RuntimeTypeHandle left, RuntimeTypeHandle right) { return left._value != right._value; }
    }

    [Serializable]
    public struct RuntimeFieldHandle
    {
        internal IntPtr _value;
        public IntPtr Value { get { return _value; } }
        public override bool Equals(object obj) { return obj is RuntimeFieldHandle && ((RuntimeFieldHandle)obj)._value == _value; }
        public bool Equals(RuntimeFieldHandle handle) { return handle._value == _value; }
        public override int GetHashCode() { return _value.GetHashCode(); }
    }

    [Serializable]
    public struct RuntimeMethodHandle
    {
        internal IntPtr _value;
        public IntPtr Value { get { return _value; } }
        public override bool Equals(object obj) { return obj is RuntimeMethodHandle && ((RuntimeMethodHandle)obj)._value == _value; }
        public bool Equals(RuntimeMethodHandle handle) { return handle._value == _value; }
        public override int GetHashCode() { return _value.GetHashCode(); }
    }
}

namespace System.Reflection
{
    [Flags]
    public enum MemberTypes { Constructor = 1, Event = 2, Field = 4, Method = 8, Property = 16, TypeInfo = 32, Custom = 64, NestedType = 128, All = 191 }

    [Flags]
    public enum BindingFlags
    {
        Default = 0, IgnoreCase = 1, DeclaredOnly = 2, Instance = 4, Static = 8, Public = 16, NonPublic = 32,
        FlattenHierarchy = 64, InvokeMethod = 256, CreateInstance = 512, GetField = 1024, SetField = 2048,
        GetProperty = 4096, SetProperty = 8192
    }

    public abstract partial class MemberInfo
    {
        protected MemberInfo() { }
        public abstract string Name { get; }
        public abstract MemberTypes MemberType { get; }
        public abstract Type ReflectedType { get; }
        public virtual Type DeclaringType { get { return null; } }
        public virtual Module Module { get { return null; } }
        public virtual int MetadataToken { get { return 0; } }
        // members of never-unloaded assemblies: none is collectible
        public virtual bool IsCollectible { get { return false; } }
    }

    public abstract class Module { protected Module() { } }

    public abstract partial class MethodBase : MemberInfo
    {
        protected MethodBase() { }
        public virtual bool IsStatic { get { return (Attributes & MethodAttributes.Static) != 0; } }
        public virtual bool IsConstructor { get { return Name == ".ctor" || Name == ".cctor"; } }
        public virtual MethodAttributes Attributes { get { return 0; } }
        public bool IsPublic { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public; } }
        public bool IsPrivate { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Private; } }
        public bool IsVirtual { get { return (Attributes & MethodAttributes.Virtual) != 0; } }
        public bool IsAbstract { get { return (Attributes & MethodAttributes.Abstract) != 0; } }
        public bool IsFinal { get { return (Attributes & MethodAttributes.Final) != 0; } }
        public virtual ParameterInfo[] GetParameters() { throw new NotSupportedException(); }
        public object Invoke(object obj, object[] parameters) { return Invoke(obj, BindingFlags.Default, null, parameters, null); }
        public virtual object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, System.Globalization.CultureInfo culture) { throw new NotSupportedException(); }
    }

    public abstract partial class MethodInfo : MethodBase
    {
        protected MethodInfo() { }
        public override MemberTypes MemberType { get { return MemberTypes.Method; } }
        public virtual Type ReturnType { get { throw new NotSupportedException(); } }
    }

    public abstract class Binder { protected Binder() { } }

    [Flags]
    public enum MethodAttributes
    {
        MemberAccessMask = 7, PrivateScope = 0, Private = 1, FamANDAssem = 2, Assembly = 3, Family = 4, FamORAssem = 5, Public = 6,
        Static = 0x10, Final = 0x20, Virtual = 0x40, HideBySig = 0x80, NewSlot = 0x100, Abstract = 0x400, SpecialName = 0x800
    }

    // Methods and constructors known by their runtime pointer (Method*).
    internal sealed partial class RuntimeMethodInfo : MethodInfo
    {
        internal readonly IntPtr _ptr;
        internal RuntimeMethodInfo(IntPtr ptr) { _ptr = ptr; }

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetName(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type InternalGetDeclaringType(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool InternalIsStatic(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalGetReturnType(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type[] InternalGetParameterTypes(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string[] InternalGetParameterNames(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalGetAttributes(IntPtr method);
        // The runtime runs this as an ordinary call of `method` (the DYNCALL op), then boxes its result.
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object InternalInvoke(IntPtr method, object target, object[] args);

        public override string Name { get { return InternalGetName(_ptr); } }
        public override Type DeclaringType { get { return InternalGetDeclaringType(_ptr); } }
        public override Type ReflectedType { get { return DeclaringType; } }
        public override bool IsStatic { get { return InternalIsStatic(_ptr); } }
        public override MethodAttributes Attributes { get { return (MethodAttributes)InternalGetAttributes(_ptr); } }
        public override Type ReturnType { get { return InternalGetReturnType(_ptr); } }
        public override ParameterInfo[] GetParameters() { return ParameterInfo.For(this, _ptr); }
        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, System.Globalization.CultureInfo culture)
        {
            return Invoke(_ptr, IsStatic ? null : obj, parameters);
        }
        // Exceptions thrown by the invoked method arrive wrapped in TargetInvocationException
        // (the runtime wraps them as they leave the call); argument errors arrive as they are.
        internal static object Invoke(IntPtr method, object target, object[] parameters)
        {
            if (parameters != null)
                for (int i = 0; i < parameters.Length; i++)
                    if (parameters[i] == Missing.Value) return InvokeWithDefaults(method, target, parameters);
            return InternalInvoke(method, target, parameters);
        }

        // Type.Missing stands for an optional parameter's default value, as on
        // .NET; the caller's array gets back the other (by-ref) arguments.
        private static object InvokeWithDefaults(IntPtr method, object target, object[] parameters)
        {
            ParameterInfo[] ps = ParameterInfo.For(new RuntimeMethodInfo(method), method);
            object[] args = (object[])parameters.Clone();
            for (int i = 0; i < args.Length && i < ps.Length; i++)
            {
                if (args[i] != Missing.Value) continue;
                ParameterInfo p = ps[i];
                if (!p.HasDefaultValue) throw new ArgumentException("Missing parameter does not have a default value.", "parameters");
                object value = p.DefaultValue;
                Type pt = p.ParameterType;
                if (value == null && pt.IsValueType && Nullable.GetUnderlyingType(pt) == null) value = Activator.CreateInstance(pt);
                args[i] = value;
            }
            object result = InternalInvoke(method, target, args);
            for (int i = 0; i < parameters.Length; i++)
                if (parameters[i] != Missing.Value) parameters[i] = args[i];
            return result;
        }
        public override bool Equals(object o) { RuntimeMethodInfo m = o as RuntimeMethodInfo; return m != null && m._ptr == _ptr; }
        public override int GetHashCode() { return _ptr.GetHashCode(); }
        public override string ToString() { return ParameterInfo.Signature(ReturnType, Name, GetParameters(), this); }
    }

    public partial class Assembly { protected Assembly() { } }

    public sealed class Missing
    {
        public static readonly Missing Value = new Missing();
        private Missing() { }
    }
}
