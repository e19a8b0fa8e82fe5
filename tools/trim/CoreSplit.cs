using System.Text;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Cilantro.Trim;

/// <summary>
/// `cilantro-trim --split-core`: cuts the compiled core (mscorlib.dll) in two
/// by type. The types a program starts with (the start list, written by
/// tools/corlib-start-types.mjs from what hello world and a typical program
/// load) stay in the core; every other top-level type moves, with its nested
/// types, to one of the core's own parts, `mscorlib.CoreLib.&lt;Group&gt;`
/// (groups from corlib/core-parts.txt). Roslyn cannot build these parts from
/// source: the core and its parts use each other.
///
/// The references between them name the assembly that defines the type, as
/// any cross-assembly reference does, and the core's index (`[CorlibPart]`)
/// lists the moved types, so the runtime loads a part only when a program
/// first uses one of its types. Tools that resolve `[mscorlib]System.X`
/// (ILLink, for `cilantro trim`) read the whole core the build keeps beside
/// it (whole/mscorlib.dll).
/// docs/corlib.md, "The core's own parts".
/// </summary>
static class CoreSplit {
    public const string Usage = "usage: cilantro-trim --split-core <mscorlib.dll> --start <types.txt> --groups <core-parts.txt> -o <dir>";
    public const string PartPrefix = "mscorlib.CoreLib.";

    public static int Run(string[] args) {
        string? core = null, start = null, groups = null, outDir = null;
        for (int i = 1; i < args.Length; i++) {
            string Next() => i + 1 < args.Length ? args[++i] : throw new TrimException(Usage);
            switch (args[i]) {
                case "--start": start = Next(); break;
                case "--groups": groups = Next(); break;
                case "-o": outDir = Next(); break;
                default: if (core == null) core = args[i]; else throw new TrimException(Usage); break;
            }
        }
        if (core == null || start == null || groups == null || outDir == null) throw new TrimException(Usage);
        var split = new Splitter(core, ReadStart(start), GroupRules.Read(groups));
        split.Write(outDir);
        return 0;
    }

    static HashSet<string> ReadStart(string path) =>
        File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();
}

/// <summary>corlib/core-parts.txt: "Group: pattern pattern ..."; a pattern is a
/// top-level type's full name, a prefix of it ending in '*', or "@file", the
/// full names a file lists (relative to the rules' file's folder's parent: the
/// repository). A full name wins over prefixes; of prefixes, the longest.</summary>
sealed class GroupRules {
    readonly List<(string Pattern, string Group)> rules = new();
    readonly Dictionary<string, string> exact = new(StringComparer.Ordinal);
    public readonly List<string> Groups = new();

    public static GroupRules Read(string path) {
        var g = new GroupRules();
        int n = 0;
        foreach (string raw in File.ReadAllLines(path)) {
            n++;
            string line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new TrimException($"{path}:{n}: expected 'Group: pattern ...'");
            string group = line[..colon].Trim();
            if (!Regex.IsMatch(group, "^[A-Za-z][A-Za-z0-9]*$")) throw new TrimException($"{path}:{n}: bad group name '{group}'");
            if (!g.Groups.Contains(group)) g.Groups.Add(group);
            foreach (string p in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)) {
                if (p.StartsWith('@')) {
                    string list = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "..", p[1..]);
                    if (!File.Exists(list)) throw new TrimException($"{path}:{n}: no file {p[1..]}");
                    foreach (string t in File.ReadAllLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
                        g.exact.TryAdd(t, group);
                } else if (p.EndsWith('*')) {
                    g.rules.Add((p, group));
                } else {
                    g.exact.TryAdd(p, group);
                }
            }
        }
        return g;
    }

    public string? GroupOf(string fullName) {
        if (exact.TryGetValue(fullName, out var named)) return named;
        string? best = null;
        int bestLength = -1;
        foreach (var (p, group) in rules)
            if (fullName.StartsWith(p[..^1], StringComparison.Ordinal) && p.Length > bestLength) { best = group; bestLength = p.Length; }
        return best;
    }
}

sealed class Splitter {
    readonly AssemblyDefinition core;
    readonly ModuleDefinition coreModule;
    readonly Dictionary<string, AssemblyDefinition> parts = new();
    readonly Dictionary<TypeDefinition, string> movedTo = new();   // top-level type -> group

