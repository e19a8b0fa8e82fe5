namespace ApiCoverage;

/// <summary>The command line (see <see cref="Usage"/>).</summary>
sealed class Options
{
    public string? Missing;
    public bool Markdown, FocusOnly, DeclaredOnly, Help;
    public int Top;
    public List<string> References = [];
    public string? Corlib, NetStandardDll, NetCoreRefDir;

    public const string Usage = """
        usage: api-coverage [options]
          (no option)           per-namespace table of types and members the corlib provides,
                                for netstandard2.0 and net10.0, with totals and the focus group
          --missing NS          list what the corlib lacks in namespace NS ("System.IO", or
                                "System.Collections*" for it and the namespaces under it)
          --top N               the N types and namespaces with the most missing members
          --focus               with --top: only namespaces of the focus group
          --markdown            the focus-group table for README.md
          --declared-only       count a member only where the corlib type declares it itself
                                (by default an inherited instance member counts, as the
                                runtime finds it through the base classes)
          --ref NAME            measure against netstandard2.0 or net10.0 only (repeatable;
                                default: both, or netstandard2.0 for --missing and --top)
          --corlib PATH         the corlib to measure (default: build/corlib/mscorlib.dll)
          --netstandard PATH    netstandard.dll (default: the NETStandard.Library 2.0.3 package)
          --netcore-ref DIR     the net10.0 reference assemblies folder (default: the SDK's)
        """;

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--missing": o.Missing = Value(); break;
                case "--markdown": o.Markdown = true; break;
                case "--help" or "-h": o.Help = true; break;
                case "--focus": o.FocusOnly = true; break;
                case "--declared-only": o.DeclaredOnly = true; break;
                case "--top": o.Top = int.TryParse(Value(), out var n) && n > 0 ? n : throw new ArgumentException("--top needs a positive number"); break;
                case "--ref": o.References.Add(Value()); break;
                case "--corlib": o.Corlib = Value(); break;
                case "--netstandard": o.NetStandardDll = Value(); break;
                case "--netcore-ref": o.NetCoreRefDir = Value(); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }
        if (o.References.Count == 0)
            o.References.AddRange(o.Missing is not null || o.Top > 0
                ? [ReferenceSets.NetStandard] : [ReferenceSets.NetStandard, ReferenceSets.NetCore]);
        return o;
    }
}
