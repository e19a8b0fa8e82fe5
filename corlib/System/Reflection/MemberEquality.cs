// The == and != operators .NET declares on each reflection type (compiled
// code calls the most derived one, e.g. FieldInfo.op_Inequality).
namespace System.Reflection
{
    public abstract partial class ConstructorInfo
    {
        public static bool operator ==(ConstructorInfo left, ConstructorInfo right) { return (MemberInfo)left == (MemberInfo)right; }
        public static bool operator !=(ConstructorInfo left, ConstructorInfo right) { return !(left == right); }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }
    public abstract partial class FieldInfo
    {
        public static bool operator ==(FieldInfo left, FieldInfo right) { return (MemberInfo)left == (MemberInfo)right; }
        public static bool operator !=(FieldInfo left, FieldInfo right) { return !(left == right); }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }
    public abstract partial class PropertyInfo
    {
        public static bool operator ==(PropertyInfo left, PropertyInfo right) { return (MemberInfo)left == (MemberInfo)right; }
        public static bool operator !=(PropertyInfo left, PropertyInfo right) { return !(left == right); }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }
    public abstract partial class EventInfo
    {
        public static bool operator ==(EventInfo left, EventInfo right) { return (MemberInfo)left == (MemberInfo)right; }
        public static bool operator !=(EventInfo left, EventInfo right) { return !(left == right); }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }
    public partial class Assembly
    {
        public static bool operator ==(Assembly left, Assembly right)
        {
            if ((object)left == (object)right) return true;
            if ((object)left == null || (object)right == null) return false;
            return left.Equals(right);
        }
        public static bool operator !=(Assembly left, Assembly right) { return !(left == right); }
        public override bool Equals(object o) { return base.Equals(o); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }
}
