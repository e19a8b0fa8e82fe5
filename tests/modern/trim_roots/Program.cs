// Reflection over corlib methods that no code names: the types come out of an
// array by an index and the method names from the command line, so a trimmer
// cannot see them. `cilantro trim` keeps them because of the
// [DynamicDependency] attributes below (tests/trimmed.list runs this trimmed).
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

static class Program
{
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(Version))]
    [DynamicDependency("ToBase64String(System.Byte[])", typeof(Convert))]
    static void Main(string[] args)
    {
        Type[] types = { typeof(Version), typeof(Convert) };
        Type first = types[int.Parse(args[0])];
        MethodInfo parse = first.GetMethod(args[1], new[] { typeof(string) })!;
        object v = parse.Invoke(null, new object[] { "1.2.3.4" })!;
        Console.WriteLine($"{first.FullName}.{parse.Name} -> {v}");
        MethodInfo toBase64 = types[int.Parse(args[2])].GetMethod(args[3], new[] { typeof(byte[]) })!;
        Console.WriteLine(toBase64.Invoke(null, new object[] { new byte[] { 1, 2, 3, 250 } }));
    }
}
