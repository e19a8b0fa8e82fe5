using System.Reflection;

namespace ApiCoverage;

/// <summary>Paths that the build recorded in the tool's assembly metadata (see ApiCoverage.csproj).</summary>
static class ToolPaths
{
    static string Recorded(string key) =>
        typeof(ToolPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"the build did not record {key}; rebuild tools/api-coverage");

    /// <summary>The net10.0 reference assemblies folder (System.Runtime.dll and friends).</summary>
    public static string NetCoreRefDir => Recorded("NetCoreRefDir");

    /// <summary>netstandard.dll of the NETStandard.Library 2.0.3 package in the NuGet cache.</summary>
    public static string NetStandardDll => Recorded("NetStandardDll");

    public static string RepoRoot => Recorded("RepoRoot");

    public static string Corlib => Path.Combine(RepoRoot, "build", "corlib", "mscorlib.dll");
}
