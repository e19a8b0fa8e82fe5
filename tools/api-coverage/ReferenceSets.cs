namespace ApiCoverage;

/// <summary>The two APIs that the corlib is measured against.</summary>
static class ReferenceSets
{
    public const string NetStandard = "netstandard2.0";
    public const string NetCore = "net10.0";

    /// <summary>The net10.0 reference assemblies measured (Intrinsics namespaces left out).</summary>
    static readonly string[] NetCoreAssemblies = ["System.Runtime", "System.Collections", "System.Linq", "System.Console", "System.Memory"];

    public static ApiSurface Load(string name, Options options) => name switch
    {
        NetStandard => Read(name, [options.NetStandardDll ?? ToolPaths.NetStandardDll], _ => true),
        NetCore => Read(name,
            NetCoreAssemblies.Select(a => Path.Combine(options.NetCoreRefDir ?? ToolPaths.NetCoreRefDir, a + ".dll")),
            ns => ns != "System.Runtime.Intrinsics" && !ns.StartsWith("System.Runtime.Intrinsics.", StringComparison.Ordinal)),
        _ => throw new ArgumentException($"unknown reference set '{name}' (use {NetStandard} or {NetCore})"),
    };

    public static ApiSurface LoadCorlib(Options options)
    {
        var surface = new ApiSurface("corlib");
        var core = options.Corlib ?? ToolPaths.Corlib;
        SurfaceReader.Read(surface, core, _ => true);
        // the corlib's parts (System.Linq, ...: corlib/parts.txt), beside the core, count as the corlib
        foreach (var part in SurfaceReader.CorlibParts(core))
        {
            var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(core))!, part + ".dll");
            if (!File.Exists(file)) throw new FileNotFoundException($"the corlib's part {part} is not beside it ({file}; run `make corlib`)");
            SurfaceReader.Read(surface, file, _ => true);
        }
        return surface;
    }

    static ApiSurface Read(string name, IEnumerable<string> paths, Func<string, bool> includeNamespace)
    {
        var surface = new ApiSurface(name);
        foreach (var path in paths) SurfaceReader.Read(surface, path, includeNamespace);
        return surface;
    }
}
