// Generic parameters as reflection shows them: typeof(List<>).GetGenericArguments()[0]
// is a Type named "T" whose IsGenericParameter is true. The runtime gives every
// generic definition (type or method) its own parameter types, made on demand
// (docs/corlib.md, "Generic parameters").
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    [Flags]
    public enum GenericParameterAttributes
    {
        None = 0, Covariant = 1, Contravariant = 2, VarianceMask = 3,
        ReferenceTypeConstraint = 4, NotNullableValueTypeConstraint = 8, DefaultConstructorConstraint = 16,
        SpecialConstraintMask = 28, AllowByRefLike = 32,
    }
}

namespace System
{
    public abstract partial class Type
    {
        internal const string NotGenericParameter = "Method may only be called on a Type for which Type.IsGenericParameter is true.";

        public virtual int GenericParameterPosition { get { throw new InvalidOperationException(NotGenericParameter); } }
        public virtual MethodBase DeclaringMethod { get { return null; } }
        public virtual GenericParameterAttributes GenericParameterAttributes { get { throw new NotSupportedException(); } }
        public virtual Type[] GetGenericParameterConstraints() { throw new InvalidOperationException(NotGenericParameter); }
        public virtual bool IsGenericTypeParameter { get { return IsGenericParameter && DeclaringMethod == null; } }
        public virtual bool IsGenericMethodParameter { get { return IsGenericParameter && DeclaringMethod != null; } }
    }

    internal sealed partial class RuntimeType
    {
        internal const int AttrGenericParameter = 16384, AttrContainsGenericParameters = 32768;

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalGetGenericParameterPosition(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalGetGenericParameterAttributes(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type[] InternalGetGenericParameterConstraints(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr InternalGetDeclaringMethod(IntPtr type);

        public override bool IsGenericParameter { get { return (Attributes & AttrGenericParameter) != 0; } }
        public override bool ContainsGenericParameters { get { return (Attributes & AttrContainsGenericParameters) != 0; } }

        public override int GenericParameterPosition
        {
            get
            {
                if (!IsGenericParameter) throw new InvalidOperationException(NotGenericParameter);
                return InternalGetGenericParameterPosition(_impl);
            }
        }

        public override MethodBase DeclaringMethod
        {
            get
            {
                if (!IsGenericParameter) throw new InvalidOperationException(NotGenericParameter);
                IntPtr m = InternalGetDeclaringMethod(_impl);
                return m == IntPtr.Zero ? null : new RuntimeMethodInfo(m);
            }
        }

        public override GenericParameterAttributes GenericParameterAttributes
        {
            get
            {
                if (!IsGenericParameter) throw new InvalidOperationException(NotGenericParameter);
                return (GenericParameterAttributes)InternalGetGenericParameterAttributes(_impl);
            }
        }

        public override Type[] GetGenericParameterConstraints()
        {
            if (!IsGenericParameter) throw new InvalidOperationException(NotGenericParameter);
            return InternalGetGenericParameterConstraints(_impl);
        }
    }
}