    public Splitter(string corePath, HashSet<string> start, GroupRules rules) {
        // the attributes' enum arguments resolve their types across the new assemblies
        var resolver = new InMemoryResolver();
        core = AssemblyDefinition.ReadAssembly(corePath, new ReaderParameters { ReadingMode = ReadingMode.Immediate, InMemory = true, AssemblyResolver = resolver });
        resolver.Add(core);
        coreModule = core.MainModule;
        var keep = new HashSet<string>(start);
        foreach (string t in BinderRoots.TypeNames()) keep.Add(t);
        foreach (var t in coreModule.Types) if (MustStay(t)) keep.Add(t.FullName);
        CloseOverLayout(keep);
        foreach (var t in coreModule.Types.ToList()) {
            if (keep.Contains(t.FullName)) continue;
            string group = rules.GroupOf(t.FullName) ?? throw new TrimException($"core-parts: no group for {t.FullName}");
            movedTo[t] = group;
        }
        // every group is written, even one left empty, so the set of files is always the same
        foreach (string group in rules.Groups) {
            var name = new AssemblyNameDefinition(CoreSplit.PartPrefix + group, core.Name.Version);
            var part = AssemblyDefinition.CreateAssembly(name, name.Name + ".dll", new ModuleParameters {
                Kind = ModuleKind.Dll, Runtime = coreModule.Runtime, Architecture = coreModule.Architecture, AssemblyResolver = resolver,
            });
            resolver.Add(part);
            part.MainModule.Attributes = coreModule.Attributes;
            parts[group] = part;
        }
        Move();
    }

    /// <summary>What the runtime needs in the core itself: the module type, the
    /// compiler's data holders, the index's attribute, and the framework shapes
    /// with their attribute (runtime/types/assembly.c finds them by the core's
    /// MethodDef rows of its constructor).</summary>
    static bool MustStay(TypeDefinition t) =>
        t.Name == "<Module>" || t.Name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal) ||
        t.FullName == "System.Runtime.CompilerServices.CorlibPartAttribute" ||
        t.FullName == "System.Runtime.CompilerServices.FrameworkShapeAttribute" ||
        t.CustomAttributes.Any(a => a.AttributeType.Name == "FrameworkShapeAttribute");

    /// <summary>Adds what preparing a kept type needs: its base types, its interfaces
    /// and the value types its instance fields hold (with their generic arguments), so
    /// that the runtime lays out and builds the vtable of every type in the core, the
    /// exceptions it throws among them, without a part. Method bodies may still use
    /// types of the parts: those load when the code runs.</summary>
    void CloseOverLayout(HashSet<string> keep) {
        var byName = coreModule.Types.ToDictionary(t => t.FullName, StringComparer.Ordinal);
        var work = new Queue<TypeDefinition>(coreModule.Types.Where(t => keep.Contains(t.FullName)));
        void Need(TypeReference? r) {
            switch (r) {
                case null: case GenericParameter: return;
                case GenericInstanceType g: Need(g.ElementType); foreach (var a in g.GenericArguments) Need(a); return;
                case TypeSpecification ts: Need(ts.ElementType); return;
            }
            var d = r!.Resolve();
            if (d == null || d.Module != coreModule) return;
            while (d.DeclaringType != null) d = d.DeclaringType;
            if (keep.Add(d.FullName)) work.Enqueue(byName[d.FullName]);
        }
        void Visit(TypeDefinition t) {
            Need(t.BaseType);
            foreach (var i in t.Interfaces) Need(i.InterfaceType);
            foreach (var f in t.Fields) if (!f.IsStatic && !f.FieldType.IsGenericParameter && f.FieldType.IsValueType) Need(f.FieldType);
            foreach (var n in t.NestedTypes) Visit(n);
        }
        while (work.Count > 0) Visit(work.Dequeue());
    }

    static readonly System.Reflection.FieldInfo ModuleField =
        typeof(TypeReference).GetField("module", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
        ?? throw new TrimException("Mono.Cecil: TypeReference.module not found");

    void Move() {
        // Cecil reads bodies, constants and layouts from the image of the type's module
        // when first asked: ask while that is still the core's
        foreach (var t in movedTo.Keys) ReadWhole(t);
        foreach (var (t, group) in movedTo) {
            coreModule.Types.Remove(t);
            parts[group].MainModule.Types.Add(t);
            SetModule(t, parts[group].MainModule);
        }
        // Nested types keep the module they were read from unless told.
        static void SetModule(TypeDefinition t, ModuleDefinition m) {
            foreach (var n in t.NestedTypes) { ModuleField.SetValue(n, m); SetModule(n, m); }
        }
        foreach (var m in Modules()) new Retarget(m).Module();
        AddIndex();
    }

    static void ReadWhole(TypeDefinition t) {
        _ = t.PackingSize + t.ClassSize;
        foreach (var f in t.Fields) { _ = f.Constant; _ = f.InitialValue; _ = f.Offset; _ = f.MarshalInfo; }
        foreach (var p in t.Properties) _ = p.Constant;
        foreach (var m in t.Methods) {
            if (m.HasBody) _ = m.Body.Instructions;
            _ = m.Overrides; _ = m.PInvokeInfo; _ = m.MethodReturnType.MarshalInfo;
            foreach (var p in m.Parameters) { _ = p.Constant; _ = p.MarshalInfo; }
        }
        foreach (var n in t.NestedTypes) ReadWhole(n);
    }

    IEnumerable<ModuleDefinition> Modules() => parts.Values.Select(p => p.MainModule).Prepend(coreModule);

    void AddIndex() {
        var ctor = coreModule.Types.First(t => t.FullName == "System.Runtime.CompilerServices.CorlibPartAttribute")
            .Methods.First(m => m.IsConstructor && !m.IsStatic);
        var stringType = coreModule.TypeSystem.String;
        foreach (var (group, part) in parts) {
            var types = movedTo.Where(kv => kv.Value == group).Select(kv => kv.Key).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
            var index = new CustomAttribute(ctor);
            index.ConstructorArguments.Add(new CustomAttributeArgument(stringType, part.Name.Name));
            index.ConstructorArguments.Add(new CustomAttributeArgument(stringType, string.Join('\n', types.Select(t => t.FullName))));
            core.CustomAttributes.Add(index);
        }
    }

    public void Write(string outDir) {
        Directory.CreateDirectory(outDir);
        var wp = new WriterParameters { DeterministicMvid = true };
        core.Write(Path.Combine(outDir, coreModule.Name), wp);
        foreach (var part in parts.Values) part.Write(Path.Combine(outDir, part.MainModule.Name), wp);
        var sb = new StringBuilder();
        foreach (var part in parts.Values) sb.Append(part.Name.Name).Append('\n');
        File.WriteAllText(Path.Combine(outDir, "core-parts.txt"), sb.ToString());
        Console.WriteLine($"split-core: {coreModule.Types.Count} types stay in {coreModule.Name}; " +
                          string.Join(", ", parts.Select(p => $"{p.Value.MainModule.Types.Count} in {p.Value.Name.Name}")));
    }
}

