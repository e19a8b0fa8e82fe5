using System.Xml.Linq;
using Mono.Cecil;

namespace Cilantro.Trim;

/// <summary>
/// The corlib types the app's own fields and properties are declared with
/// (<c>SortedDictionary&lt;string, int&gt;</c>, <c>LinkedList&lt;int&gt;</c>, and
/// their generic arguments and array elements), kept constructible: their
/// public parameterless constructor is a root. The app and the libraries beside
/// it are kept whole so that reflection over them behaves as before; a
/// reflection serializer (System.Text.Json, Newtonsoft.Json, XmlSerializer, the
/// configuration binder) then creates the members' values with that constructor
/// and fills them through their interfaces. ILLink sees no <c>newobj</c> of
/// them, so it removed the constructor and, the type not being instantiated,
/// its interface implementations (System.Text.Json read a SortedDictionary as
/// a plain object). A kept constructor makes the type instantiated, so its
/// implementations of the interfaces kept code uses stay.
/// </summary>
static class MemberTypes {
    /// <summary>Descriptor entries (one &lt;assembly&gt; per corlib assembly: the core or a
    /// part) for the types the fields and properties of <paramref name="assemblies"/> name.</summary>
    public static IEnumerable<XElement> Roots(IEnumerable<string> assemblies, IEnumerable<string> corlibFiles) {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in assemblies) {
            using var asm = AssemblyDefinition.ReadAssembly(file);
            foreach (var type in asm.MainModule.GetTypes()) {
                foreach (var f in type.Fields) Collect(f.FieldType, wanted);
                foreach (var p in type.Properties) Collect(p.PropertyType, wanted);
            }
        }
        var byAssembly = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string file in corlibFiles) {
            using var asm = AssemblyDefinition.ReadAssembly(file);
            foreach (var t in asm.MainModule.Types) {
                if (!wanted.Contains(t.FullName) || t.IsAbstract || t.IsInterface || t.IsValueType) continue;
                if (!t.Methods.Any(m => m.IsConstructor && !m.IsStatic && m.IsPublic && m.Parameters.Count == 0)) continue;
                if (!byAssembly.TryGetValue(asm.Name.Name, out var list)) byAssembly[asm.Name.Name] = list = new List<string>();
                list.Add(t.FullName);
                wanted.Remove(t.FullName);   // the core wins a name defined twice
            }
        }
        foreach (var (assembly, types) in byAssembly)
            yield return new XElement("assembly", new XAttribute("fullname", assembly),
                types.Select(t => new XElement("type", new XAttribute("fullname", t),
                    new XElement("method", new XAttribute("signature", "System.Void .ctor()")))));
    }

    // a top-level type's full name as its definition has it ("System.Collections.Generic.SortedDictionary`2"),
    // with the generic arguments and array elements it is built from
    static void Collect(TypeReference t, HashSet<string> into) {
        switch (t) {
            case GenericInstanceType g:
                Collect(g.ElementType, into);
                foreach (var a in g.GenericArguments) Collect(a, into);
                break;
            case TypeSpecification s:   // arrays, by-refs, pointers, modifiers
                Collect(s.ElementType, into);
                break;
            case GenericParameter:
                break;
            default:
                if (t.DeclaringType == null) into.Add(t.FullName);
                break;
        }
    }
}
