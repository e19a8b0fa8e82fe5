using System.Text.RegularExpressions;

namespace ApiCoverage;

/// <summary>
/// Generic instantiations in canonical type strings: "Ns.Base`2&lt;System.Int32,!0&gt;" split
/// into its definition and arguments, and a type's "!n" placeholders replaced by arguments.
/// </summary>
static partial class GenericArgs
{
    /// <summary>The generic definition's name and the top-level type arguments (none for a plain type).</summary>
    public static (string Definition, IReadOnlyList<string> Arguments) Split(string type)
    {
        int open = type.IndexOf('<');
        if (open < 0 || !type.EndsWith('>')) return (type, []);
        var args = new List<string>();
        int depth = 0, start = open + 1;
        for (int i = start; i < type.Length - 1; i++)
        {
            char c = type[i];
            if (c is '<' or '(') depth++;
            else if (c is '>' or ')') depth--;
            else if (c == ',' && depth == 0) { args.Add(type[start..i]); start = i + 1; }
        }
        args.Add(type[start..^1]);
        return (type[..open], args);
    }

    /// <summary>
    /// <paramref name="text"/> with each type placeholder "!n" (not a method's "!!n")
    /// replaced by <paramref name="arguments"/>[n]; unchanged when there are no arguments.
    /// </summary>
    public static string Substitute(string text, IReadOnlyList<string> arguments) =>
        arguments.Count == 0 || !text.Contains('!') ? text
            : TypePlaceholder().Replace(text, m => arguments[int.Parse(m.Groups[1].Value)]);

    [GeneratedRegex(@"(?<!!)!(\d+)")]
    private static partial Regex TypePlaceholder();
}
