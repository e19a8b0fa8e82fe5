namespace ApiCoverage;

/// <summary>The per-namespace table with the totals and the focus group's sum.</summary>
static class TableReport
{
    public static void Print(CoverageResult result, string corlibPath, TextWriter o)
    {
        o.WriteLine($"== {result.ReferenceName}: what {corlibPath} provides with the same signature ==");
        Row(o, "namespace", "types", "", "members", "");
        var byNs = result.ByNamespace();
        foreach (var (ns, tally) in byNs) Row(o, ns.Length == 0 ? "(global)" : ns, tally);
        o.WriteLine();
        foreach (var pattern in Groups.Focus) Row(o, "focus: " + pattern, result.Sum(ns => Groups.Matches(pattern, ns)));
        Row(o, $"FOCUS GROUP (target {Groups.TargetPercent}%)", result.Sum(Groups.InFocus));
        Row(o, "ALL NAMESPACES", result.Sum(_ => true));
        o.WriteLine();
    }

    static void Row(TextWriter o, string name, Tally t) =>
        Row(o, name, Format.Ratio(t.TypesProvided, t.Types), Format.Percent(t.TypesProvided, t.Types),
            Format.Ratio(t.MembersProvided, t.Members), Format.Percent(t.MembersProvided, t.Members));

    static void Row(TextWriter o, string name, string types, string typesPct, string members, string membersPct) =>
        o.WriteLine($"{name,-52} {types,11} {typesPct,6}  {members,13} {membersPct,6}");
}
