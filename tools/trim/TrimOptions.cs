namespace Cilantro.Trim;

/// <summary>The command line of <c>cilantro trim</c>.</summary>
sealed class TrimOptions {
    public const string Usage =
        "usage: cilantro trim App.dll -o OUTDIR [--corlib mscorlib.dll] [--roots roots.xml]... [--dependencies deps.xml] [--verbose]\n" +
        "  Keeps the app and its libraries whole and trims the corlib (the core and\n" +
        "  its parts beside it, writing only the parts still used) to what they,\n" +
        "  the runtime (corlib_binder.def) and the reflection roots declared with\n" +
        "  [DynamicDependency] / [DynamicallyAccessedMembers] or in ILLink descriptor\n" +
        "  files (--roots) can reach; OUTDIR then runs as is. --dependencies writes ILLink's\n" +
        "  graph of why each kept member is kept (its --dump-dependencies, XML).";

    public string App = "";
    public string OutDir = "";
    public string Corlib = "";
    public List<string> Roots = new();
    public bool Verbose;
    public string? Dependencies;

    public static TrimOptions? Parse(string[] args) {
        var o = new TrimOptions();
        for (int i = 0; i < args.Length; i++) {
            string a = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new TrimException($"{a} needs a value");
            switch (a) {
                case "-o": case "--output": o.OutDir = Next(); break;
                case "--corlib": o.Corlib = Next(); break;
                case "--roots": o.Roots.Add(Next()); break;
                case "--verbose": o.Verbose = true; break;
                case "--dependencies": o.Dependencies = Next(); break;
                case "-h": case "--help": return null;
                default:
                    if (a.StartsWith('-') || o.App != "") return null;
                    o.App = a;
                    break;
            }
        }
        if (o.App == "" || o.OutDir == "") return null;
        if (o.Corlib == "") {
            // build/trim/cilantro-trim.dll -> build/corlib/mscorlib.dll
            o.Corlib = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "corlib", "mscorlib.dll"));
        }
        return o;
    }
}

/// <summary>Bad input: reported as one line, exit code 1.</summary>
sealed class TrimException(string message) : Exception(message);
