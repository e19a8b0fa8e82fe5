namespace ApiCoverage;

/// <summary>
/// Namespace patterns: "System.IO" is that namespace alone, "System.Collections*" is it
/// and every namespace under it, "*" is every namespace. <see cref="Focus"/> is the group the project measures
/// its corlib by (target: <see cref="TargetPercent"/> of the netstandard 2.0 members).
/// </summary>
static class Groups
{
    public static readonly string[] Focus =
    [
        "System", "System.Collections*", "System.Linq", "System.Text", "System.Threading*",
        "System.Globalization", "System.IO", "System.Buffers", "System.Numerics", "System.Runtime.CompilerServices",
    ];

    public const double TargetPercent = 85;

    public static bool Matches(string pattern, string ns)
    {
        if (!pattern.EndsWith('*')) return ns == pattern;
        var stem = pattern[..^1];
        return stem.Length == 0 || ns == stem || ns.StartsWith(stem + ".", StringComparison.Ordinal);
    }

    public static bool InFocus(string ns) => Focus.Any(p => Matches(p, ns));
}
