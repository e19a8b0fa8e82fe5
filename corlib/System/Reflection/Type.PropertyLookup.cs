// Type.GetProperty overloads that select by return type and index parameter
// types (an indexer "Item" is told apart from another by its parameters).
using System.Reflection;

namespace System
{
    public abstract partial class Type
    {
        public PropertyInfo GetProperty(string name, Type returnType) { return GetProperty(name, PublicLookup, null, returnType, EmptyTypes, null); }
        public PropertyInfo GetProperty(string name, Type[] types) { return GetProperty(name, PublicLookup, null, null, types, null); }
        public PropertyInfo GetProperty(string name, Type returnType, Type[] types) { return GetProperty(name, PublicLookup, null, returnType, types, null); }
        public PropertyInfo GetProperty(string name, Type returnType, Type[] types, ParameterModifier[] modifiers) { return GetProperty(name, PublicLookup, null, returnType, types, modifiers); }

        public PropertyInfo GetProperty(string name, BindingFlags bindingAttr, Binder binder, Type returnType, Type[] types, ParameterModifier[] modifiers)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (types == null) throw new ArgumentNullException("types");
            PropertyInfo found = null;
            foreach (PropertyInfo p in GetProperties(bindingAttr))
            {
                if (!NameMatches(p.Name, name, bindingAttr)) continue;
                if (returnType != null && p.PropertyType != returnType) continue;
                ParameterInfo[] index = p.GetIndexParameters();
                if (index.Length != types.Length) continue;
                bool same = true;
                for (int i = 0; i < index.Length && same; i++) same = index[i].ParameterType == types[i];
                if (!same) continue;
                // a property redeclared in a derived type hides the base one of the same signature
                if (found != null && found.DeclaringType != p.DeclaringType)
                {
                    if (p.DeclaringType.IsSubclassOf(found.DeclaringType)) found = p;
                    continue;
                }
                if (found != null) throw new AmbiguousMatchException("Ambiguous match found.");
                found = p;
            }
            return found;
        }
    }
}
