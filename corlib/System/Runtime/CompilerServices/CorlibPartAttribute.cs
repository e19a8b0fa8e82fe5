// The corlib's index of its parts (corlib/parts.txt): tools/build-corlib.sh
// compiles the core a second time with one of these per part, naming the
// part's assembly and its public top-level types ("Namespace.Name`N", one per
// line). A reference to a framework name that the core does not define finds
// its part here (runtime/types/corlib_parts.c), so the runtime loads a part
// only for programs that use it.
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    internal sealed class CorlibPartAttribute : Attribute
    {
        public CorlibPartAttribute(string assembly, string types) { Assembly = assembly; Types = types; }
        public string Assembly { get; }
        public string Types { get; }
    }
}
