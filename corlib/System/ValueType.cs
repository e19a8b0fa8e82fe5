using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract class ValueType
    {
        protected ValueType() { }

        public override bool Equals(object obj)
        {
            if (obj == null) return false;
            if (obj.GetType() != GetType()) return false;
            return InternalEquals(this, obj);
        }

        public override int GetHashCode() { return InternalGetHashCode(this); }

        public override string ToString() { return GetType().ToString(); }

        // Field-by-field comparison / hash of two boxed values of the same type (runtime-provided).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool InternalEquals(object a, object b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static new extern int InternalGetHashCode(object o);
    }

    public struct Void { }
}
