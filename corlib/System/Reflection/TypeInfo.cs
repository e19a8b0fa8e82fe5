// TypeInfo (what RuntimeType derives from, as in .NET), IntrospectionExtensions,
// and the Type members reflection-driven libraries use beyond the member
// listings: interfaces, nested types, events, the assembly, Type.GetType(name).
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    public delegate bool TypeFilter(Type m, object? filterCriteria);

    public interface IReflectableType { TypeInfo GetTypeInfo(); }

    public abstract class TypeInfo : Type, IReflectableType
    {
        protected TypeInfo() { }
        TypeInfo IReflectableType.GetTypeInfo() { return this; }
        public virtual Type AsType() { return this; }
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        public virtual IEnumerable<ConstructorInfo> DeclaredConstructors { get { return GetConstructors(Declared); } }
        public virtual IEnumerable<EventInfo> DeclaredEvents { get { return GetEvents(Declared); } }
        public virtual IEnumerable<FieldInfo> DeclaredFields { get { return GetFields(Declared); } }
        public virtual IEnumerable<MemberInfo> DeclaredMembers { get { return GetMembers(Declared); } }
        public virtual IEnumerable<MethodInfo> DeclaredMethods { get { return GetMethods(Declared); } }
        public virtual IEnumerable<PropertyInfo> DeclaredProperties { get { return GetProperties(Declared); } }
        public virtual IEnumerable<TypeInfo> DeclaredNestedTypes
        {
            get { List<TypeInfo> r = new List<TypeInfo>(); foreach (Type t in GetNestedTypes(Declared)) r.Add((TypeInfo)t); return r; }
        }
        public virtual Type[] GenericTypeParameters { get { return IsGenericTypeDefinition ? GetGenericArguments() : EmptyTypes; } }
        public virtual IEnumerable<Type> ImplementedInterfaces { get { return GetInterfaces(); } }
        public virtual EventInfo GetDeclaredEvent(string name) { return GetEvent(name, Declared); }
        public virtual FieldInfo GetDeclaredField(string name) { return GetField(name, Declared); }
        public virtual MethodInfo GetDeclaredMethod(string name) { return GetMethod(name, Declared); }
        public virtual IEnumerable<MethodInfo> GetDeclaredMethods(string name)
        {
            List<MethodInfo> r = new List<MethodInfo>();
            foreach (MethodInfo m in GetMethods(Declared)) if (m.Name == name) r.Add(m);
            return r;
        }
        public virtual TypeInfo GetDeclaredNestedType(string name) { Type t = GetNestedType(name, Declared); return t == null ? null : (TypeInfo)t; }
        public virtual PropertyInfo GetDeclaredProperty(string name) { return GetProperty(name, Declared); }
        public virtual bool IsAssignableFrom(TypeInfo typeInfo) { return IsAssignableFrom((Type)typeInfo); }
    }

    public static class IntrospectionExtensions
    {
        public static TypeInfo GetTypeInfo(this Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            IReflectableType r = type as IReflectableType;
            if (r == null) throw new NotSupportedException("The type " + type + " has no TypeInfo.");
            return r.GetTypeInfo();
        }
    }

    public abstract partial class PropertyInfo
    {
        public virtual MethodInfo GetGetMethod(bool nonPublic) { MethodInfo m = GetGetMethod(); return m != null && (nonPublic || m.IsPublic) ? m : null; }
        public virtual MethodInfo GetSetMethod(bool nonPublic) { MethodInfo m = GetSetMethod(); return m != null && (nonPublic || m.IsPublic) ? m : null; }
        public MethodInfo[] GetAccessors() { return GetAccessors(false); }
        public virtual MethodInfo[] GetAccessors(bool nonPublic)
        {
            List<MethodInfo> r = new List<MethodInfo>(2);
            MethodInfo g = GetGetMethod(nonPublic), s = GetSetMethod(nonPublic);
            if (g != null) r.Add(g);
            if (s != null) r.Add(s);
            return r.ToArray();
        }
        public virtual PropertyAttributes Attributes { get { return PropertyAttributes.None; } }
        public virtual object GetConstantValue() { throw new InvalidOperationException("Operation is not valid due to the current state of the object."); }
    }

    [Flags]
    public enum PropertyAttributes { None = 0, SpecialName = 0x200, RTSpecialName = 0x400, HasDefault = 0x1000, ReservedMask = 0xF400 }

    internal sealed partial class RuntimePropertyInfo
    {
        internal IntPtr AccessorPtr { get { return (_get ?? _set)._ptr; } }
        public override int MetadataToken { get { return CustomAttributeReader.InternalPropertyToken(AccessorPtr); } }
        public override bool Equals(object o)
        {
            RuntimePropertyInfo p = o as RuntimePropertyInfo;
            return p != null && p.AccessorPtr == AccessorPtr;
        }
        public override int GetHashCode() { return AccessorPtr.GetHashCode(); }
    }

    internal sealed partial class RuntimeMethodInfo
    {
        public override int MetadataToken { get { return CustomAttributeReader.InternalMethodToken(_ptr); } }
        public override MethodInfo GetBaseDefinition()
        {
            MethodInfo m = this;
            for (MethodInfo b = GetParentDefinition(); b != null; b = ((RuntimeMethodInfo)b).GetParentDefinition()) m = b;
            return m;
        }
        public override ParameterInfo ReturnParameter { get { return new ParameterInfo(this, ReturnType, null, -1); } }

        // The method this one overrides in the nearest base class (null for a new slot or a non-virtual method).
        internal MethodInfo GetParentDefinition()
        {
            MethodAttributes a = Attributes;
            if ((a & MethodAttributes.Virtual) == 0 || (a & MethodAttributes.NewSlot) != 0) return null;
            Type declaring = DeclaringType;
            if (declaring.IsInterface) return null;
            ParameterInfo[] mine = GetParameters();
            for (Type b = declaring.BaseType; b != null; b = b.BaseType)
                foreach (MethodInfo m in b.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (m.Name != Name || !m.IsVirtual) continue;
                    ParameterInfo[] theirs = m.GetParameters();
                    if (theirs.Length != mine.Length) continue;
                    bool same = true;
                    for (int i = 0; i < mine.Length && same; i++) same = theirs[i].ParameterType == mine[i].ParameterType;
                    if (same) return m;
                }
            return null;
        }
    }

    public abstract partial class MethodBase
    {
        public bool IsFamilyOrAssembly { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.FamORAssem; } }
        public bool IsFamilyAndAssembly { get { return (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.FamANDAssem; } }
    }

    public abstract partial class MethodInfo
    {
        public virtual MethodInfo GetBaseDefinition() { return this; }
        public virtual ParameterInfo ReturnParameter { get { throw new NotSupportedException(); } }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Type
    {
        public virtual Type[] GetInterfaces() { throw new NotSupportedException(); }
        public virtual Type MakeArrayType(int rank) { throw new NotSupportedException(); }
        public Type GetInterface(string name) { return GetInterface(name, false); }
        public virtual Type GetInterface(string name, bool ignoreCase)
        {
            if (name == null) throw new ArgumentNullException("name");
            Type found = null;
            foreach (Type i in GetInterfaces())
            {
                string n = name.IndexOf('.') >= 0 ? i.FullName : i.Name;
                if (n == null || !string.Equals(n, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) continue;
                if (found != null && found != i) throw new AmbiguousMatchException("Ambiguous match found for '" + name + "'.");
                found = i;
            }
            return found;
        }
        public virtual Type[] FindInterfaces(System.Reflection.TypeFilter filter, object filterCriteria)
        {
            if (filter == null) throw new ArgumentNullException("filter");
            List<Type> r = new List<Type>();
            foreach (Type i in GetInterfaces()) if (filter(i, filterCriteria)) r.Add(i);
            return r.ToArray();
        }
        public virtual Type[] GetNestedTypes(BindingFlags bindingAttr) { throw new NotSupportedException(); }
        public Type[] GetNestedTypes() { return GetNestedTypes(BindingFlags.Public); }
        public Type GetNestedType(string name) { return GetNestedType(name, BindingFlags.Public); }
        public virtual Type GetNestedType(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            foreach (Type t in GetNestedTypes(bindingAttr)) if (NameMatches(t.Name, name, bindingAttr)) return t;
            return null;
        }
        public virtual EventInfo[] GetEvents(BindingFlags bindingAttr) { throw new NotSupportedException(); }
        public virtual EventInfo[] GetEvents() { return GetEvents(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static); }
        public EventInfo GetEvent(string name) { return GetEvent(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static); }
        public virtual EventInfo GetEvent(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            foreach (EventInfo e in GetEvents(bindingAttr)) if (NameMatches(e.Name, name, bindingAttr)) return e;
            return null;
        }
        public bool IsVisible
        {
            get
            {
                if (IsGenericParameter) return true;
                if (HasElementType) return GetElementType().IsVisible;
                Type t = this;
                while (t.IsNested)
                {
                    if (!t.IsNestedPublic) return false;
                    t = t.DeclaringType;
                }
                if (!t.IsPublic) return false;
                if (IsGenericType && !IsGenericTypeDefinition)
                    foreach (Type a in GetGenericArguments()) if (!a.IsVisible) return false;
                return true;
            }
        }

        public static Type GetType(string typeName) { return GetType(typeName, false, false); }
        public static Type GetType(string typeName, bool throwOnError) { return GetType(typeName, throwOnError, false); }
        public static Type GetType(string typeName, bool throwOnError, bool ignoreCase)
        {
            if (typeName == null) throw new ArgumentNullException("typeName");
            return CustomAttributeReader.ResolveTypeName(typeName, RuntimeAssembly.InternalGetEntry(), throwOnError);
        }
    }

    internal sealed partial class RuntimeType
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] InternalGetEvents(IntPtr type, int flags);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type[] InternalGetInterfaces(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type[] InternalGetNestedTypes(IntPtr type);

        public override Type MakeArrayType(int rank)
        {
            if (rank <= 0) throw new IndexOutOfRangeException();
            return InternalMakeArrayType(_impl, rank);
        }
        public override Assembly Assembly { get { return RuntimeAssembly.For(CustomAttributeReader.InternalTypePublicAssembly(_impl)); } }
        public override int MetadataToken { get { return CustomAttributeReader.InternalTypeToken(_impl); } }
        public override Type[] GetInterfaces()
        {
            if (IsGenericParameter) return EmptyTypes;
            return InternalGetInterfaces(_impl);
        }
        public override Type[] GetNestedTypes(BindingFlags bindingAttr)
        {
            List<Type> r = new List<Type>();
            foreach (Type t in InternalGetNestedTypes(_impl))
            {
                bool pub = t.IsNestedPublic;
                if ((pub && (bindingAttr & BindingFlags.Public) != 0) || (!pub && (bindingAttr & BindingFlags.NonPublic) != 0)) r.Add(t);
            }
            return r.ToArray();
        }
        public override EventInfo[] GetEvents(BindingFlags bindingAttr)
        {
            IntPtr[] q = InternalGetEvents(_impl, (int)bindingAttr);
            EventInfo[] r = new EventInfo[q.Length / 4];
            for (int i = 0; i < r.Length; i++) r[i] = new RuntimeEventInfo(q[4 * i], (int)q[4 * i + 1], q[4 * i + 2], q[4 * i + 3]);
            return r;
        }
    }
}
