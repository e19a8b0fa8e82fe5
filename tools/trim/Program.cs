// cilantro-trim: writes App.dll, its libraries and a corlib trimmed to what
// they can reach into an output folder that runs as is. See docs/trimming.md.
using Cilantro.Trim;

if (args.Length == 2 && args[0] == "--sizes") {
    try { return AssemblySizes.Print(args[1]); }
    catch (TrimException e) { Console.Error.WriteLine($"cilantro trim: {e.Message}"); return 1; }
}
if (args.Length > 0 && args[0] == "--split-core") {
    try { return CoreSplit.Run(args); }
    catch (TrimException e) { Console.Error.WriteLine($"cilantro-trim --split-core: {e.Message}"); return 1; }
}
var options = TrimOptions.Parse(args);
if (options == null) {
    Console.Error.WriteLine(TrimOptions.Usage);
    return 2;
}
try {
    return new Trimmer(options).Run();
} catch (TrimException e) {
    Console.Error.WriteLine($"cilantro trim: {e.Message}");
    return 1;
}
