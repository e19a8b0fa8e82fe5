using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Metadata;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

[assembly: AssemblyDefaultAlias("meta-alias")]
[assembly: MetadataUpdateHandler(typeof(Handler))]
[assembly: DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.System32)]

// Attributes the SDK and library builds put on assemblies and members, read back by reflection.
var asm = typeof(Handler).Assembly;
var tf = asm.GetCustomAttribute<TargetFrameworkAttribute>()!;
Console.WriteLine($"TargetFramework {tf.FrameworkName} display '{tf.FrameworkDisplayName}'");
foreach (var m in asm.GetCustomAttributes<AssemblyMetadataAttribute>().OrderBy(m => m.Key))
    Console.WriteLine($"AssemblyMetadata {m.Key}='{m.Value}'");
Console.WriteLine("DefaultAlias " + asm.GetCustomAttribute<AssemblyDefaultAliasAttribute>()!.DefaultAlias);
Console.WriteLine("MetadataUpdateHandler " + asm.GetCustomAttribute<MetadataUpdateHandlerAttribute>()!.HandlerType.Name);
Console.WriteLine("DllImportSearchPaths " + asm.GetCustomAttribute<DefaultDllImportSearchPathsAttribute>()!.Paths + " " + (int)DllImportSearchPath.SafeDirectories);

var method = typeof(Handler).GetMethod(nameof(Handler.Emit))!;
var rdc = method.GetCustomAttribute<RequiresDynamicCodeAttribute>()!;
Console.WriteLine($"RequiresDynamicCode '{rdc.Message}' url {rdc.Url}");
var cov = typeof(Handler).GetCustomAttribute<ExcludeFromCodeCoverageAttribute>()!;
Console.WriteLine($"ExcludeFromCodeCoverage '{cov.Justification}'");
var syntax = method.GetParameters()[0].GetCustomAttribute<StringSyntaxAttribute>()!;
Console.WriteLine($"StringSyntax {syntax.Syntax} args {syntax.Arguments.Length}");
var fmt = typeof(Handler).GetProperty(nameof(Handler.Format))!.GetCustomAttribute<StringSyntaxAttribute>()!;
Console.WriteLine($"StringSyntax {fmt.Syntax} args {string.Join(",", fmt.Arguments)}");
Console.WriteLine(string.Join(" ", StringSyntaxAttribute.Regex, StringSyntaxAttribute.Json, StringSyntaxAttribute.DateTimeFormat, StringSyntaxAttribute.CompositeFormat));
foreach (var t in new[] { typeof(TargetFrameworkAttribute), typeof(AssemblyMetadataAttribute), typeof(RequiresDynamicCodeAttribute), typeof(StringSyntaxAttribute) })
{
    var u = t.GetCustomAttribute<AttributeUsageAttribute>()!;
    Console.WriteLine($"{t.Name}: {u.ValidOn} multiple={u.AllowMultiple} inherited={u.Inherited}");
}

[ExcludeFromCodeCoverage(Justification = "sample")]
class Handler
{
    [RequiresDynamicCode("Emits IL.", Url = "https://example.com/aot")]
    public static void Emit([StringSyntax(StringSyntaxAttribute.Json)] string json) { }

    [StringSyntax(StringSyntaxAttribute.DateTimeFormat, "extra", 2)]
    public string Format { get; set; } = "";
}
