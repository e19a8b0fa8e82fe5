using Mono.Cecil;

namespace Cilantro.Trim;

/// <summary>
/// Facade assemblies for the framework names (System.Runtime, System.Console,
/// ...): each forwards every top-level corlib type to the corlib, which is how
/// Cilantro binds those names, so ILLink resolves the app's references as the
/// runtime will. Only ILLink reads them; they are not part of the output.
/// </summary>
static class Facades {
    public static void Write(string dir, string corlibPath, Dictionary<string, Version> names) {
        using var corlib = AssemblyDefinition.ReadAssembly(corlibPath);
        var topLevel = corlib.MainModule.Types.Where(t => t.Name != "<Module>").ToList();
        foreach (var (name, version) in names) {
            var facade = AssemblyDefinition.CreateAssembly(new AssemblyNameDefinition(name, version), name + ".dll", ModuleKind.Dll);
            var module = facade.MainModule;
            foreach (var r in module.AssemblyReferences.ToList()) module.AssemblyReferences.Remove(r);
            var target = new AssemblyNameReference(corlib.Name.Name, corlib.Name.Version);
            module.AssemblyReferences.Add(target);
            foreach (var t in topLevel)
                module.ExportedTypes.Add(new ExportedType(t.Namespace, t.Name, module, target) { Attributes = TypeAttributes.Forwarder });
            facade.Write(Path.Combine(dir, name + ".dll"));
        }
    }
}
