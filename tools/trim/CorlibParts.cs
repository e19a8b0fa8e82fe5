using Mono.Cecil;

namespace Cilantro.Trim;

/// <summary>
/// The corlib's parts (corlib/parts.txt; docs/corlib.md, "Parts"): System.Linq,
/// System.Text.RegularExpressions, ... beside the core, each named by one
/// <c>[CorlibPart(assembly, types)]</c> attribute of the core. ILLink trims them
/// with the core; afterwards the trimmed core's index names only the parts
/// ILLink kept, each with the public types it kept (the runtime loads a part
/// only through that index: runtime/types/corlib_parts.c).
/// </summary>
static class CorlibParts {
    public const string AttributeNamespace = "System.Runtime.CompilerServices";
    public const string AttributeName = "CorlibPartAttribute";

    static bool IsPartAttribute(CustomAttribute a) =>
        a.AttributeType.Namespace == AttributeNamespace && a.AttributeType.Name == AttributeName;

    /// <summary>The core before the build cut its own parts from it (whole/mscorlib.dll beside
    /// <paramref name="corlibPath"/>), or the corlib itself when there is none.</summary>
    public static string WholeCore(string corlibPath) {
        string whole = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corlibPath))!, "whole", Path.GetFileName(corlibPath));
        return File.Exists(whole) ? whole : corlibPath;
    }

    /// <summary>The parts the core's index names, in its order, each as the file in <paramref name="dir"/>.</summary>
    public static List<(string Name, string Path)> Find(string corlibPath, string dir) {
        using var core = AssemblyDefinition.ReadAssembly(corlibPath);
        var parts = new List<(string, string)>();
        foreach (var a in core.CustomAttributes.Where(IsPartAttribute)) {
            string name = (string)a.ConstructorArguments[0].Value;
            string file = Path.Combine(dir, name + ".dll");
            if (!File.Exists(file)) throw new TrimException($"the corlib's part {name} is not beside it ({file}; build it with 'make corlib')");
            parts.Add((name, file));
        }
        return parts;
    }

    /// <summary>What the index lists of a part: its public top-level types, "Namespace.Name`N"
    /// (as tools/corlib-parts-index.mjs writes them).</summary>
    public static string IndexTypes(ModuleDefinition part) =>
        string.Join("\n", part.Types.Where(t => t.IsPublic).Select(t => t.FullName));

    /// <summary>Rewrites the trimmed core's index for the parts in <paramref name="kept"/>
    /// (the trimmed files): one attribute each, with the types it kept. Without parts the
    /// attribute type goes too, and so do the core's [InternalsVisibleTo] naming a part
    /// that is not there.</summary>
    public static void RewriteIndex(AssemblyDefinition core, IReadOnlyList<(string Name, string Path)> kept, IEnumerable<string> allParts) {
        var old = core.CustomAttributes.Where(IsPartAttribute).ToList();
        var type = core.MainModule.GetType(AttributeNamespace, AttributeName);
        MethodReference? ctor = old.FirstOrDefault()?.Constructor
            ?? type?.Methods.FirstOrDefault(m => m.IsConstructor && !m.IsStatic && m.Parameters.Count == 2);
        foreach (var a in old) core.CustomAttributes.Remove(a);
        if (kept.Count > 0) {
            if (ctor == null) throw new TrimException($"ILLink removed {AttributeNamespace}.{AttributeName}, which the corlib's index of its parts needs");
            // the core's own System.String: Cecil's TypeSystem would make it a reference to
            // mscorlib 4.0.0.0 when ILLink's output references a part (its forwarders)
            TypeReference str = core.MainModule.GetType("System", "String");
            foreach (var (name, path) in kept) {
                using var part = AssemblyDefinition.ReadAssembly(path);
                var a = new CustomAttribute(ctor);
                a.ConstructorArguments.Add(new CustomAttributeArgument(str, name));
                a.ConstructorArguments.Add(new CustomAttributeArgument(str, IndexTypes(part.MainModule)));
                core.CustomAttributes.Add(a);
            }
        } else if (type != null) {
            RemoveIfUnused(core.MainModule, type);
        }
        // the friends the core names for its parts (tools/build-corlib.sh): only those present;
        // without any, the attribute type goes too when nothing else uses it (ILLink kept it for them)
        var absent = allParts.Except(kept.Select(k => k.Name)).ToHashSet(StringComparer.Ordinal);
        const string Friends = "System.Runtime.CompilerServices.InternalsVisibleToAttribute";
        var friends = core.CustomAttributes.Where(a => a.AttributeType.FullName == Friends).ToList();
        foreach (var a in friends.Where(a => a.ConstructorArguments.Count == 1 && a.ConstructorArguments[0].Value is string s && absent.Contains(s)))
            core.CustomAttributes.Remove(a);
        if (friends.Count > 0 && core.MainModule.GetType(Friends) is TypeDefinition friendsType) RemoveIfUnused(core.MainModule, friendsType);
    }

    /// <summary>Removes a top-level type that nothing in the module mentions: no
    /// signature, body, base type or custom attribute.</summary>
    static void RemoveIfUnused(ModuleDefinition module, TypeDefinition type) {
        bool Is(TypeReference? r) => r switch {
            null => false,
            GenericInstanceType g => Is(g.ElementType) || g.GenericArguments.Any(Is),
            TypeSpecification s => Is(s.ElementType),
            _ => r == type || (r.Name == type.Name && r.Namespace == type.Namespace),
        };
        bool InAttributes(ICustomAttributeProvider p) => p.HasCustomAttributes && p.CustomAttributes.Any(a => Is(a.AttributeType)
            || a.ConstructorArguments.Any(c => c.Value is TypeReference t && Is(t)));
        bool InMember(MemberReference m) => m switch {
            MethodReference mr => Is(mr.DeclaringType) || Is(mr.ReturnType) || mr.Parameters.Any(p => Is(p.ParameterType))
                                  || (mr is GenericInstanceMethod gm && gm.GenericArguments.Any(Is)),
            FieldReference f => Is(f.DeclaringType) || Is(f.FieldType),
            TypeReference t => Is(t),
            _ => false,
        };
        if (InAttributes(module.Assembly) || InAttributes(module)) return;
        foreach (var t in module.GetTypes()) {
            if (t == type || IsNestedIn(t, type)) continue;
            if (Is(t.BaseType) || t.Interfaces.Any(i => Is(i.InterfaceType)) || InAttributes(t)) return;
            if (t.GenericParameters.Any(g => g.Constraints.Any(c => Is(c.ConstraintType)))) return;
            foreach (var f in t.Fields) if (Is(f.FieldType) || InAttributes(f)) return;
            foreach (var p in t.Properties) if (Is(p.PropertyType) || InAttributes(p)) return;
            foreach (var e in t.Events) if (Is(e.EventType) || InAttributes(e)) return;
            foreach (var m in t.Methods) {
                if (InMember(m) || InAttributes(m) || m.Parameters.Any(InAttributes) || InAttributes(m.MethodReturnType)) return;
                if (m.GenericParameters.Any(g => g.Constraints.Any(c => Is(c.ConstraintType)))) return;
                if (!m.HasBody) continue;
                if (m.Body.Variables.Any(v => Is(v.VariableType))) return;
                if (m.Body.ExceptionHandlers.Any(h => Is(h.CatchType))) return;
                if (m.Body.Instructions.Any(i => i.Operand is MemberReference r && InMember(r))) return;
            }
        }
        module.Types.Remove(type);
    }

    static bool IsNestedIn(TypeDefinition t, TypeDefinition outer) {
        for (var d = t.DeclaringType; d != null; d = d.DeclaringType) if (d == outer) return true;
        return false;
    }

    /// <summary>Reading an assembly of the corlib: the others beside it resolve, as writing
    /// one needs (a parameter's default value of an enum type defined in another part).</summary>
    public static ReaderParameters Reading(string path, ReadingMode mode = ReadingMode.Deferred) {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new ReaderParameters { ReadingMode = mode, AssemblyResolver = resolver };
    }

    /// <summary>A part as ILLink's input for a framework name of its own (System.Linq,
    /// System.Text.RegularExpressions): the app's [System.Linq]System.Func`2 is the
    /// core's, as the runtime binds it, so the part forwards every top-level type it
    /// does not define to the assembly that does. <see cref="StripForwarders"/> takes
    /// them out of ILLink's output again.</summary>
    public static void AddForwarders(string partIn, string partOut, IReadOnlyDictionary<string, (string Namespace, string Name, AssemblyNameReference Target)> definedIn) {
        using var part = AssemblyDefinition.ReadAssembly(partIn, Reading(partIn));
        var module = part.MainModule;
        // its own types, and those it already forwards (the core, to its own parts: CoreSplit.cs)
        var own = module.Types.Select(t => t.FullName).Concat(module.ExportedTypes.Select(e => e.FullName)).ToHashSet(StringComparer.Ordinal);
        var refs = new Dictionary<string, AssemblyNameReference>(StringComparer.Ordinal);
        foreach (var r in module.AssemblyReferences) refs.TryAdd(r.Name, r);
        foreach (var (fullName, (ns, typeName, target)) in definedIn) {
            if (own.Contains(fullName) || target.Name == part.Name.Name) continue;
            if (!refs.TryGetValue(target.Name, out var scope)) {
                scope = new AssemblyNameReference(target.Name, target.Version);
                module.AssemblyReferences.Add(scope);
                refs[target.Name] = scope;
            }
            module.ExportedTypes.Add(new ExportedType(ns, typeName, module, scope) { Attributes = TypeAttributes.Forwarder });
        }
        part.Write(partOut);
    }

    /// <summary>Writes a trimmed assembly of the corlib (ILLink's output) to
    /// <paramref name="target"/> without the forwarders <see cref="AddForwarders"/>
    /// gave it (the core and the parts define none of their own) and without the
    /// assembly references only they used; the core's version, and every reference
    /// to it, back to the original's (ILLink saw 10.0.0.0: CorlibVersion.cs).
    /// <paramref name="edit"/> changes it further (the core's index).</summary>
    public static void WriteTrimmed(string linked, string original, string target, string corlibName, Version corlibVersion,
                                    Action<AssemblyDefinition>? edit = null) {
        HashSet<string> originalRefs;
        using (var o = AssemblyDefinition.ReadAssembly(original))
            originalRefs = o.MainModule.AssemblyReferences.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        // Read whole at once: Cecil takes a corlib that has assembly references (ILLink's
        // output, for the forwarders) for an ordinary assembly, and its type system then
        // adds a reference to mscorlib 4.0.0.0 while reading; removed below with the rest
        var whole = Reading(linked, ReadingMode.Immediate);
        var first = new MemoryStream();
        using (var a = AssemblyDefinition.ReadAssembly(linked, whole)) {
            a.MainModule.ExportedTypes.Clear();
            edit?.Invoke(a);
            if (a.Name.Name == corlibName) a.Name.Version = corlibVersion;
            foreach (var r in a.MainModule.AssemblyReferences) if (r.Name == corlibName) r.Version = corlibVersion;
            a.Write(first);
        }
        // Cecil writes only the type references still used; the assembly references all
        first.Position = 0;
        using (var a = AssemblyDefinition.ReadAssembly(first, whole)) {
            var module = a.MainModule;
            var used = module.GetTypeReferences().Select(t => t.Scope).OfType<AssemblyNameReference>()
                .Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var r in module.AssemblyReferences.ToList())
                if (!originalRefs.Contains(r.Name) && !used.Contains(r.Name) || r.Name == a.Name.Name) module.AssemblyReferences.Remove(r);
            a.Write(target);
        }
    }
}
