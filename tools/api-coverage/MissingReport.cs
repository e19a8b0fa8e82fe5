namespace ApiCoverage;

/// <summary>What the corlib lacks in the namespaces a pattern matches, type by type.</summary>
static class MissingReport
{
    public static void Print(CoverageResult result, string pattern, TextWriter o)
    {
        var types = result.Types.Where(t => Groups.Matches(pattern, t.Reference.Namespace)).ToList();
        int missingMembers = types.Sum(t => t.Missing.Count), members = types.Sum(t => t.Reference.Members.Count);
        o.WriteLine($"== {result.ReferenceName}: missing in {pattern}: {types.Count(t => !t.TypeProvided)} of {types.Count} types, " +
                    $"{missingMembers} of {members} members ==");
        foreach (var t in types)
        {
            if (t.TypeProvided && t.Missing.Count == 0) continue;
            o.WriteLine($"{t.Reference.FullName} ({Describe(t)})");
            foreach (var m in t.Missing.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal))
            {
                o.WriteLine("    " + Format.Member(m));
                foreach (var near in NearMisses(t, m)) o.WriteLine("        corlib has: " + Format.Member(near));
            }
        }
        o.WriteLine();
    }

    /// <summary>
    /// Corlib members that look meant to be <paramref name="m"/> but are not: the same key
    /// with too little visibility, or the same name and parameter count with a kind or
    /// signature that no reference member has (a wrong type, a missing modifier, a method
    /// where the reference has a property getter).
    /// </summary>
    static IEnumerable<ApiMember> NearMisses(TypeResult t, ApiMember m) =>
        t.Corlib is null ? [] : t.Corlib.Members.Values.Where(c => c.Key == m.Key ||
            (c.Name == m.Name && c.Parameters.Count == m.Parameters.Count && !t.Reference.Members.ContainsKey(c.Key)));

    static string Describe(TypeResult t)
    {
        var kind = t.Reference.Kind.ToString().ToLowerInvariant();
        var protectedNote = t.Reference.Access == Access.Protected ? "protected " : "";
        if (t.Corlib is null) return $"{protectedNote}{kind}: missing type, {t.Missing.Count} members";
        var have = $"{t.MembersProvided} of {t.Reference.Members.Count} members present";
        if (!t.TypeProvided && t.Corlib.Kind != t.Reference.Kind)
            return $"{protectedNote}{kind}, but a {t.Corlib.Kind.ToString().ToLowerInvariant()} in the corlib; {have}";
        if (!t.TypeProvided) return $"{protectedNote}{kind}, not visible in the corlib; {have}";
        return $"{protectedNote}{kind}; {have}";
    }
}
