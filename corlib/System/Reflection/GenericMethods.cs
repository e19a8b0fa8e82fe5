// Generic methods through reflection: IsGenericMethod*, GetGenericArguments,
// GetGenericMethodDefinition, MakeGenericMethod (runtime/icalls/icall_generic_methods.c).
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    public abstract partial class MethodBase
    {
        public virtual bool IsGenericMethod { get { return false; } }
        public virtual bool IsGenericMethodDefinition { get { return false; } }
        public virtual bool ContainsGenericParameters { get { return false; } }
        public virtual Type[] GetGenericArguments() { throw new NotSupportedException("Derived classes must provide an implementation."); }
        public bool IsSpecialName { get { return (Attributes & MethodAttributes.SpecialName) != 0; } }
        public bool IsFamily { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Family; } }
        public bool IsAssembly { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Assembly; } }
        public bool IsHideBySig { get { return (Attributes & MethodAttributes.HideBySig) != 0; } }

        public static bool operator ==(MethodBase left, MethodBase right)
        {
            if ((object)left == right) return true;
            return (object)left != null && (object)right != null && left.Equals(right);
        }

        public static bool operator !=(MethodBase left, MethodBase right) { return !(left == right); }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }

    public abstract partial class MethodInfo
    {
        public virtual MethodInfo GetGenericMethodDefinition() { throw new NotSupportedException(); }
        public virtual MethodInfo MakeGenericMethod(params Type[] typeArguments) { throw new NotSupportedException(); }
        public virtual Delegate CreateDelegate(Type delegateType) { return Delegate.CreateDelegate(delegateType, this); }
        public virtual Delegate CreateDelegate(Type delegateType, object target) { return Delegate.CreateDelegate(delegateType, target, this); }
        public T CreateDelegate<T>() where T : Delegate { return (T)CreateDelegate(typeof(T)); }
        public T CreateDelegate<T>(object target) where T : Delegate { return (T)CreateDelegate(typeof(T), target); }
        public virtual Type ReturnParameterType { get { return ReturnType; } }

        public static bool operator ==(MethodInfo left, MethodInfo right)
        {
            if ((object)left == right) return true;
            return (object)left != null && (object)right != null && left.Equals(right);
        }

        public static bool operator !=(MethodInfo left, MethodInfo right) { return !(left == right); }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }

    internal sealed partial class RuntimeMethodInfo
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalGetGenericInfo(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type[] InternalGetGenericArguments(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr InternalGetGenericDefinition(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr InternalMakeGenericMethod(IntPtr method, Type[] typeArguments);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern bool InternalIsExtension(IntPtr method);

        // [Extension] on the method (System.Linq.Expressions prints such calls as instance calls).
        internal bool IsExtensionMethod { get { return InternalIsExtension(_ptr); } }

        public override bool IsGenericMethod { get { return (InternalGetGenericInfo(_ptr) & 3) != 0; } }
        public override bool IsGenericMethodDefinition { get { return (InternalGetGenericInfo(_ptr) & 1) != 0; } }
        public override bool ContainsGenericParameters { get { return IsGenericMethodDefinition || DeclaringType.ContainsGenericParameters; } }

        public override Type[] GetGenericArguments()
        {
            return IsGenericMethod ? InternalGetGenericArguments(_ptr) : Type.EmptyTypes;
        }

        public override MethodInfo GetGenericMethodDefinition()
        {
            if (!IsGenericMethod) throw new InvalidOperationException("The current method is not a generic method.");
            return new RuntimeMethodInfo(InternalGetGenericDefinition(_ptr));
        }

        public override MethodInfo MakeGenericMethod(params Type[] typeArguments)
        {
            if (typeArguments == null) throw new ArgumentNullException("typeArguments");
            if (!IsGenericMethodDefinition)
                throw new InvalidOperationException(ToString() + " is not a GenericMethodDefinition. MakeGenericMethod may only be called on a method for which MethodBase.IsGenericMethodDefinition is true.");
            int count = InternalGetGenericInfo(_ptr) >> 8;
            Type[] copy = new Type[typeArguments.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                if (typeArguments[i] == null) throw new ArgumentNullException("typeArguments");
                if (!(typeArguments[i] is RuntimeType)) throw new ArgumentException("Type argument is not a runtime type.", "typeArguments");
                copy[i] = typeArguments[i];
            }
            if (copy.Length != count)
                throw new ArgumentException("The number of generic arguments provided doesn't equal the arity of the generic type definition.", "instantiation");
            return new RuntimeMethodInfo(InternalMakeGenericMethod(_ptr, copy));
        }
    }
}
