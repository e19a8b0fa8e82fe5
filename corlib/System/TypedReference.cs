// TypedReference (C#'s __makeref, __refvalue, __reftype; the IL instructions
// mkrefany, refanyval, refanytype): an address plus the type of what it points
// to. The interpreter builds and reads it as two pointers (ops MKREFANY,
// REFANYVAL, REFANYTYPE), so the field order is fixed.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    public ref struct TypedReference
    {
        private IntPtr _value;   // the address
        private IntPtr _type;    // the runtime's Type*

        public static Type GetTargetType(TypedReference value)
        {
            return value._type == IntPtr.Zero ? null : Type.GetTypeFromHandle(new RuntimeTypeHandle(value._type));
        }

        public static RuntimeTypeHandle TargetTypeToken(TypedReference value)
        {
            return new RuntimeTypeHandle(value._type);
        }

        public static object ToObject(TypedReference value)
        {
            return InternalToObject(value._value, value._type);
        }

        public static void SetTypedReference(TypedReference target, object value)
        {
            throw new NotSupportedException("Specified method is not supported.");
        }

        public static TypedReference MakeTypedReference(object target, FieldInfo[] flds)
        {
            throw new PlatformNotSupportedException("TypedReference.MakeTypedReference is not supported.");
        }

        public override int GetHashCode()
        {
            return _type == IntPtr.Zero ? 0 : GetTargetType(this).GetHashCode();
        }

        public override bool Equals(object o)
        {
            throw new NotSupportedException("This operation is not supported for TypedReference.");
        }

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object InternalToObject(IntPtr value, IntPtr type);
    }
}
