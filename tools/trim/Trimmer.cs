using System.Diagnostics;
using System.Xml.Linq;
using Mono.Cecil;

namespace Cilantro.Trim;

/// <summary>
/// One trim: find the app's assemblies, write facades for the framework
/// names, run ILLink over the corlib and copy the result into the output.
/// </summary>
sealed class Trimmer(TrimOptions options) {
    readonly HashSet<string> frameworkNames = BinderRoots.FrameworkNames();

    public int Run() {
        string app = Path.GetFullPath(options.App);
        if (!File.Exists(app)) throw new TrimException($"cannot open '{options.App}'");
        if (!File.Exists(options.Corlib)) throw new TrimException($"cannot open the corlib '{options.Corlib}' (build it with 'make corlib')");
        string appDir = Path.GetDirectoryName(app)!;
        string outDir = Path.GetFullPath(options.OutDir);
        if (outDir == appDir) throw new TrimException("the output folder must not be the app's folder");

        // ILLink trims the core whole, as Roslyn built it (whole/mscorlib.dll beside it; tools/build-corlib.sh):
        // a trimmed app keeps one core, without the parts the build cut from it by type (CoreSplit.cs)
        string corlib = CorlibParts.WholeCore(options.Corlib);
        string corlibName;
        using (var asm = AssemblyDefinition.ReadAssembly(corlib)) corlibName = asm.Name.Name;
        var parts = CorlibParts.Find(corlib, Path.GetDirectoryName(Path.GetFullPath(options.Corlib))!);
        var definedIn = Facades.DefinedIn(corlib, parts.Select(p => p.Path));

        var partNames = parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var (libraries, corlibRefs, backed) = FindAssemblies(app, appDir, corlibName, definedIn, partNames);
        var keptParts = new List<(string Name, long Before, long After)>();
        long after;
        string work = Directory.CreateTempSubdirectory("cilantro-trim-").FullName;
        try {
            string facades = Path.Combine(work, "facades");
            Directory.CreateDirectory(facades);
            // a name backed by a real assembly binds type by type, as the runtime binds it: the
            // corlib's types to the corlib, the rest to the real assembly, which ILLink gets
            // under a name of its own (the output gets the original)
            var realInputs = new Dictionary<string, string>(StringComparer.Ordinal);
            var realTypes = new Dictionary<string, (AssemblyNameReference, List<(string, string)>)>(StringComparer.Ordinal);
            if (backed.Count > 0) {
                string realDir = Path.Combine(work, "real");
                Directory.CreateDirectory(realDir);
                foreach (var (name, path) in backed) {
                    var (renamed, target, types) = Facades.RenameReal(path, realDir, definedIn);
                    realInputs[path] = renamed;
                    realTypes[name] = (target, types);
                }
            }
            Facades.Write(facades, definedIn, corlibRefs.Where(r => !partNames.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Value), realTypes);
            string roots = Path.Combine(work, "binder-roots.xml");
            BinderRoots.Descriptor(corlibName).Save(roots);
            // the corlib types the app's own fields and properties name stay constructible (MemberTypes.cs)
            string memberRoots = Path.Combine(work, "member-types.xml");
            var own = new[] { app }.Concat(libraries.Where(l => Path.GetDirectoryName(l) == appDir && !frameworkNames.Contains(AssemblyName(l))));
            new XDocument(new XElement("linker", MemberTypes.Roots(own, new[] { corlib }.Concat(parts.Select(p => p.Path))))).Save(memberRoots);
            // ILLink reads a corlib below version 6 as .NET Framework's (CorlibVersion.cs);
            // the parts keep referencing mscorlib 0.0.0.0: ILLink binds references by name
            string inDir = Path.Combine(work, "in");
            Directory.CreateDirectory(inDir);
            string input = Path.Combine(inDir, Path.GetFileName(corlib));
            // [mscorlib]System.Linq.Enumerable (an mcs build) is the part's, as the runtime
            // binds it (the index): ILLink's core forwards every part's type to it
            CorlibParts.AddForwarders(corlib, input, definedIn);
            ushort[] version = CorlibVersion.Read(input);
            if (version[0] < CorlibVersion.Modern[0]) CorlibVersion.Write(input, CorlibVersion.Modern);
            var coreVersion = new Version(version[0], version[1], version[2], version[3]);
            // the parts are trimmed with the core (ILLink's link action); one that is also a
            // framework name the app references stands in for that name's facade
            var inputs = new List<string> { input };
            foreach (var (name, path) in parts) {
                string partInput = Path.Combine(inDir, name + ".dll");
                if (corlibRefs.ContainsKey(name)) CorlibParts.AddForwarders(path, partInput, definedIn);
                else File.Copy(path, partInput);
                inputs.Add(partInput);
            }
            string linked = Path.Combine(work, "out");
            RunILLink(app, libraries.Select(l => realInputs.GetValueOrDefault(l, l)).ToList(), facades, new[] { roots, memberRoots }, linked, corlibName, inputs);

            Directory.CreateDirectory(outDir);
            // the parts ILLink kept, without what AddForwarders gave them; none it removed
            var kept = new List<(string Name, string Path)>();
            foreach (var (name, path) in parts) {
                string target = Path.Combine(outDir, name + ".dll");
                File.Delete(target);
                string trimmedPart = Path.Combine(linked, name + ".dll");
                if (!File.Exists(trimmedPart)) continue;
                CorlibParts.WriteTrimmed(trimmedPart, path, target, corlibName, coreVersion);
                kept.Add((name, target));
                keptParts.Add((name, new FileInfo(path).Length, new FileInfo(target).Length));
            }
            // the core: its index rewritten for the parts kept, its own version back
            string trimmed = Path.Combine(outDir, "mscorlib.dll");
            CorlibParts.WriteTrimmed(Path.Combine(linked, corlibName + ".dll"), corlib, trimmed, corlibName, coreVersion,
                                     core => CorlibParts.RewriteIndex(core, kept, partNames));
            after = new FileInfo(trimmed).Length;
            if (options.Dependencies != null) File.Copy(Path.Combine(linked, "linker-dependencies.xml"), options.Dependencies, true);
            foreach (string file in new[] { app }.Concat(libraries)) CopyWithCompanions(file, outDir);
            CopyContent(app, outDir);
        } finally {
            if (Environment.GetEnvironmentVariable("CILANTRO_TRIM_KEEP") == "1") Console.Error.WriteLine($"cilantro trim: kept {work}");
            else Directory.Delete(work, true);
        }
        long before = new FileInfo(corlib).Length;
        string partsNote = keptParts.Count == 0 ? "no parts" : "parts " + string.Join(", ", keptParts.Select(p => $"{p.Name} {p.Before:N0} -> {p.After:N0}"));
        Console.WriteLine($"{Path.GetFileName(app)}: corlib {before:N0} -> {after:N0} bytes, {partsNote}; written to {options.OutDir}");
        return 0;
    }

