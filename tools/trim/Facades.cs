using Mono.Cecil;

namespace Cilantro.Trim;

/// <summary>
/// Facade assemblies for the framework names (System.Runtime, System.Console,
/// ...): each forwards every top-level corlib type to the assembly of the
/// corlib that defines it, the core (mscorlib) or one of its parts
/// (System.Linq, ...), which is how Cilantro binds those names, so ILLink
/// resolves the app's references as the runtime will. A framework name that
/// is a part's own name gets no facade: the part is its assembly, given
/// forwarders for the rest (CorlibParts.AddForwarders). Only ILLink reads
/// the facades; they are not part of the output.
/// </summary>
static class Facades {
    /// <summary>Every top-level type of the core and its parts (full name) and the
    /// assembly that defines it; the core wins a name defined twice
    /// (&lt;PrivateImplementationDetails&gt;).</summary>
    public static Dictionary<string, (string Namespace, string Name, AssemblyNameReference Target)> DefinedIn(string corlibPath, IEnumerable<string> partPaths) {
        var map = new Dictionary<string, (string, string, AssemblyNameReference)>(StringComparer.Ordinal);
        foreach (string file in new[] { corlibPath }.Concat(partPaths)) {
            using var asm = AssemblyDefinition.ReadAssembly(file);
            var target = new AssemblyNameReference(asm.Name.Name, asm.Name.Version);
            foreach (var t in asm.MainModule.Types)
                if (t.Name != "<Module>") map.TryAdd(t.FullName, (t.Namespace, t.Name, target));
        }
        return map;
    }

    public static void Write(string dir, IReadOnlyDictionary<string, (string Namespace, string Name, AssemblyNameReference Target)> definedIn, Dictionary<string, Version> names) {
        foreach (var (name, version) in names) {
            var facade = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, version), name + ".dll", ModuleKind.Dll);
            var module = facade.MainModule;
            foreach (var r in module.AssemblyReferences.ToList()) module.AssemblyReferences.Remove(r);
            var scopes = new Dictionary<string, AssemblyNameReference>(StringComparer.Ordinal);
            foreach (var (ns, typeName, target) in definedIn.Values) {
                if (!scopes.TryGetValue(target.Name, out var scope)) {
                    scope = new AssemblyNameReference(target.Name, target.Version);
                    module.AssemblyReferences.Add(scope);
                    scopes[target.Name] = scope;
                }
                module.ExportedTypes.Add(new ExportedType(ns, typeName, module, scope) { Attributes = TypeAttributes.Forwarder });
            }
            facade.Write(Path.Combine(dir, name + ".dll"));
        }
    }
}
