// Attributes that .NET's own framework assemblies carry (System.Text.Json and
// others, run from the installed shared framework; see docs/libraries.md):
// metadata only.
namespace System.Runtime.CompilerServices
{
    // The compiler's marker: only public members carry nullable annotations.
    [AttributeUsage(AttributeTargets.Module, Inherited = false)]
    public sealed class NullablePublicOnlyAttribute : Attribute
    {
        public readonly bool IncludesInternals;
        public NullablePublicOnlyAttribute(bool value) { IncludesInternals = value; }
    }
}

namespace System.CodeDom.Compiler
{
    [AttributeUsage(AttributeTargets.All, Inherited = false, AllowMultiple = false)]
    public class GeneratedCodeAttribute : Attribute
    {
        public GeneratedCodeAttribute(string? tool, string? version) { Tool = tool; Version = version; }
        public string? Tool { get; }
        public string? Version { get; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    public sealed class FeatureSwitchDefinitionAttribute : Attribute
    {
        public FeatureSwitchDefinitionAttribute(string switchName) { SwitchName = switchName; }
        public string SwitchName { get; }
    }
}

namespace System.Runtime.CompilerServices
{
    // Marks a corlib type that only stands in for a framework type (the
    // System.Xml shapes): once the framework's own assembly of the name a
    // program references it by is loaded (System.Private.Xml behind
    // System.Xml.ReaderWriter, from the installed shared framework), the
    // runtime binds those references to the real type instead
    // (runtime/types/assembly.c, asm_corlib_row_is_shape).
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Struct, Inherited = false)]
    internal sealed class FrameworkShapeAttribute : Attribute { }
}