    /// <summary>The app's libraries (beside it, kept whole) and the framework
    /// names any of them references (each becomes a facade). A framework name
    /// whose referenced types the corlib lacks (System.Text.Json) is backed by
    /// the real assembly, beside the app or else from the installed .NET shared
    /// framework as the hosts find it (docs/libraries.md): it becomes a library,
    /// copied into the output so that a page can fetch it.</summary>
    (List<string> Libraries, Dictionary<string, Version> CorlibRefs, Dictionary<string, string> Backed) FindAssemblies(string app, string appDir, string corlibName,
                                                                                   IReadOnlyDictionary<string, (string, string, AssemblyNameReference)> corlibTypes,
                                                                                   HashSet<string> partNames) {
        var libraries = new List<string>();
        var corlibRefs = new Dictionary<string, Version>(StringComparer.Ordinal);
        var backed = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>();
        queue.Enqueue(app);
        while (queue.Count > 0) {
            string file = queue.Dequeue();
            using var asm = AssemblyDefinition.ReadAssembly(file);
            if (!seen.Add(asm.Name.Name)) continue;
            if (file != app) libraries.Add(file);
            foreach (var r in asm.MainModule.AssemblyReferences) {
                if (r.Name == corlibName || seen.Contains(r.Name)) continue;
                string? beside = SearchDirs(appDir).SelectMany(dir => new[] { ".dll", ".exe" }.Select(ext => Path.Combine(dir, r.Name + ext)))
                    .FirstOrDefault(File.Exists);
                if (frameworkNames.Contains(r.Name) || partNames.Contains(r.Name)) {
                    // a part's name is always the part (beside the corlib), as the runtime binds it
                    bool lacks = !CorlibAlways.Contains(r.Name) && !partNames.Contains(r.Name) && asm.MainModule.GetTypeReferences().Any(t => t.DeclaringType == null && t.Scope is AssemblyNameReference s
                                                                           && s.Name == r.Name && !corlibTypes.ContainsKey(t.FullName));
                    string? real = lacks ? beside ?? SharedFramework.Find(r.Name, r.Version.Major) : null;
                    // the corlib answers for this name first (its facade), for every assembly
                    // referencing it; the types it lacks come from the real one (Facades.RenameReal)
                    corlibRefs.TryAdd(r.Name, r.Version);
                    if (real != null && backed.TryAdd(r.Name, real)) queue.Enqueue(real);
                } else if ((beside ?? SharedFramework.Find(r.Name, r.Version.Major)) is string found) {
                    queue.Enqueue(found);   // a framework assembly's own references (System.Private.Xml)
                } else {
                    throw new TrimException($"'{r.Name}' (referenced by '{asm.Name.Name}') is neither beside the app nor in {PackageInterop}");
                }
            }
            // A framework name only in a string (Type.GetType("System.Numerics.BigInteger,
            // System.Runtime.Numerics")) gets its facade too, so that ILLink, which follows
            // such constant names, can resolve it and keep the type.
            foreach (string name in NamedAssemblies(asm.MainModule))
                if (frameworkNames.Contains(name) && !partNames.Contains(name)) corlibRefs.TryAdd(name, new Version(0, 0, 0, 0));
        }
        return (libraries, corlibRefs, backed);
    }

