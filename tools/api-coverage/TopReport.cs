namespace ApiCoverage;

/// <summary>The namespaces and types with the most missing members: where adding API pays most.</summary>
static class TopReport
{
    public static void Print(CoverageResult result, int count, Func<string, bool> include, TextWriter o)
    {
        o.WriteLine($"== {result.ReferenceName}: the {count} namespaces with the most missing members ==");
        foreach (var (ns, t) in result.ByNamespace().Where(p => include(p.Key)).OrderByDescending(p => p.Value.MembersMissing).Take(count))
            o.WriteLine($"{t.MembersMissing,7}  {ns,-48} ({Format.Ratio(t.MembersProvided, t.Members)} present)");
        o.WriteLine();
        o.WriteLine($"== {result.ReferenceName}: the {count} types with the most missing members ==");
        foreach (var t in result.Types.Where(t => include(t.Reference.Namespace)).OrderByDescending(t => t.Missing.Count).ThenBy(t => t.Reference.FullName, StringComparer.Ordinal).Take(count))
            o.WriteLine($"{t.Missing.Count,7}  {t.Reference.FullName,-48} ({(t.Corlib is null ? "type missing" : Format.Ratio(t.MembersProvided, t.Reference.Members.Count) + " present")})");
        o.WriteLine();
    }
}
