// Custom attributes through reflection. The runtime hands over each
// attribute's constructor and value blob (runtime/icalls/icall_attributes.c);
// this file decodes the blob (ECMA-335 II.23.3) into CustomAttributeData and
// builds attribute objects by invoking the constructor and setting the named
// fields and properties, so no internal call runs managed code.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Reflection
{
    internal static class CustomAttributeReader
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object[] InternalGetRows(IntPtr assembly, int token);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalTypeAssembly(IntPtr type);
        // Type.Assembly: the core for its own parts' types (mscorlib.CoreLib.*; docs/corlib.md)
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalTypePublicAssembly(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalTypeToken(IntPtr type);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalMethodAssembly(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalMethodToken(IntPtr method);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr InternalFieldAssembly(IntPtr field);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalFieldToken(IntPtr field);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalParamToken(IntPtr method, int position);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalParamFlags(IntPtr method, int position);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object InternalParamDefault(IntPtr method, int position);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int InternalPropertyToken(IntPtr accessor);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Type InternalFindType(IntPtr assembly, string name);

        private static readonly Dictionary<IntPtr, Dictionary<int, CustomAttributeData[]>> s_cache = new Dictionary<IntPtr, Dictionary<int, CustomAttributeData[]>>();
        private static readonly Dictionary<Type, AttributeUsageAttribute> s_usage = new Dictionary<Type, AttributeUsageAttribute>();

        // The decoded attributes on metadata row `token` of `assembly` (cached; shared, never handed out mutable).
        internal static CustomAttributeData[] Data(IntPtr assembly, int token)
        {
            if (assembly == IntPtr.Zero || token == 0) return Array.Empty<CustomAttributeData>();
            lock (s_cache)
            {
                Dictionary<int, CustomAttributeData[]> perAssembly;
                if (!s_cache.TryGetValue(assembly, out perAssembly)) { perAssembly = new Dictionary<int, CustomAttributeData[]>(); s_cache[assembly] = perAssembly; }
                CustomAttributeData[] found;
                if (perAssembly.TryGetValue(token, out found)) return found;
                object[] rows = InternalGetRows(assembly, token);
                found = new CustomAttributeData[rows.Length / 2];
                for (int i = 0; i < found.Length; i++)
                    found[i] = new RuntimeCustomAttributeData(new RuntimeConstructorInfo((IntPtr)rows[2 * i]), (byte[])rows[2 * i + 1], assembly);
                perAssembly[token] = found;
                return found;
            }
        }

        // The attributes on the module (row 1 of the Module table) that defines `type`.
        internal static CustomAttributeData[] ModuleDataOf(Type type)
        {
            RuntimeType rt = type as RuntimeType;
            return rt == null ? Array.Empty<CustomAttributeData>() : Data(InternalTypeAssembly(rt._impl), 0x00000001);
        }

        // Where a member's attributes live: its defining assembly and metadata token.
        internal static CustomAttributeData[] DataOf(object member)
        {
            RuntimeType rt = member as RuntimeType;
            if (rt != null) return Data(InternalTypeAssembly(rt._impl), InternalTypeToken(rt._impl));
            RuntimeMethodInfo mi = member as RuntimeMethodInfo;
            if (mi != null) return Data(InternalMethodAssembly(mi._ptr), InternalMethodToken(mi._ptr));
            RuntimeConstructorInfo ci = member as RuntimeConstructorInfo;
            if (ci != null) return Data(InternalMethodAssembly(ci._ptr), InternalMethodToken(ci._ptr));
            RuntimeFieldInfo fi = member as RuntimeFieldInfo;
            if (fi != null)
            {
                CustomAttributeData[] real = Data(InternalFieldAssembly(fi._ptr), InternalFieldToken(fi._ptr));
                return ((int)fi.Attributes & 0x80) != 0 ? WithPseudo(real, typeof(NonSerializedAttribute)) : real;
            }
            RuntimePropertyInfo pi = member as RuntimePropertyInfo;
            if (pi != null) { IntPtr acc = pi.AccessorPtr; return Data(InternalMethodAssembly(acc), InternalPropertyToken(acc)); }
            RuntimeEventInfo ei = member as RuntimeEventInfo;
            if (ei != null) return Data(CustomAttributeReader.InternalTypeAssembly(ei.DeclaringTypeImpl), ei.Token);
            ParameterInfo p = member as ParameterInfo;
            if (p != null && p.MethodPtr != IntPtr.Zero)
            {
                // Param flags surface as the pseudo-custom attributes In, Out and Optional, as in .NET.
                CustomAttributeData[] real = Data(InternalMethodAssembly(p.MethodPtr), InternalParamToken(p.MethodPtr, p.Position));
                ParameterAttributes flags = p.Attributes;
                if ((flags & ParameterAttributes.In) != 0) real = WithPseudo(real, typeof(System.Runtime.InteropServices.InAttribute));
                if ((flags & ParameterAttributes.Out) != 0) real = WithPseudo(real, typeof(System.Runtime.InteropServices.OutAttribute));
                if ((flags & ParameterAttributes.Optional) != 0) real = WithPseudo(real, typeof(System.Runtime.InteropServices.OptionalAttribute));
                return real;
            }
            RuntimeAssembly asm = member as RuntimeAssembly;
            if (asm != null) return Data(asm._ptr, 0x20000001);
            return Array.Empty<CustomAttributeData>();
        }

        // The pseudo-attributes' constructors are reached only through GetConstructor
        // here: a trimmed corlib must keep them.
        [System.Diagnostics.CodeAnalysis.DynamicDependency(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(NonSerializedAttribute))]
        [System.Diagnostics.CodeAnalysis.DynamicDependency(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(System.Runtime.InteropServices.InAttribute))]
        [System.Diagnostics.CodeAnalysis.DynamicDependency(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(System.Runtime.InteropServices.OutAttribute))]
        [System.Diagnostics.CodeAnalysis.DynamicDependency(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(System.Runtime.InteropServices.OptionalAttribute))]
        private static CustomAttributeData[] WithPseudo(CustomAttributeData[] real, Type attributeType)
        {
            CustomAttributeData[] r = new CustomAttributeData[real.Length + 1];
            Array.Copy(real, r, real.Length);
            r[real.Length] = new RuntimeCustomAttributeData((RuntimeConstructorInfo)attributeType.GetConstructor(Type.EmptyTypes), new byte[] { 1, 0, 0, 0 }, IntPtr.Zero);
            return r;
        }

        internal static AttributeUsageAttribute UsageOf(Type attributeType)
        {
            lock (s_usage)
            {
                AttributeUsageAttribute u;
                if (s_usage.TryGetValue(attributeType, out u)) return u;
            }
            AttributeUsageAttribute found = null;
            if (attributeType != typeof(AttributeUsageAttribute))
            {
                for (Type t = attributeType; t != null && found == null; t = t.BaseType)
                    foreach (CustomAttributeData d in DataOf(t))
                        if (d.AttributeType == typeof(AttributeUsageAttribute)) { found = (AttributeUsageAttribute)((RuntimeCustomAttributeData)d).Instantiate(); break; }
            }
            if (found == null) found = new AttributeUsageAttribute(AttributeTargets.All) { Inherited = true };
            lock (s_usage) s_usage[attributeType] = found;
            return found;
        }

        // The member an inheriting lookup visits next: a type's base type, an
        // override's overridden method, a property's or event's base declaration.
        internal static object Parent(object member)
        {
            Type t = member as Type;
            if (t != null) return t.BaseType;
            RuntimeMethodInfo m = member as RuntimeMethodInfo;
            if (m != null) { MethodInfo b = m.GetParentDefinition(); return b; }
            RuntimePropertyInfo p = member as RuntimePropertyInfo;
            if (p != null)
            {
                RuntimeMethodInfo acc = (RuntimeMethodInfo)(p.GetGetMethod(true) ?? p.GetSetMethod(true));
                MethodInfo baseAcc = acc.GetParentDefinition();
                if (baseAcc == null) return null;
                foreach (PropertyInfo bp in baseAcc.DeclaringType.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                    if (bp.Name == p.Name) return bp;
                return null;
            }
            EventInfo e = member as EventInfo;
            if (e != null)
            {
                RuntimeMethodInfo add = e.GetAddMethod(true) as RuntimeMethodInfo;
                MethodInfo baseAdd = add == null ? null : add.GetParentDefinition();
                if (baseAdd == null) return null;
                return baseAdd.DeclaringType.GetEvent(e.Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
            }
            return null;
        }

        // GetCustomAttributes(filter, inherit) with .NET's rules: inherited
        // attributes must say Inherited = true, and a single-use attribute
        // found on a more derived member hides the base member's.
        internal static object[] Get(object member, Type filter, bool inherit)
        {
            if (filter == null) filter = typeof(object);
            List<object> result = new List<object>();
            List<Type> seen = new List<Type>();
            bool derived = true;
            for (object m = member; m != null; m = inherit ? Parent(m) : null)
            {
                int levelStart = result.Count;
                foreach (CustomAttributeData d in DataOf(m))
                {
                    Type at = d.AttributeType;
                    if (!filter.IsAssignableFrom(at)) continue;
                    if (!derived)
                    {
                        AttributeUsageAttribute u = UsageOf(at);
                        if (!u.Inherited) continue;
                        if (!u.AllowMultiple && seen.Contains(at)) continue;
                    }
                    result.Add(((RuntimeCustomAttributeData)d).Instantiate());
                }
                for (int i = levelStart; i < result.Count; i++) seen.Add(result[i].GetType());
                derived = false;
            }
            Type elem = filter == typeof(object) || filter.IsValueType || filter.ContainsGenericParameters ? typeof(Attribute) : filter;
            if (!elem.IsValueType && elem != typeof(Attribute) && !typeof(Attribute).IsAssignableFrom(elem) && !elem.IsInterface) elem = typeof(Attribute);
            object[] r = (object[])Array.CreateInstance(elem, result.Count);
            for (int i = 0; i < r.Length; i++) r[i] = result[i];
            return r;
        }

        internal static bool IsDefined(object member, Type filter, bool inherit)
        {
            if (filter == null) throw new ArgumentNullException("attributeType");
            bool derived = true;
            for (object m = member; m != null; m = inherit ? Parent(m) : null)
            {
                foreach (CustomAttributeData d in DataOf(m))
                    if (filter.IsAssignableFrom(d.AttributeType) && (derived || UsageOf(d.AttributeType).Inherited)) return true;
                derived = false;
            }
            return false;
        }

        internal static IList<CustomAttributeData> DataList(object member)
        {
            return new ReadOnlyCollection<CustomAttributeData>(new List<CustomAttributeData>(DataOf(member)));
        }

        // Resolves a type name from an attribute blob or Type.GetType: "Ns.Name+Nested`1[[Arg, Asm]][], Assembly, Version=...".
        internal static Type ResolveTypeName(string name, IntPtr contextAssembly, bool throwOnError)
        {
            int pos = 0;
            Type t = TypeNameParser.Parse(name, ref pos, contextAssembly, true);
            if (t == null && throwOnError) throw new TypeLoadException("Could not load type '" + name + "'.");
            return t;
        }
    }

    // The assembly-qualified type-name grammar used by Type.GetType and attribute blobs.
    internal static class TypeNameParser
    {
        internal static Type Parse(string s, ref int i, IntPtr context, bool allowAssembly)
        {
            while (i < s.Length && s[i] == ' ') i++;
            StringBuilder name = new StringBuilder();
            while (i < s.Length && s[i] != '[' && s[i] != ']' && s[i] != ',' && s[i] != '&' && s[i] != '*')
            {
                if (s[i] == '\\' && i + 1 < s.Length) i++;
                name.Append(s[i++]);
            }
            List<Type> typeArgs = null;
            bool argsFailed = false;
            if (i + 1 < s.Length && s[i] == '[' && s[i + 1] != ']' && s[i + 1] != ',' && s[i + 1] != '*')
            {
                typeArgs = new List<Type>();
                i++;
                while (i < s.Length)
                {
                    while (i < s.Length && s[i] == ' ') i++;
                    Type arg;
                    if (i < s.Length && s[i] == '[')
                    {
                        i++;
                        arg = Parse(s, ref i, context, true);
                        if (i < s.Length && s[i] == ']') i++;
                    }
                    else arg = Parse(s, ref i, context, false);
                    if (arg == null) argsFailed = true;
                    typeArgs.Add(arg);
                    if (i < s.Length && s[i] == ',') { i++; continue; }
                    if (i < s.Length && s[i] == ']') i++;
                    break;
                }
            }
            List<int> suffixes = new List<int>();   // 0 pointer, -1 byref, n array rank (-2: SZ array)
            while (i < s.Length)
            {
                if (s[i] == '*') { suffixes.Add(0); i++; }
                else if (s[i] == '&') { suffixes.Add(-1); i++; }
                else if (s[i] == '[' && i + 1 < s.Length && (s[i + 1] == ']' || s[i + 1] == ',' || s[i + 1] == '*'))
                {
                    int rank = 1; bool star = false; i++;
                    while (i < s.Length && s[i] != ']') { if (s[i] == ',') rank++; if (s[i] == '*') star = true; i++; }
                    i++;
                    suffixes.Add(rank == 1 && !star ? -2 : rank);
                }
                else break;
            }
            IntPtr where = context;
            IntPtr real = IntPtr.Zero;
            bool explicitAssembly = false;
            if (allowAssembly && i < s.Length && s[i] == ',')
            {
                i++;
                int start = i;
                while (i < s.Length && s[i] != ']') i++;
                string asmName = s.Substring(start, i - start).Trim();
                int comma = asmName.IndexOf(',');
                if (comma >= 0) asmName = asmName.Substring(0, comma).Trim();
                where = RuntimeAssembly.InternalByName(asmName);
                real = RuntimeAssembly.InternalLoadedByName(asmName);
                if (where == IntPtr.Zero) return null;
                explicitAssembly = true;
            }
            string n = name.ToString().Trim();
            if (typeArgs != null && n.IndexOf('`') < 0) n = n + "`" + typeArgs.Count;
            Type t = null;
            if (where != IntPtr.Zero) t = CustomAttributeReader.InternalFindType(where, n);
            // a framework name is the corlib first, then the real assembly of that name
            if (t == null && real != IntPtr.Zero && real != where) t = CustomAttributeReader.InternalFindType(real, n);
            if (t == null && !explicitAssembly) t = CustomAttributeReader.InternalFindType(IntPtr.Zero, n);
            if (t == null || argsFailed) return null;
            if (typeArgs != null) t = t.MakeGenericType(typeArgs.ToArray());
            foreach (int sfx in suffixes)
            {
                if (sfx == -2) t = t.MakeArrayType();
                else if (sfx == -1 || sfx == 0) return null;   // no by-ref or pointer Type objects from names yet
                else t = t.MakeArrayType(sfx);
            }
            return t;
        }
    }
}