    /// <summary>The assembly names in the module's string literals that read as
    /// assembly-qualified type names ("Type, Assembly[, Version=...]").</summary>
    static IEnumerable<string> NamedAssemblies(ModuleDefinition module) {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
            foreach (var method in type.Methods)
                if (method.HasBody)
                    foreach (var ins in method.Body.Instructions)
                        if (ins.OpCode.Code == Mono.Cecil.Cil.Code.Ldstr && ins.Operand is string s && s.IndexOf(',') is int comma and > 0) {
                            string rest = s[(comma + 1)..];
                            int end = rest.IndexOf(',');
                            names.Add((end >= 0 ? rest[..end] : rest).Trim());
                        }
        return names;
    }

    // The framework names the corlib always is, never backed by a real assembly
    // (runtime/types/assembly.c, asm_next_optional_reference).
    static readonly HashSet<string> CorlibAlways = new(StringComparer.Ordinal) {
        "mscorlib", "netstandard", "System", "System.Runtime", "System.Private.CoreLib", "System.Core" };

    // Where the hosts find a reference: beside the app, then the assemblies the
    // package ships (build/interop: Cilantro.Interop.dll), which the trimmer
    // copies into the output so that it is self-contained.
    static readonly string PackageInterop = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "interop"));
    static IEnumerable<string> SearchDirs(string appDir) => new[] { appDir, PackageInterop };

    void RunILLink(string app, List<string> libraries, string facades, string[] roots, string outDir, string corlibName, List<string> corlib) {
        string illink = Path.Combine(AppContext.BaseDirectory, "illink", "illink.dll");
        if (!File.Exists(illink)) throw new TrimException($"cannot find {illink} (build the tool with 'make trim')");
        var args = new List<string> { illink,
            "-a", app, "all",
            "-d", facades,
            "-out", outDir,
            "--action", "link",
            "--action", "copy", Path.GetFileNameWithoutExtension(app),
            // The runtime makes objects ILLink never sees constructed (RuntimeType,
            // exceptions, comparers through CreateInstanceForAnotherGenericParameter):
            // their instance bodies and overrides must stay. (Their interface
            // implementations: CORLIB_TYPE_NEW in corlib_binder.def.) Nor may a type check against
            // such a type become "never true" (unusedtypechecks: a filter's `isinst
            // TargetInvocationException`, which the runtime throws by name, became `ldnull`).
            "--disable-opt", "unreachablebodies",
            "--disable-opt", "overrideremoval",
            "--disable-opt", "unusedtypechecks",
            // Parameter names stay, as untrimmed: stack traces print them, and reflection
            // (ParameterInfo.Name) reads them; 1.1 KB brotli on hello's trimmed corlib.
            "--keep-metadata", "parametername",
            "--deterministic",
            "--skip-unresolved", "true",
        };
        foreach (string r in roots) args.AddRange(new[] { "-x", r });
        foreach (string file in corlib) args.AddRange(new[] { "-reference", file });   // the core and its parts: link
        foreach (string lib in libraries) {
            args.AddRange(new[] { "-reference", lib, "--action", "copy", AssemblyName(lib) });
        }
        foreach (string r in options.Roots) {
            if (!File.Exists(r)) throw new TrimException($"cannot open the roots file '{r}'");
            args.AddRange(new[] { "-x", Path.GetFullPath(r) });
        }
        // The app's globalization mode is fixed here, as the .NET SDK fixes it when it trims:
        // invariant when its runtimeconfig.json says so or when it has none (mcs builds).
        if (RunsInvariant(app)) args.AddRange(new[] { "--feature", "System.Globalization.Invariant", "true" });
        if (options.Dependencies != null) args.AddRange(new[] { "--dump-dependencies", "--dependencies-file-format", "Xml" });
        if (!options.Verbose) args.AddRange(new[] { "--warn", "0" });
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new TrimException("cannot start dotnet");
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (options.Verbose || p.ExitCode != 0) Console.Error.Write(stdout + stderr.Result);
        if (p.ExitCode != 0) throw new TrimException($"ILLink failed (exit code {p.ExitCode})");
        if (!File.Exists(Path.Combine(outDir, corlibName + ".dll"))) throw new TrimException("ILLink wrote no corlib");
    }

    /// <summary>Whether the app runs in invariant globalization mode (GlobalizationMode.cs
    /// decides the same way at run time).</summary>
    static bool RunsInvariant(string app) {
        string config = Path.ChangeExtension(app, ".runtimeconfig.json");
        if (!File.Exists(config)) return true;
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(config),
            new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (doc.RootElement.TryGetProperty("runtimeOptions", out var ro) && ro.TryGetProperty("configProperties", out var props)
            && props.TryGetProperty("System.Globalization.Invariant", out var v))
            return v.ValueKind == System.Text.Json.JsonValueKind.True || (v.ValueKind == System.Text.Json.JsonValueKind.String && v.GetString() == "true");
        return false;
    }

    static string AssemblyName(string file) {
        using var a = AssemblyDefinition.ReadAssembly(file);
        return a.Name.Name;
    }

    /// <summary>The app's content files (appsettings.json, ...: what an SDK build copies
    /// into its output folder with CopyToOutputDirectory): the files beside the app other
    /// than assemblies and their companions, when the folder is the app's own SDK output,
    /// that is, the app's .deps.json is the only one there. Not subfolders.</summary>
    static void CopyContent(string app, string outDir) {
        string dir = Path.GetDirectoryName(app)!;
        string deps = Path.ChangeExtension(app, ".deps.json");
        var allDeps = Directory.GetFiles(dir, "*.deps.json");
        if (!File.Exists(deps) || allDeps.Length != 1) return;
        foreach (string file in Directory.GetFiles(dir)) {
            string name = Path.GetFileName(file);
            if (new[] { ".dll", ".exe", ".pdb" }.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                || name.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".runtimeconfig.json", StringComparison.OrdinalIgnoreCase)) continue;
            File.Copy(file, Path.Combine(outDir, name), true);
        }
    }

    /// <summary>Copies an assembly and what the hosts read beside it
    /// (portable PDB, runtimeconfig/deps JSON).</summary>
    static void CopyWithCompanions(string file, string outDir) {
        string stem = Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file));
        File.Copy(file, Path.Combine(outDir, Path.GetFileName(file)), true);
        foreach (string ext in new[] { ".pdb", ".runtimeconfig.json", ".deps.json" })
            if (File.Exists(stem + ext)) File.Copy(stem + ext, Path.Combine(outDir, Path.GetFileName(stem + ext)), true);
    }
}
