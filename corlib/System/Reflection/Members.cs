// Reflection over members: parameters, constructors, fields and properties,
// and the Type methods that list them. Runtime pointers (Method*, Field*)
// back each object; listings come from icall_members.c and invocation from
// the interpreter's DYNCALL op (interp/dyncall.c).
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Reflection
{
    public class TargetInvocationException : ApplicationException
    {
        public TargetInvocationException(Exception inner) : base("Exception has been thrown by the target of an invocation.", inner) { HResult = unchecked((int)0x80131604); }
        public TargetInvocationException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131604); }
    }

    public partial class ParameterInfo
    {
        private readonly MemberInfo _member;
        private readonly Type _type;
        private readonly string _name;
        private readonly int _position;

        internal ParameterInfo(MemberInfo member, Type type, string name, int position) { _member = member; _type = type; _name = name; _position = position; }

        public Type ParameterType { get { return _type; } }
        public string Name { get { return _name; } }
        public int Position { get { return _position; } }
        public MemberInfo Member { get { return _member; } }
        public override string ToString() { string t = FormatTypeName(_type); return _name == null ? t : t + " " + _name; }

        internal static ParameterInfo[] For(MemberInfo member, IntPtr method)
        {
            Type[] types = RuntimeMethodInfo.InternalGetParameterTypes(method);
            string[] names = RuntimeMethodInfo.InternalGetParameterNames(method);
            ParameterInfo[] ps = new ParameterInfo[types.Length];
            for (int i = 0; i < ps.Length; i++) ps[i] = new ParameterInfo(member, types[i], names[i], i);
            return ps;
        }

        // "Int32 Add(Int32, System.String ByRef)", as MethodInfo.ToString prints it:
        // types by FormatTypeName, a by-ref parameter as its element type + " ByRef",
        // a generic method's arguments in brackets after its name.
        internal static string Signature(Type ret, string name, ParameterInfo[] ps) { return Signature(ret, name, ps, null); }

        internal static string Signature(Type ret, string name, ParameterInfo[] ps, MethodBase method)
        {
            StringBuilder sb = new StringBuilder();
            if (ret != null) sb.Append(FormatTypeName(ret)).Append(' ');
            sb.Append(name);
            if (method != null && method.IsGenericMethod)
            {
                Type[] args = method.GetGenericArguments();
                sb.Append('[');
                for (int i = 0; i < args.Length; i++) { if (i > 0) sb.Append(','); sb.Append(BasicName(args[i])); }
                sb.Append(']');
            }
            sb.Append('(');
            AppendParameters(sb, ps);
            return sb.Append(')').ToString();
        }

        internal static void AppendParameters(StringBuilder sb, ParameterInfo[] ps)
        {
            for (int i = 0; i < ps.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                Type t = ps[i].ParameterType;
                string text = FormatTypeName(t);
                if (t.IsByRef) sb.Append(text, 0, text.Length - 1).Append(" ByRef");
                else sb.Append(text);
            }
        }

        // .NET's Type.FormatTypeName: the short name when the innermost
        // element type is primitive, nested, void or TypedReference, else ToString().
        internal static string FormatTypeName(Type t)
        {
            Type root = t;
            while (root.HasElementType) root = root.GetElementType();
            if (root.IsPrimitive || root.IsNested || root == typeof(void) || root == typeof(TypedReference)) return t.Name;
            return t.ToString();
        }

        // A generic method argument as .NET's terse format prints it: its bare name ("List`1").
        private static string BasicName(Type t) { return t.Name; }
    }

    public abstract partial class ConstructorInfo : MethodBase
    {
        public static readonly string ConstructorName = ".ctor";
        protected ConstructorInfo() { }
        public override MemberTypes MemberType { get { return MemberTypes.Constructor; } }
        public object Invoke(object[] parameters) { return Invoke(BindingFlags.Default, null, parameters, null); }
        public virtual object Invoke(BindingFlags invokeAttr, Binder binder, object[] parameters, System.Globalization.CultureInfo culture) { throw new NotSupportedException(); }
    }

    internal sealed partial class RuntimeConstructorInfo : ConstructorInfo
    {
        internal readonly IntPtr _ptr;
        internal RuntimeConstructorInfo(IntPtr ptr) { _ptr = ptr; }
        public override string Name { get { return ".ctor"; } }
        public override Type DeclaringType { get { return new RuntimeMethodInfo(_ptr).DeclaringType; } }
        public override Type ReflectedType { get { return DeclaringType; } }
        public override MethodAttributes Attributes { get { return (MethodAttributes)RuntimeMethodInfo.InternalGetAttributes(_ptr); } }
        public override ParameterInfo[] GetParameters() { return ParameterInfo.For(this, _ptr); }
        public override object Invoke(BindingFlags invokeAttr, Binder binder, object[] parameters, System.Globalization.CultureInfo culture)
        {
            if (DeclaringType.IsAbstract) throw new MemberAccessException("Cannot create an instance of " + DeclaringType + " because it is an abstract class.");
            return RuntimeMethodInfo.Invoke(_ptr, null, parameters);
        }
        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, System.Globalization.CultureInfo culture)
        {
            return RuntimeMethodInfo.Invoke(_ptr, obj, parameters);
        }
        public override bool Equals(object o) { RuntimeConstructorInfo c = o as RuntimeConstructorInfo; return c != null && c._ptr == _ptr; }
        public override int GetHashCode() { return _ptr.GetHashCode(); }
        public override string ToString() { return ParameterInfo.Signature(typeof(void), Name, GetParameters(), this); }
    }

    [Flags]
    public enum FieldAttributes
    {
        FieldAccessMask = 7, PrivateScope = 0, Private = 1, FamANDAssem = 2, Assembly = 3, Family = 4, FamORAssem = 5, Public = 6,
        Static = 0x10, InitOnly = 0x20, Literal = 0x40, NotSerialized = 0x80, HasFieldRVA = 0x100, SpecialName = 0x200,
        RTSpecialName = 0x400, HasFieldMarshal = 0x1000, PinvokeImpl = 0x2000, HasDefault = 0x8000, ReservedMask = 0x9500,
    }

    public abstract partial class FieldInfo : MemberInfo
    {
        protected FieldInfo() { }
        public override MemberTypes MemberType { get { return MemberTypes.Field; } }
        public abstract Type FieldType { get; }
        public abstract FieldAttributes Attributes { get; }
        public bool IsStatic { get { return (Attributes & FieldAttributes.Static) != 0; } }
        public bool IsPublic { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Public; } }
        public bool IsPrivate { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Private; } }
        public bool IsFamily { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Family; } }
        public bool IsAssembly { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Assembly; } }
        public bool IsFamilyAndAssembly { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.FamANDAssem; } }
        public bool IsFamilyOrAssembly { get { return (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.FamORAssem; } }
        public bool IsInitOnly { get { return (Attributes & FieldAttributes.InitOnly) != 0; } }
        public bool IsLiteral { get { return (Attributes & FieldAttributes.Literal) != 0; } }
        public abstract object GetValue(object obj);
        public abstract void SetValue(object obj, object value);
        public static FieldInfo GetFieldFromHandle(RuntimeFieldHandle handle) { return new RuntimeFieldInfo(handle._value); }
    }

    internal sealed partial class RuntimeFieldInfo : FieldInfo
    {
        internal readonly IntPtr _ptr;
        internal RuntimeFieldInfo(IntPtr ptr) { _ptr = ptr; }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern string InternalGetName(IntPtr field);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type InternalGetFieldType(IntPtr field);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Type InternalGetDeclaringType(IntPtr field);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int InternalGetAttributes(IntPtr field);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object InternalGetValue(IntPtr field, object target);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void InternalSetValue(IntPtr field, object target, object value);

        public override string Name { get { return InternalGetName(_ptr); } }
        public override Type FieldType { get { return InternalGetFieldType(_ptr); } }
        public override Type DeclaringType { get { return InternalGetDeclaringType(_ptr); } }
        public override Type ReflectedType { get { return DeclaringType; } }
        public override FieldAttributes Attributes { get { return (FieldAttributes)InternalGetAttributes(_ptr); } }
        public override object GetValue(object obj) { RunClassConstructorOfStatic(); return InternalGetValue(_ptr, obj); }
        public override void SetValue(object obj, object value) { RunClassConstructorOfStatic(); InternalSetValue(_ptr, obj, value); }

        // Reading or writing a static field through reflection runs its type's initializer first, as on .NET
        // (also for beforefieldinit types, whose initializer IL access would run lazily).
        private void RunClassConstructorOfStatic()
        {
            if ((Attributes & (FieldAttributes.Static | FieldAttributes.Literal)) == FieldAttributes.Static)
                System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(DeclaringType.TypeHandle);
        }
        public override bool Equals(object o) { RuntimeFieldInfo f = o as RuntimeFieldInfo; return f != null && f._ptr == _ptr; }
        public override int GetHashCode() { return _ptr.GetHashCode(); }
        public override string ToString() { return ParameterInfo.FormatTypeName(FieldType) + " " + Name; }
    }

    public abstract partial class PropertyInfo : MemberInfo
    {
        protected PropertyInfo() { }
        public override MemberTypes MemberType { get { return MemberTypes.Property; } }
        public abstract Type PropertyType { get; }
        public abstract bool CanRead { get; }
        public abstract bool CanWrite { get; }
        public abstract MethodInfo GetGetMethod();
        public abstract MethodInfo GetSetMethod();
        public MethodInfo GetMethod { get { return GetGetMethod(); } }
        public MethodInfo SetMethod { get { return GetSetMethod(); } }
        public virtual ParameterInfo[] GetIndexParameters() { return new ParameterInfo[0]; }
        public object GetValue(object obj) { return GetValue(obj, null); }
        public void SetValue(object obj, object value) { SetValue(obj, value, null); }
        public abstract object GetValue(object obj, object[] index);
        public abstract void SetValue(object obj, object value, object[] index);
    }

    internal sealed partial class RuntimePropertyInfo : PropertyInfo
    {
        private readonly RuntimeMethodInfo _get, _set;
        internal RuntimePropertyInfo(IntPtr get, IntPtr set)
        {
            if (get != IntPtr.Zero) _get = new RuntimeMethodInfo(get);
            if (set != IntPtr.Zero) _set = new RuntimeMethodInfo(set);
        }
        private RuntimeMethodInfo Any { get { return _get ?? _set; } }
        public override string Name { get { return Any.Name.Substring(4); } }
        public override Type DeclaringType { get { return Any.DeclaringType; } }
        public override Type ReflectedType { get { return DeclaringType; } }
        public override Type PropertyType
        {
            get
            {
                if (_get != null) return _get.ReturnType;
                ParameterInfo[] ps = _set.GetParameters();
                return ps[ps.Length - 1].ParameterType;
            }
        }
        public override bool CanRead { get { return _get != null; } }
        public override bool CanWrite { get { return _set != null; } }
        public override MethodInfo GetGetMethod() { return _get; }
        public override MethodInfo GetSetMethod() { return _set; }
        public override ParameterInfo[] GetIndexParameters()
        {
            if (_get != null) return _get.GetParameters();
            ParameterInfo[] ps = _set.GetParameters();
            ParameterInfo[] r = new ParameterInfo[ps.Length - 1];
            Array.Copy(ps, r, r.Length);
            return r;
        }
        public override object GetValue(object obj, object[] index)
        {
            if (_get == null) throw new ArgumentException("Property get method not found.");
            return _get.Invoke(obj, index);
        }
        public override void SetValue(object obj, object value, object[] index)
        {
            if (_set == null) throw new ArgumentException("Property set method not found.");
            int n = index == null ? 0 : index.Length;
            object[] args = new object[n + 1];
            for (int i = 0; i < n; i++) args[i] = index[i];
            args[n] = value;
            _set.Invoke(obj, args);
        }
        public override string ToString()
        {
            StringBuilder sb = new StringBuilder(ParameterInfo.FormatTypeName(PropertyType)).Append(' ').Append(Name);
            ParameterInfo[] index = GetIndexParameters();
            if (index.Length > 0) { sb.Append(" ["); ParameterInfo.AppendParameters(sb, index); sb.Append(']'); }
            return sb.ToString();
        }
    }
}

