namespace ApiCoverage;

/// <summary>The focus group's table in Markdown, one column pair per reference, for README.md.</summary>
static class MarkdownReport
{
    public static void Print(IReadOnlyList<CoverageResult> results, TextWriter o)
    {
        o.WriteLine("| namespaces | " + string.Join(" | ", results.Select(r => $"{r.ReferenceName} types | {r.ReferenceName} members")) + " |");
        o.WriteLine("|---|" + string.Concat(results.Select(_ => "---:|---:|")));
        foreach (var pattern in Groups.Focus)
            Row(o, "`" + pattern + "`", results.Select(r => r.Sum(ns => Groups.Matches(pattern, ns))));
        Row(o, "**focus group**", results.Select(r => r.Sum(Groups.InFocus)), bold: true);
        Row(o, "all namespaces", results.Select(r => r.Sum(_ => true)));
    }

    static void Row(TextWriter o, string name, IEnumerable<Tally> tallies, bool bold = false)
    {
        string Cell(int part, int whole)
        {
            var text = $"{Format.Ratio(part, whole)} ({Format.Percent(part, whole)})";
            return bold ? "**" + text + "**" : text;
        }
        o.WriteLine($"| {name} | " + string.Join(" | ", tallies.Select(t =>
            Cell(t.TypesProvided, t.Types) + " | " + Cell(t.MembersProvided, t.Members))) + " |");
    }
}