/// <summary>Resolves the core and its new parts by name, from memory.</summary>
sealed class InMemoryResolver : IAssemblyResolver {
    readonly Dictionary<string, AssemblyDefinition> byName = new(StringComparer.Ordinal);
    public void Add(AssemblyDefinition a) => byName[a.Name.Name] = a;
    public AssemblyDefinition Resolve(AssemblyNameReference name) => Resolve(name, new ReaderParameters());
    public AssemblyDefinition Resolve(AssemblyNameReference name, ReaderParameters parameters) =>
        byName.TryGetValue(name.Name, out var a) ? a : throw new AssemblyResolutionException(name);
    public void Dispose() { }
}

/// <summary>Rewrites one module's references to types and members that now
/// live in another module as references scoped to that module's assembly.</summary>
sealed class Retarget {
    readonly ModuleDefinition module;
    readonly Dictionary<TypeDefinition, TypeReference> typeRefs = new();

    public Retarget(ModuleDefinition module) { this.module = module; }

    public static AssemblyNameReference AssemblyRef(ModuleDefinition m, AssemblyNameDefinition name) {
        var r = m.AssemblyReferences.FirstOrDefault(a => a.Name == name.Name);
        if (r == null) { r = new AssemblyNameReference(name.Name, name.Version); m.AssemblyReferences.Add(r); }
        return r;
    }

    bool Local(TypeDefinition t) => t.Module == module;