namespace System
{
    using System.Reflection;

    internal sealed partial class RuntimeType
    {
        private const BindingFlags DefaultLookup = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] InternalGetMethods(IntPtr type, int flags, bool constructors);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] InternalGetFields(IntPtr type, int flags);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr[] InternalGetProperties(IntPtr type, int flags);

        public override MethodInfo[] GetMethods(BindingFlags bindingAttr)
        {
            IntPtr[] ps = InternalGetMethods(_impl, (int)bindingAttr, false);
            MethodInfo[] r = new MethodInfo[ps.Length];
            for (int i = 0; i < ps.Length; i++) r[i] = new RuntimeMethodInfo(ps[i]);
            return r;
        }

        public override ConstructorInfo[] GetConstructors(BindingFlags bindingAttr)
        {
            IntPtr[] ps = InternalGetMethods(_impl, (int)bindingAttr, true);
            ConstructorInfo[] r = new ConstructorInfo[ps.Length];
            for (int i = 0; i < ps.Length; i++) r[i] = new RuntimeConstructorInfo(ps[i]);
            return r;
        }

        public override FieldInfo[] GetFields(BindingFlags bindingAttr)
        {
            IntPtr[] ps = InternalGetFields(_impl, (int)bindingAttr);
            FieldInfo[] r = new FieldInfo[ps.Length];
            for (int i = 0; i < ps.Length; i++) r[i] = new RuntimeFieldInfo(ps[i]);
            return r;
        }

        public override PropertyInfo[] GetProperties(BindingFlags bindingAttr)
        {
            IntPtr[] ps = InternalGetProperties(_impl, (int)bindingAttr);
            PropertyInfo[] r = new PropertyInfo[ps.Length / 2];
            for (int i = 0; i < r.Length; i++) r[i] = new RuntimePropertyInfo(ps[2 * i], ps[2 * i + 1]);
            return r;
        }
    }

    public abstract partial class Type
    {
        private const BindingFlags PublicLookup = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

        public virtual MethodInfo[] GetMethods(BindingFlags bindingAttr) { throw new NotSupportedException(); }
        public virtual ConstructorInfo[] GetConstructors(BindingFlags bindingAttr) { throw new NotSupportedException(); }
        public virtual FieldInfo[] GetFields(BindingFlags bindingAttr) { throw new NotSupportedException(); }
        public virtual PropertyInfo[] GetProperties(BindingFlags bindingAttr) { throw new NotSupportedException(); }

        public MethodInfo[] GetMethods() { return GetMethods(PublicLookup); }
        public ConstructorInfo[] GetConstructors() { return GetConstructors(BindingFlags.Public | BindingFlags.Instance); }
        public FieldInfo[] GetFields() { return GetFields(PublicLookup); }
        public PropertyInfo[] GetProperties() { return GetProperties(PublicLookup); }

        public MethodInfo GetMethod(string name) { return GetMethod(name, PublicLookup); }
        public MethodInfo GetMethod(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            MethodInfo found = null;
            foreach (MethodInfo m in GetMethods(bindingAttr))
            {
                if (!NameMatches(m.Name, name, bindingAttr)) continue;
                if (found != null) throw new AmbiguousMatchException("Ambiguous match found for '" + FullName + " " + name + "'.");
                found = m;
            }
            return found;
        }
        public MethodInfo GetMethod(string name, Type[] types) { return GetMethod(name, PublicLookup, null, types, null); }
        public MethodInfo GetMethod(string name, BindingFlags bindingAttr, Binder binder, Type[] types, ParameterModifier[] modifiers)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (types == null) throw new ArgumentNullException("types");
            foreach (MethodInfo m in GetMethods(bindingAttr))
                if (NameMatches(m.Name, name, bindingAttr) && ParametersMatch(m.GetParameters(), types)) return m;
            return null;
        }
        public ConstructorInfo GetConstructor(Type[] types) { return GetConstructor(BindingFlags.Public | BindingFlags.Instance, types); }
        public ConstructorInfo GetConstructor(BindingFlags bindingAttr, Type[] types)
        {
            if (types == null) throw new ArgumentNullException("types");
            foreach (ConstructorInfo c in GetConstructors(bindingAttr))
                if (ParametersMatch(c.GetParameters(), types)) return c;
            return null;
        }
        public ConstructorInfo GetConstructor(BindingFlags bindingAttr, Binder binder, Type[] types, ParameterModifier[] modifiers) { return GetConstructor(bindingAttr, types); }
        public ConstructorInfo GetConstructor(BindingFlags bindingAttr, Binder binder, CallingConventions callConvention, Type[] types, ParameterModifier[] modifiers) { return GetConstructor(bindingAttr, types); }
        public FieldInfo GetField(string name) { return GetField(name, PublicLookup); }
        public FieldInfo GetField(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            foreach (FieldInfo f in GetFields(bindingAttr)) if (NameMatches(f.Name, name, bindingAttr)) return f;
            return null;
        }
        public PropertyInfo GetProperty(string name) { return GetProperty(name, PublicLookup); }
        public PropertyInfo GetProperty(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            PropertyInfo found = null;
            foreach (PropertyInfo p in GetProperties(bindingAttr))
            {
                if (!NameMatches(p.Name, name, bindingAttr)) continue;
                if (found != null) throw new AmbiguousMatchException("Ambiguous match found.");
                found = p;
            }
            return found;
        }
        public MemberInfo[] GetMembers() { return GetMembers(PublicLookup); }
        public MemberInfo[] GetMembers(BindingFlags bindingAttr)
        {
            MethodInfo[] ms = GetMethods(bindingAttr);
            ConstructorInfo[] cs = GetConstructors(bindingAttr);
            PropertyInfo[] ps = GetProperties(bindingAttr);
            FieldInfo[] fs = GetFields(bindingAttr);
            MemberInfo[] r = new MemberInfo[ms.Length + cs.Length + ps.Length + fs.Length];
            int k = 0;
            foreach (MemberInfo m in ms) r[k++] = m;
            foreach (MemberInfo m in cs) r[k++] = m;
            foreach (MemberInfo m in ps) r[k++] = m;
            foreach (MemberInfo m in fs) r[k++] = m;
            return r;
        }

        private static bool NameMatches(string have, string want, BindingFlags flags)
        {
            return (flags & BindingFlags.IgnoreCase) != 0 ? string.Equals(have, want, StringComparison.OrdinalIgnoreCase) : have == want;
        }

        private static bool ParametersMatch(ParameterInfo[] ps, Type[] types)
        {
            if (ps.Length != types.Length) return false;
            for (int i = 0; i < ps.Length; i++) if (ps[i].ParameterType != types[i]) return false;
            return true;
        }
    }
}

namespace System.Reflection
{
    public struct ParameterModifier { }
}
