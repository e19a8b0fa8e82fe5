namespace Cilantro.Trim;

/// <summary>
/// The installed .NET shared framework (&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/),
/// searched as the hosts search it (runtime/host/main_native.c,
/// js/shared-framework.mjs; docs/libraries.md): CILANTRO_SHARED_FRAMEWORK (the
/// version folder; "none" turns the search off), DOTNET_ROOT, /usr/share/dotnet,
/// /usr/lib/dotnet, /usr/local/share/dotnet, ~/.dotnet; the newest version of
/// the reference's major, else the newest.
/// </summary>
static class SharedFramework {
    public static string? Find(string name, int major) {
        string? dir = Dir(major);
        if (dir == null) return null;
        string file = Path.Combine(dir, name + ".dll");
        return File.Exists(file) ? file : null;
    }

    static string? Dir(int major) {
        string? fixedDir = Environment.GetEnvironmentVariable("CILANTRO_SHARED_FRAMEWORK");
        if (!string.IsNullOrEmpty(fixedDir)) return fixedDir == "none" ? null : fixedDir;
        string home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet");
        var roots = new[] { Environment.GetEnvironmentVariable("DOTNET_ROOT"), "/usr/share/dotnet", "/usr/lib/dotnet", "/usr/local/share/dotnet", home };
        (Version v, bool preview, string dir)? best = null, bestAny = null;
        foreach (string? root in roots) {
            if (string.IsNullOrEmpty(root)) continue;
            string baseDir = Path.Combine(root, "shared", "Microsoft.NETCore.App");
            if (!Directory.Exists(baseDir)) continue;
            foreach (string dir in Directory.GetDirectories(baseDir)) {
                string name = Path.GetFileName(dir);
                int dash = name.IndexOf('-');
                if (!Version.TryParse(dash < 0 ? name : name[..dash], out var v) || !File.Exists(Path.Combine(dir, "System.Private.CoreLib.dll"))) continue;
                var candidate = (v, dash >= 0, dir);
                if (v.Major == major && (best == null || Newer(candidate, best.Value))) best = candidate;
                if (bestAny == null || Newer(candidate, bestAny.Value)) bestAny = candidate;
            }
        }
        return (best ?? bestAny)?.dir;
    }

    // a preview (10.0.0-rc.1) sorts before its release
    static bool Newer((Version v, bool preview, string dir) a, (Version v, bool preview, string dir) b) =>
        a.v != b.v ? a.v > b.v : (!a.preview && b.preview);
}
