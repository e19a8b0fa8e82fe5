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

    /// <summary>A copy of the real assembly <paramref name="path"/> backing a framework name
    /// (Trimmer.FindAssemblies) under a name of its own, for ILLink, and the top-level types
    /// (defined or forwarded) it has that the corlib lacks: the name's facade forwards those
    /// to the copy and the rest to the corlib, as the runtime binds the name (corlib first,
    /// runtime/types/assembly.c), so ILLink keeps the corlib's types the app uses through
    /// the name and the real assembly's own references to it.</summary>
    public static (string Path, AssemblyNameReference Name, List<(string Namespace, string Name)> Types) RenameReal(
            string path, string dir, IReadOnlyDictionary<string, (string Namespace, string Name, AssemblyNameReference Target)> definedIn) {
        using var asm = AssemblyDefinition.ReadAssembly(path);
        var types = asm.MainModule.Types.Where(t => t.Name != "<Module>").Select(t => (t.Namespace, t.Name, t.FullName))
            .Concat(asm.MainModule.ExportedTypes.Where(t => t.DeclaringType == null).Select(t => (t.Namespace, t.Name, t.FullName)))
            .Where(t => !definedIn.ContainsKey(t.FullName)).Select(t => (t.Namespace, t.Name)).Distinct().ToList();
        string newName = asm.Name.Name + ".cilantro-real";
        asm.Name.Name = newName;
        asm.MainModule.Name = newName + ".dll";
        // the shared framework's are ReadyToRun: ILLink reads only the IL, Cecil writes only IL
        asm.MainModule.Attributes = (asm.MainModule.Attributes | ModuleAttributes.ILOnly) & ~ModuleAttributes.ILLibrary;
        string file = System.IO.Path.Combine(dir, newName + ".dll");
        asm.Write(file);
        return (file, new AssemblyNameReference(newName, asm.Name.Version), types);
    }

    public static void Write(string dir, IReadOnlyDictionary<string, (string Namespace, string Name, AssemblyNameReference Target)> definedIn, Dictionary<string, Version> names,
                             IReadOnlyDictionary<string, (AssemblyNameReference Target, List<(string Namespace, string Name)> Types)> real) {
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
            if (real.TryGetValue(name, out var backing)) {
                var scope = new AssemblyNameReference(backing.Target.Name, backing.Target.Version);
                module.AssemblyReferences.Add(scope);
                foreach (var (ns, typeName) in backing.Types)
                    module.ExportedTypes.Add(new ExportedType(ns, typeName, module, scope) { Attributes = TypeAttributes.Forwarder });
            }
            facade.Write(Path.Combine(dir, name + ".dll"));
        }
    }
}
