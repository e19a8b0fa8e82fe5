using ApiCoverage;

// api-coverage: which public API of the netstandard 2.0 and net10.0 reference
// assemblies the Cilantro corlib provides with the same signature. Options: Options.Usage.
Options options;
try { options = Options.Parse(args); }
catch (ArgumentException e)
{
    Console.Error.WriteLine("api-coverage: " + e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
if (options.Help)
{
    Console.WriteLine(Options.Usage);
    return 0;
}

var corlibPath = options.Corlib ?? ToolPaths.Corlib;
if (!File.Exists(corlibPath))
{
    Console.Error.WriteLine($"api-coverage: no corlib at {corlibPath} (run `make corlib`)");
    return 1;
}
var corlib = ReferenceSets.LoadCorlib(options);
var results = new List<CoverageResult>();
foreach (var name in options.References)
{
    var reference = ReferenceSets.Load(name, options);
    foreach (var forward in reference.UnresolvedForwards.Order(StringComparer.Ordinal))
        Console.Error.WriteLine($"api-coverage: {name}: {forward} is forwarded to an assembly not measured; not counted");
    results.Add(Coverage.Measure(reference, corlib, inherit: !options.DeclaredOnly));
}

var output = Console.Out;
if (options.Markdown) MarkdownReport.Print(results, output);
else if (options.Missing is not null) foreach (var r in results) MissingReport.Print(r, options.Missing, output);
else if (options.Top > 0) foreach (var r in results) TopReport.Print(r, options.Top, options.FocusOnly ? Groups.InFocus : _ => true, output);
else foreach (var r in results) TableReport.Print(r, Path.GetRelativePath(Environment.CurrentDirectory, corlibPath), output);
return 0;