    public TypeReference Type(TypeReference t) {
        switch (t) {
            case null: return null!;
            case TypeDefinition d:
                return Local(d) ? d : Ref(d);
            case GenericParameter: return t;
            case GenericInstanceType g: {
                var e = Type(g.ElementType);
                var args = g.GenericArguments.Select(Type).ToList();
                if (e == g.ElementType && args.SequenceEqual(g.GenericArguments)) return g;
                var n = new GenericInstanceType(e);
                foreach (var a in args) n.GenericArguments.Add(a);
                return n;
            }
            case ArrayType a: {
                var e = Type(a.ElementType);
                if (e == a.ElementType) return a;
                var n = new ArrayType(e);
                if (!a.IsVector) { n.Dimensions.Clear(); foreach (var d in a.Dimensions) n.Dimensions.Add(d); }
                return n;
            }
            case ByReferenceType b: { var e = Type(b.ElementType); return e == b.ElementType ? b : new ByReferenceType(e); }
            case PointerType p: { var e = Type(p.ElementType); return e == p.ElementType ? p : new PointerType(e); }
            case PinnedType p: { var e = Type(p.ElementType); return e == p.ElementType ? p : new PinnedType(e); }
            case SentinelType s: { var e = Type(s.ElementType); return e == s.ElementType ? s : new SentinelType(e); }
            case RequiredModifierType r: {
                var e = Type(r.ElementType); var m = Type(r.ModifierType);
                return e == r.ElementType && m == r.ModifierType ? r : new RequiredModifierType(m, e);
            }
            case OptionalModifierType o: {
                var e = Type(o.ElementType); var m = Type(o.ModifierType);
                return e == o.ElementType && m == o.ModifierType ? o : new OptionalModifierType(m, e);
            }
            case FunctionPointerType f: {
                var n = new FunctionPointerType { HasThis = f.HasThis, ExplicitThis = f.ExplicitThis, CallingConvention = f.CallingConvention, ReturnType = Type(f.ReturnType) };
                foreach (var p in f.Parameters) n.Parameters.Add(new ParameterDefinition(Type(p.ParameterType)));
                return n;
            }
            default:
                if (t.GetType() != typeof(TypeReference)) throw new TrimException($"split-core: cannot retarget {t.GetType().Name} {t}");
                if (t.Module == module) return t;   // a TypeRef this module already had
                // one made for another module (a signature that module's pass rewrote)
                var def = t.Resolve() ?? throw new TrimException($"split-core: cannot resolve {t}");
                return Local(def) ? def : Ref(def);
        }
    }

    TypeReference Ref(TypeDefinition d) {
        if (typeRefs.TryGetValue(d, out var r)) return r;
        // a primitive signs as its element type (I4, STRING, ...), not as a class reference
        r = Primitive(d);
        if (r == null) {
            r = d.IsNested
                ? new TypeReference("", d.Name, module, null, d.IsValueType) { DeclaringType = Ref(d.DeclaringType) }
                : new TypeReference(d.Namespace, d.Name, module, AssemblyRef(module, d.Module.Assembly.Name), d.IsValueType);
            // the reference keeps the arity, so a generic instance of it signs as one
            foreach (var gp in d.GenericParameters) r.GenericParameters.Add(new GenericParameter(gp.Name, r));
        }
        typeRefs[d] = r;
        return r;
    }

    TypeReference? Primitive(TypeDefinition d) {
        if (d.Namespace != "System" || d.IsNested) return null;
        var ts = module.TypeSystem;
        return d.Name switch {
            "Object" => ts.Object, "Void" => ts.Void, "Boolean" => ts.Boolean, "Char" => ts.Char,
            "SByte" => ts.SByte, "Byte" => ts.Byte, "Int16" => ts.Int16, "UInt16" => ts.UInt16,
            "Int32" => ts.Int32, "UInt32" => ts.UInt32, "Int64" => ts.Int64, "UInt64" => ts.UInt64,
            "Single" => ts.Single, "Double" => ts.Double, "IntPtr" => ts.IntPtr, "UIntPtr" => ts.UIntPtr,
            "String" => ts.String, "TypedReference" => ts.TypedReference, _ => null,
        };
    }

