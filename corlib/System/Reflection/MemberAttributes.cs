// The custom-attribute surface of every member kind (MemberInfo, ParameterInfo,
// Assembly), Attribute's static lookups and CustomAttributeExtensions, all over
// CustomAttributeReader. As in .NET, `inherit` walks base types and overridden
// methods; PropertyInfo/EventInfo ignore it, Attribute.GetCustomAttributes honours it.
using System.Collections.Generic;

namespace System.Reflection
{
    public abstract partial class MemberInfo : ICustomAttributeProvider
    {
        private bool WalksHierarchy { get { return this is Type || this is MethodInfo; } }
        public virtual object[] GetCustomAttributes(bool inherit) { return CustomAttributeReader.Get(this, null, inherit && WalksHierarchy); }
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return CustomAttributeReader.Get(this, attributeType, inherit && WalksHierarchy);
        }
        public virtual bool IsDefined(Type attributeType, bool inherit) { return CustomAttributeReader.IsDefined(this, attributeType, inherit && WalksHierarchy); }
        public virtual IList<CustomAttributeData> GetCustomAttributesData() { return CustomAttributeReader.DataList(this); }
        public virtual IEnumerable<CustomAttributeData> CustomAttributes { get { return GetCustomAttributesData(); } }
        public virtual bool HasSameMetadataDefinitionAs(MemberInfo other) { return Equals(other); }
        public static bool operator ==(MemberInfo left, MemberInfo right)
        {
            if ((object)left == (object)right) return true;
            if ((object)left == null || (object)right == null) return false;
            return left.Equals(right);
        }
        public static bool operator !=(MemberInfo left, MemberInfo right) { return !(left == right); }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }

    public interface ICustomAttributeProvider
    {
        object[] GetCustomAttributes(bool inherit);
        object[] GetCustomAttributes(Type attributeType, bool inherit);
        bool IsDefined(Type attributeType, bool inherit);
    }

    [Flags]
    public enum ParameterAttributes { None = 0, In = 1, Out = 2, Lcid = 4, Retval = 8, Optional = 16, HasDefault = 0x1000, HasFieldMarshal = 0x2000, Reserved3 = 0x4000, Reserved4 = 0x8000, ReservedMask = 0xF000 }

    public partial class ParameterInfo : ICustomAttributeProvider
    {
        internal IntPtr MethodPtr
        {
            get
            {
                RuntimeMethodInfo m = _member as RuntimeMethodInfo;
                if (m != null) return m._ptr;
                RuntimeConstructorInfo c = _member as RuntimeConstructorInfo;
                return c != null ? c._ptr : IntPtr.Zero;
            }
        }
        public virtual ParameterAttributes Attributes { get { return MethodPtr == IntPtr.Zero ? 0 : (ParameterAttributes)CustomAttributeReader.InternalParamFlags(MethodPtr, _position); } }
        public bool IsIn { get { return (Attributes & ParameterAttributes.In) != 0; } }
        public bool IsOut { get { return (Attributes & ParameterAttributes.Out) != 0; } }
        public bool IsOptional { get { return (Attributes & ParameterAttributes.Optional) != 0; } }
        public bool IsRetval { get { return (Attributes & ParameterAttributes.Retval) != 0; } }
        public bool IsLcid { get { return (Attributes & ParameterAttributes.Lcid) != 0; } }
        public virtual bool HasDefaultValue
        {
            get
            {
                if ((Attributes & ParameterAttributes.HasDefault) != 0) return true;
                return IsDefined(typeof(System.Runtime.CompilerServices.DateTimeConstantAttribute), false) || IsDefined(typeof(System.Runtime.CompilerServices.DecimalConstantAttribute), false);
            }
        }
        public virtual object RawDefaultValue { get { return DefaultValue; } }
        public virtual object DefaultValue
        {
            get
            {
                if ((Attributes & ParameterAttributes.HasDefault) != 0)
                {
                    object v = CustomAttributeReader.InternalParamDefault(MethodPtr, _position);
                    Type pt = _type.IsByRef ? _type.GetElementType() : _type;
                    if (v != null && pt.IsEnum) return Enum.ToObject(pt, v);
                    return v;
                }
                foreach (object a in GetCustomAttributes(false))
                {
                    System.Runtime.CompilerServices.DecimalConstantAttribute d = a as System.Runtime.CompilerServices.DecimalConstantAttribute;
                    if (d != null) return d.Value;
                    System.Runtime.CompilerServices.DateTimeConstantAttribute dt = a as System.Runtime.CompilerServices.DateTimeConstantAttribute;
                    if (dt != null) return dt.Value;
                }
                return IsOptional ? (object)Missing.Value : DBNull.Value;
            }
        }
        public virtual int MetadataToken { get { return MethodPtr == IntPtr.Zero ? 0 : CustomAttributeReader.InternalParamToken(MethodPtr, _position); } }
        public virtual object[] GetCustomAttributes(bool inherit) { return CustomAttributeReader.Get(this, null, false); }
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            return CustomAttributeReader.Get(this, attributeType, false);
        }
        public virtual bool IsDefined(Type attributeType, bool inherit) { return CustomAttributeReader.IsDefined(this, attributeType, false); }
        public virtual IList<CustomAttributeData> GetCustomAttributesData() { return CustomAttributeReader.DataList(this); }
        public virtual IEnumerable<CustomAttributeData> CustomAttributes { get { return GetCustomAttributesData(); } }
        public virtual Type[] GetRequiredCustomModifiers() { return Type.EmptyTypes; }
        public virtual Type[] GetOptionalCustomModifiers() { return Type.EmptyTypes; }
    }

    public static class CustomAttributeExtensions
    {
        public static Attribute GetCustomAttribute(this Assembly element, Type attributeType) { return Attribute.GetCustomAttribute(element, attributeType); }
        public static Attribute GetCustomAttribute(this MemberInfo element, Type attributeType) { return Attribute.GetCustomAttribute(element, attributeType); }
        public static Attribute GetCustomAttribute(this MemberInfo element, Type attributeType, bool inherit) { return Attribute.GetCustomAttribute(element, attributeType, inherit); }
        public static Attribute GetCustomAttribute(this ParameterInfo element, Type attributeType) { return Attribute.GetCustomAttribute(element, attributeType); }
        public static Attribute GetCustomAttribute(this ParameterInfo element, Type attributeType, bool inherit) { return Attribute.GetCustomAttribute(element, attributeType, inherit); }
        public static T GetCustomAttribute<T>(this Assembly element) where T : Attribute { return (T)GetCustomAttribute(element, typeof(T)); }
        public static T GetCustomAttribute<T>(this MemberInfo element) where T : Attribute { return (T)GetCustomAttribute(element, typeof(T)); }
        public static T GetCustomAttribute<T>(this MemberInfo element, bool inherit) where T : Attribute { return (T)GetCustomAttribute(element, typeof(T), inherit); }
        public static T GetCustomAttribute<T>(this ParameterInfo element) where T : Attribute { return (T)GetCustomAttribute(element, typeof(T)); }
        public static T GetCustomAttribute<T>(this ParameterInfo element, bool inherit) where T : Attribute { return (T)GetCustomAttribute(element, typeof(T), inherit); }
        public static IEnumerable<Attribute> GetCustomAttributes(this Assembly element) { return Attribute.GetCustomAttributes(element); }
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element) { return Attribute.GetCustomAttributes(element); }
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, bool inherit) { return Attribute.GetCustomAttributes(element, inherit); }
        public static IEnumerable<Attribute> GetCustomAttributes(this ParameterInfo element) { return Attribute.GetCustomAttributes(element); }
        public static IEnumerable<Attribute> GetCustomAttributes(this ParameterInfo element, bool inherit) { return Attribute.GetCustomAttributes(element, inherit); }
        public static IEnumerable<Attribute> GetCustomAttributes(this Assembly element, Type attributeType) { return Attribute.GetCustomAttributes(element, attributeType); }
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, Type attributeType) { return Attribute.GetCustomAttributes(element, attributeType); }
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, Type attributeType, bool inherit) { return Attribute.GetCustomAttributes(element, attributeType, inherit); }
        public static IEnumerable<Attribute> GetCustomAttributes(this ParameterInfo element, Type attributeType) { return Attribute.GetCustomAttributes(element, attributeType); }
        public static IEnumerable<Attribute> GetCustomAttributes(this ParameterInfo element, Type attributeType, bool inherit) { return Attribute.GetCustomAttributes(element, attributeType, inherit); }
        public static IEnumerable<T> GetCustomAttributes<T>(this Assembly element) where T : Attribute { return (T[])Attribute.GetCustomAttributes(element, typeof(T)); }
        public static IEnumerable<T> GetCustomAttributes<T>(this MemberInfo element) where T : Attribute { return (T[])Attribute.GetCustomAttributes(element, typeof(T)); }
        public static IEnumerable<T> GetCustomAttributes<T>(this MemberInfo element, bool inherit) where T : Attribute { return (T[])Attribute.GetCustomAttributes(element, typeof(T), inherit); }
        public static IEnumerable<T> GetCustomAttributes<T>(this ParameterInfo element) where T : Attribute { return (T[])Attribute.GetCustomAttributes(element, typeof(T)); }
        public static IEnumerable<T> GetCustomAttributes<T>(this ParameterInfo element, bool inherit) where T : Attribute { return (T[])Attribute.GetCustomAttributes(element, typeof(T), inherit); }
        public static bool IsDefined(this Assembly element, Type attributeType) { return Attribute.IsDefined(element, attributeType); }
        public static bool IsDefined(this MemberInfo element, Type attributeType) { return Attribute.IsDefined(element, attributeType); }
        public static bool IsDefined(this MemberInfo element, Type attributeType, bool inherit) { return Attribute.IsDefined(element, attributeType, inherit); }
        public static bool IsDefined(this ParameterInfo element, Type attributeType) { return Attribute.IsDefined(element, attributeType); }
        public static bool IsDefined(this ParameterInfo element, Type attributeType, bool inherit) { return Attribute.IsDefined(element, attributeType, inherit); }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Attribute
    {
        private static void CheckType(Type attributeType)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            if (!typeof(Attribute).IsAssignableFrom(attributeType) && attributeType != typeof(Attribute))
                throw new ArgumentException("Type passed in must be derived from System.Attribute or System.Attribute itself.");
        }
        private static Attribute[] Cast(object[] found, Type attributeType)
        {
            Attribute[] r = found as Attribute[];
            if (r != null) return r;
            r = (Attribute[])Array.CreateInstance(attributeType ?? typeof(Attribute), found.Length);
            for (int i = 0; i < found.Length; i++) r[i] = (Attribute)found[i];
            return r;
        }
        private static Attribute Single(Attribute[] found)
        {
            if (found.Length == 0) return null;
            if (found.Length > 1) throw new AmbiguousMatchException("Multiple custom attributes of the same type '" + found[0].GetType().FullName + "' found.");
            return found[0];
        }

        // Attribute.* honours `inherit` for properties and events too (unlike PropertyInfo.GetCustomAttributes).
        public static Attribute[] GetCustomAttributes(MemberInfo element) { return GetCustomAttributes(element, true); }
        public static Attribute[] GetCustomAttributes(MemberInfo element, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            return Cast(CustomAttributeReader.Get(element, typeof(Attribute), inherit), typeof(Attribute));
        }
        public static Attribute[] GetCustomAttributes(MemberInfo element, Type attributeType) { return GetCustomAttributes(element, attributeType, true); }
        public static Attribute[] GetCustomAttributes(MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            CheckType(attributeType);
            return Cast(CustomAttributeReader.Get(element, attributeType, inherit), attributeType);
        }
        public static Attribute GetCustomAttribute(MemberInfo element, Type attributeType) { return GetCustomAttribute(element, attributeType, true); }
        public static Attribute GetCustomAttribute(MemberInfo element, Type attributeType, bool inherit) { return Single(GetCustomAttributes(element, attributeType, inherit)); }
        public static bool IsDefined(MemberInfo element, Type attributeType) { return IsDefined(element, attributeType, true); }
        public static bool IsDefined(MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            CheckType(attributeType);
            return CustomAttributeReader.IsDefined(element, attributeType, inherit);
        }

        public static Attribute[] GetCustomAttributes(ParameterInfo element) { return GetCustomAttributes(element, true); }
        public static Attribute[] GetCustomAttributes(ParameterInfo element, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            return Cast(CustomAttributeReader.Get(element, typeof(Attribute), false), typeof(Attribute));
        }
        public static Attribute[] GetCustomAttributes(ParameterInfo element, Type attributeType) { return GetCustomAttributes(element, attributeType, true); }
        public static Attribute[] GetCustomAttributes(ParameterInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            CheckType(attributeType);
            return Cast(CustomAttributeReader.Get(element, attributeType, false), attributeType);
        }
        public static Attribute GetCustomAttribute(ParameterInfo element, Type attributeType) { return GetCustomAttribute(element, attributeType, true); }
        public static Attribute GetCustomAttribute(ParameterInfo element, Type attributeType, bool inherit) { return Single(GetCustomAttributes(element, attributeType, inherit)); }
        public static bool IsDefined(ParameterInfo element, Type attributeType) { return IsDefined(element, attributeType, true); }
        public static bool IsDefined(ParameterInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            CheckType(attributeType);
            return CustomAttributeReader.IsDefined(element, attributeType, false);
        }

        public static Attribute[] GetCustomAttributes(Assembly element) { return GetCustomAttributes(element, true); }
        public static Attribute[] GetCustomAttributes(Assembly element, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            return Cast(CustomAttributeReader.Get(element, typeof(Attribute), false), typeof(Attribute));
        }
        public static Attribute[] GetCustomAttributes(Assembly element, Type attributeType) { return GetCustomAttributes(element, attributeType, true); }
        public static Attribute[] GetCustomAttributes(Assembly element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            CheckType(attributeType);
            return Cast(CustomAttributeReader.Get(element, attributeType, false), attributeType);
        }
        public static Attribute GetCustomAttribute(Assembly element, Type attributeType) { return GetCustomAttribute(element, attributeType, true); }
        public static Attribute GetCustomAttribute(Assembly element, Type attributeType, bool inherit) { return Single(GetCustomAttributes(element, attributeType, inherit)); }
        public static bool IsDefined(Assembly element, Type attributeType) { return IsDefined(element, attributeType, true); }
        public static bool IsDefined(Assembly element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            CheckType(attributeType);
            return CustomAttributeReader.IsDefined(element, attributeType, false);
        }
    }
}
