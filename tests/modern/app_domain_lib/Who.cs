using System.Reflection;
using System.Runtime.CompilerServices;

namespace AppDomainLib;

public static class Who
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Executing() => Assembly.GetExecutingAssembly().GetName().Name!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Calling() => Assembly.GetCallingAssembly().GetName().Name!;

    // a small method a JIT or the translator may inline: the answers must not change
    public static string ExecutingInlinable() => Assembly.GetExecutingAssembly().GetName().Name!;
}