    public MethodReference Method(MethodReference m) {
        switch (m) {
            case null: return null!;
            case GenericInstanceMethod g: {
                var e = Method(g.ElementMethod);
                var args = g.GenericArguments.Select(Type).ToList();
                if (e == g.ElementMethod && args.SequenceEqual(g.GenericArguments)) return g;
                var n = new GenericInstanceMethod(e);
                foreach (var a in args) n.GenericArguments.Add(a);
                return n;
            }
            case MethodDefinition d when d.DeclaringType.Module == module: return d;
            default: {
                var declaring = Type(m.DeclaringType);
                if (m is not MethodDefinition && declaring == m.DeclaringType && SignatureIsLocal(m)) return m;
                var n = new MethodReference(m.Name, Type(m.ReturnType), declaring) {
                    HasThis = m.HasThis, ExplicitThis = m.ExplicitThis, CallingConvention = m.CallingConvention,
                };
                foreach (var gp in m.GenericParameters) n.GenericParameters.Add(new GenericParameter(gp.Name, n));
                foreach (var p in m.Parameters) n.Parameters.Add(new ParameterDefinition(Type(p.ParameterType)));
                return n;
            }
        }
    }

    bool SignatureIsLocal(MethodReference m) =>
        Type(m.ReturnType) == m.ReturnType && m.Parameters.All(p => Type(p.ParameterType) == p.ParameterType);

    public FieldReference Field(FieldReference f) {
        if (f is FieldDefinition d && d.DeclaringType.Module == module) return d;
        var declaring = Type(f.DeclaringType);
        var type = Type(f.FieldType);
        if (f is not FieldDefinition && declaring == f.DeclaringType && type == f.FieldType) return f;
        return new FieldReference(f.Name, type, declaring);
    }

    public void Module() {
        Attributes(module.Assembly.CustomAttributes);
        Attributes(module.CustomAttributes);
        foreach (var t in module.Types) TypeDef(t);
    }

    void Attributes(IEnumerable<CustomAttribute> list) {
        // The blob names types by string, so only the constructor is a reference.
        foreach (var a in list) a.Constructor = Method(a.Constructor);
    }

    void GenericParams(IEnumerable<GenericParameter> gps) {
        foreach (var gp in gps) {
            Attributes(gp.CustomAttributes);
            foreach (var c in gp.Constraints) { c.ConstraintType = Type(c.ConstraintType); Attributes(c.CustomAttributes); }
        }
    }

    void TypeDef(TypeDefinition t) {
        if (t.BaseType != null) t.BaseType = Type(t.BaseType);
        foreach (var i in t.Interfaces) { i.InterfaceType = Type(i.InterfaceType); Attributes(i.CustomAttributes); }
        Attributes(t.CustomAttributes);
        GenericParams(t.GenericParameters);
        foreach (var f in t.Fields) { f.FieldType = Type(f.FieldType); Attributes(f.CustomAttributes); }
        foreach (var p in t.Properties) { p.PropertyType = Type(p.PropertyType); Attributes(p.CustomAttributes); }
        foreach (var e in t.Events) { e.EventType = Type(e.EventType); Attributes(e.CustomAttributes); }
        foreach (var m in t.Methods) MethodDef(m);
        foreach (var n in t.NestedTypes) TypeDef(n);
    }

    void MethodDef(MethodDefinition m) {
        m.ReturnType = Type(m.ReturnType);
        Attributes(m.MethodReturnType.CustomAttributes);
        Attributes(m.CustomAttributes);
        GenericParams(m.GenericParameters);
        foreach (var p in m.Parameters) { p.ParameterType = Type(p.ParameterType); Attributes(p.CustomAttributes); }
        for (int i = 0; i < m.Overrides.Count; i++) m.Overrides[i] = Method(m.Overrides[i]);
        if (m.HasPInvokeInfo) throw new TrimException($"split-core: {m.FullName} is a P/Invoke");
        if (!m.HasBody) return;
        var body = m.Body;
        foreach (var v in body.Variables) v.VariableType = Type(v.VariableType);
        foreach (var h in body.ExceptionHandlers) if (h.CatchType != null) h.CatchType = Type(h.CatchType);
        foreach (var ins in body.Instructions) {
            switch (ins.Operand) {
                case TypeReference tr: ins.Operand = Type(tr); break;
                case MethodReference mr: ins.Operand = Method(mr); break;
                case FieldReference fr: ins.Operand = Field(fr); break;
                case CallSite cs:
                    cs.ReturnType = Type(cs.ReturnType);
                    foreach (var p in cs.Parameters) p.ParameterType = Type(p.ParameterType);
                    break;
            }
        }
    }
}
